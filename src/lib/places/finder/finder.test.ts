import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCESS_LABELS, FACILITY_LABELS, SERVICE_LABELS, STATUS_LABELS } from '../../i18n/place-labels';
import { toOpeningHoursTable } from '../expand-opening-hours';
import { toHolidayCalendar } from '../holiday-calendar';
import { CENTRE_SERVICES, CENTRE_STATUSES, ROOM_ACCESS, ROOM_FACILITIES } from '../place-values';
import { decodeMapData, encodeMapData, MapDataError, type MapPlace } from './map-data';
import { countLeftOut, filterPlaces, formatDistance, parsePlaceFilters, toPlaceFilterQuery, type MatchContext, type PlaceFilters } from './place-filters';
import type { Centre, Clinic, Place, Room } from '../../../schemas/place';

const verified = { date: new Date('2026-05-01'), by: '测试' };
const centre: Centre = {
  kind: 'centre', id: 'centre-a', name: '示例·小橡树托育园', district: 'xiangshan', address: '相山区书香路1号', position: [116.80001, 33.95002],
  hours: 'Mo-Fr 08:00-17:00', holidays: 'closed', makeUpWorkdays: 'workday', verified, sample: true, creditCode: 'x', profit: 'non-profit',
  status: 'operating', operator: 'public', puhui: true, classes: [{ type: 'toddler', places: 20, vacancies: 3 }, { type: 'older', places: 20, vacancies: 0 }],
  ages: { fromMonths: 12, toMonths: 36 }, services: ['full-day', 'hourly'], fee: { minYuan: 1200, maxYuan: 1800 }, healthEvaluation: 'passed',
};
const room: Room = {
  kind: 'room', status: 'operating', id: 'room-b', name: '示例·万达母婴室', district: 'xiangshan', address: '相山区人民路2号', position: [116.84, 33.96],
  hours: 'Mo-Su 09:00-21:00', holidays: 'open', makeUpWorkdays: 'weekday', verified, sample: false, venueType: 'mall', floor: '3F', directions: '电梯旁',
  facilities: ['changing-table', 'bin'], access: 'public', fathersWelcome: true, managedBy: '商场',
};
const clinic: Clinic = {
  kind: 'clinic', status: 'operating', id: 'clinic-c', name: '示例·卫生服务中心', district: 'lieshan', address: '烈山区3号', position: [116.9, 33.9],
  hours: 'Mo-Fr 08:00-11:30,14:30-17:30', holidays: 'closed', makeUpWorkdays: 'workday', verified, sample: true, services: ['vaccination', 'child-health'], serviceHours: {},
};

const encode = (district: string, places: Place[]) => encodeMapData(district, places, (p) => toOpeningHoursTable(p));
const roundTrip = (district: string, places: Place[]) => decodeMapData(JSON.parse(JSON.stringify(encode(district, places))));
const calendar = toHolidayCalendar({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: {} }, [2026]);
const ctx: MatchContext = { now: new Date('2026-11-30T10:00:00+08:00'), calendar };

describe('map data', () => {
  it('round-trips every field the map and the filters use', () => {
    const [c, r] = roundTrip('xiangshan', [centre, room]);
    expect(c).toEqual({
      id: 'centre-a', kind: 'centre', name: centre.name, district: 'xiangshan', position: [116.80001, 33.95002], hours: toOpeningHoursTable(centre),
      sample: true, status: 'operating',
      centre: { fromMonths: 12, toMonths: 36, puhui: true, feeMinYuan: 1200, feeMaxYuan: 1800, services: ['full-day', 'hourly'], vacancies: 3 },
    });
    expect(r?.room).toEqual({ facilities: ['changing-table', 'bin'], access: 'public', fathersWelcome: true });
    expect(r?.sample).toBe(false);
    expect(roundTrip('lieshan', [clinic])[0]?.clinic).toEqual({ services: ['vaccination', 'child-health'] });
    // Every kind carries its status.
    expect(roundTrip('x', [{ ...centre, status: 'revoked' }, { ...room, status: 'suspended' }, { ...clinic, status: 'closed' }]).map((p) => p.status)).toEqual(['revoked', 'suspended', 'closed']);
  });

  it('keeps positions to about a metre, for any place in China', () => {
    fc.assert(
      fc.property(fc.double({ min: 73, max: 136, noNaN: true }), fc.double({ min: 3, max: 54, noNaN: true }), (lng, lat) => {
        const [p] = roundTrip('x', [{ ...room, position: [lng, lat] }]);
        expect(Math.abs((p?.position[0] ?? 0) - lng)).toBeLessThan(0.00001);
        expect(Math.abs((p?.position[1] ?? 0) - lat)).toBeLessThan(0.00001);
      }),
    );
  });

  it('a damaged file fails with where and why', () => {
    const file = encode('xiangshan', [centre]);
    expect(() => decodeMapData({ ...file, v: 1 })).toThrow(/version 1/);
    expect(() => decodeMapData({ ...file, v: 2 })).toThrow(/version 2/);
    expect(() => decodeMapData({ ...file, hours: [[[], [], 0, 0, []]] })).toThrow(/hours\[0\]: no weeks/);
    expect(() => decodeMapData({ ...file, hours: [[[[480, 1020, 0]], [[4095, 0, 0, 0, 0, 0, 0, 9]], 0, 0, []]] })).toThrow(/hours\[0\]: bad row 9/);
    expect(() => decodeMapData(null)).toThrow(MapDataError);
    const row = [...(file.places[0] ?? [])];
    row[1] = 9;
    expect(() => decodeMapData({ ...file, places: [row] })).toThrow(/xiangshan\[0\]: unknown code 9/);
    row[1] = 'centre';
    expect(() => decodeMapData({ ...file, places: [row] })).toThrow(/field 1 should be an integer/);
  });

  it('wire enumerations list exactly the labelled values', () => {
    expect([...CENTRE_SERVICES].sort()).toEqual(Object.keys(SERVICE_LABELS).sort());
    expect([...ROOM_FACILITIES].sort()).toEqual(Object.keys(FACILITY_LABELS).sort());
    expect([...ROOM_ACCESS].sort()).toEqual(Object.keys(ACCESS_LABELS).sort());
    expect([...CENTRE_STATUSES].sort()).toEqual(Object.keys(STATUS_LABELS).sort());
  });
});

describe('place filters', () => {
  const districts = ['xiangshan', 'lieshan'];
  const places: MapPlace[] = [...roundTrip('xiangshan', [centre, room]), ...roundTrip('lieshan', [clinic])];
  const ids = (f: PlaceFilters, c = ctx) => filterPlaces(places, f, c).map((h) => h.place.id);

  it('reads a shared link and writes it back the same', () => {
    const q = '?type=centre&district=lieshan&q=%E6%A9%A1&age=14&puhui=1&fee=2000&service=full-day&vacancies=1&open=1&near=me&km=3&inactive=1&staff=1';
    const f = parsePlaceFilters(q, districts);
    expect(f).toEqual({ type: 'centre', district: 'lieshan', q: '橡', age: 14, puhui: true, fee: 2000, service: 'full-day', vacancies: true, open: true, near: 'me', km: 3, inactive: true, staff: true });
    expect(toPlaceFilterQuery(f)).toBe(q);
  });

  it('ignores what it does not know, never throws (fuzz)', () => {
    expect(parsePlaceFilters('?type=school&district=beijing&age=-1&fee=abc&km=2&near=1,2&puhui=yes', districts)).toEqual({});
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.constantFrom('type', 'district', 'q', 'age', 'fee', 'near', 'km', 'open', 'facility', 'inactive', 'staff', 'operating'), fc.string()), (raw, dict) => {
        for (const query of [raw, new URLSearchParams(dict).toString()]) {
          const f = parsePlaceFilters(query, districts);
          expect(parsePlaceFilters(toPlaceFilterQuery(f), districts)).toEqual(f);
          expect((f.q ?? '').length).toBeLessThanOrEqual(40);
        }
      }),
    );
  });

  it('any valid state survives the URL round trip', () => {
    const state = fc.record(
      {
        type: fc.constantFrom('centre', 'room', 'clinic' as const),
        district: fc.constantFrom(...districts),
        q: fc.string({ minLength: 1, maxLength: 10 }).map((s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0),
        age: fc.integer({ min: 0, max: 72 }),
        fee: fc.integer({ min: 0, max: 50_000 }),
        open: fc.constant(true as const),
        inactive: fc.constant(true as const),
        staff: fc.constant(true as const),
        near: fc.tuple(fc.integer({ min: 7300000, max: 13600000 }), fc.integer({ min: 300000, max: 5400000 })).map(([a, b]) => [a / 1e5, b / 1e5] as [number, number]),
        km: fc.constantFrom(1, 3, 5 as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (f) => {
        const input = { ...f } as PlaceFilters;
        if (!input.near) delete input.km;
        expect(parsePlaceFilters(toPlaceFilterQuery(input), districts)).toEqual(input);
      }),
    );
  });

  it('kind, district and text narrow the list; kind-specific filters leave other kinds alone', () => {
    expect(ids({})).toEqual(['centre-a', 'room-b', 'clinic-c']);
    expect(ids({ type: 'room' })).toEqual(['room-b']);
    expect(ids({ district: 'lieshan' })).toEqual(['clinic-c']);
    expect(ids({ q: '橡树' })).toEqual(['centre-a']);
    expect(ids({ q: '书香路' }, { ...ctx, textOf: (p) => (p.id === 'centre-a' ? centre.address : '') })).toEqual(['centre-a']);
    expect(ids({ type: 'centre', age: 11 })).toEqual([]);
    expect(ids({ type: 'centre', age: 12 })).toEqual(['centre-a']);
    expect(ids({ type: 'centre', age: 36 })).toEqual([]);
    expect(ids({ type: 'centre', fee: 1199 })).toEqual([]);
    expect(ids({ type: 'centre', fee: 1200, puhui: true, service: 'hourly', vacancies: true })).toEqual(['centre-a']);
    expect(ids({ type: 'centre', service: 'temporary' })).toEqual([]);
    expect(ids({ vacancies: true })).toEqual(['centre-a', 'room-b', 'clinic-c']);
    expect(ids({ facility: 'changing-table', fathers: true, access: 'public' })).toEqual(['centre-a', 'room-b', 'clinic-c']);
    expect(ids({ type: 'room', facility: 'fridge' })).toEqual([]);
  });

  it('open now follows the Shanghai clock and the holiday calendar', () => {
    expect(ids({ open: true })).toEqual(['centre-a', 'room-b', 'clinic-c']);
    expect(ids({ open: true }, { ...ctx, now: new Date('2026-11-30T13:00:00+08:00') })).toEqual(['centre-a', 'room-b']);
    expect(ids({ open: true }, { ...ctx, now: new Date('2026-10-01T10:00:00+08:00') })).toEqual(['room-b']);
  });

  it('near: nearest first, and the radius holds', () => {
    const origin: [number, number] = [116.8, 33.95];
    const hits = filterPlaces(places, { near: [116.8, 33.95] }, { ...ctx, origin });
    expect(hits.map((h) => h.place.id)).toEqual(['centre-a', 'room-b', 'clinic-c']);
    expect(hits[0]?.distanceMetres).toBeLessThan(5);
    expect(ids({ near: origin, km: 3 }, { ...ctx, origin })).toEqual(['centre-a']);
    expect(ids({ near: origin, km: 5 }, { ...ctx, origin })).toEqual(['centre-a', 'room-b']);
  });

  it('formats distances for people', () => {
    expect(formatDistance(3)).toBe('10 米');
    expect(formatDistance(354)).toBe('350 米');
    expect(formatDistance(1234)).toBe('1.2 公里');
    expect(formatDistance(12_600)).toBe('13 公里');
  });
});

describe('status first, and staff-only rooms out of "where can I go now"', () => {
  const suspended: Centre = { ...centre, id: 'centre-s', status: 'suspended' };
  const revoked: Centre = { ...centre, id: 'centre-r', status: 'revoked' };
  const closedRoom: Room = { ...room, id: 'room-closed', status: 'closed' };
  const staffRoom: Room = { ...room, id: 'room-staff', access: 'staff-only' };
  const places: MapPlace[] = roundTrip('xiangshan', [centre, suspended, revoked, room, closedRoom, staffRoom]);
  const ids = (f: PlaceFilters, c: MatchContext = ctx) => filterPlaces(places, f, c).map((h) => h.place.id);
  const origin: [number, number] = [116.8, 33.95];

  it('lists operating places by default, and all of them when asked', () => {
    expect(ids({})).toEqual(['centre-a', 'room-b', 'room-staff']);
    expect(ids({ inactive: true })).toEqual(['centre-a', 'centre-s', 'centre-r', 'room-b', 'room-closed', 'room-staff']);
    expect(parsePlaceFilters('?operating=1', [])).toEqual({});
  });

  it('never calls a non-operating place open, even when they are shown', () => {
    expect(ids({ open: true, inactive: true, staff: true })).toEqual(['centre-a', 'room-b', 'room-staff']);
  });

  it('says how many the switches would add', () => {
    expect(countLeftOut(places, {}, ctx)).toEqual({ inactive: 3, inactiveCentres: 2, staffOnly: 0 });
    expect(countLeftOut(places, { type: 'centre' }, ctx)).toEqual({ inactive: 2, inactiveCentres: 2, staffOnly: 0 });
    expect(countLeftOut(places, { inactive: true }, ctx).inactive).toBe(0);
    // Open now: nothing closed would be open, so the switch would add nothing.
    expect(countLeftOut(places, { open: true }, ctx)).toEqual({ inactive: 0, inactiveCentres: 0, staffOnly: 1 });
    expect(countLeftOut(places, { open: true, staff: true }, ctx).staffOnly).toBe(0);
  });

  it('leaves staff-only rooms out of "open now" and "near me" unless asked for', () => {
    expect(ids({ type: 'room' })).toEqual(['room-b', 'room-staff']);
    expect(ids({ type: 'room', open: true })).toEqual(['room-b']);
    expect(ids({ type: 'room', near: origin }, { ...ctx, origin })).toEqual(['room-b']);
    expect(ids({ type: 'room', near: 'me' })).toEqual(['room-b']);
    expect(ids({ type: 'room', open: true, staff: true })).toEqual(['room-b', 'room-staff']);
    expect(ids({ type: 'room', open: true, access: 'staff-only' })).toEqual(['room-staff']);
  });

  it('whatever the filters, a place that is not operating is never among "open now" results (property)', () => {
    const filters = fc.record(
      { type: fc.constantFrom('centre', 'room', 'clinic' as const), inactive: fc.constant(true as const), staff: fc.constant(true as const), puhui: fc.constant(true as const) },
      { requiredKeys: [] },
    );
    const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(filters, instant, (f, now) => {
        for (const hit of filterPlaces(places, { ...f, open: true }, { ...ctx, now })) expect(hit.place.status).toBe('operating');
      }),
    );
  });
});
