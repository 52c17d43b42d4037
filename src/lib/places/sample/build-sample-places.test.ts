import { describe, expect, it } from 'vitest';
import { anchors, samplePlaces } from '../../../../tests/unit/sample-places';
import { CentreRecordSchema, ClinicRecordSchema, RoomRecordSchema } from '../../../schemas/place';
import { siteConfig } from '../../../site.config';
import { isInside } from '../../geo/convert-coordinates';
import { isSamplePhone } from '../phone';
import { buildSamplePlaces } from './build-sample-places';

describe('buildSamplePlaces', () => {
  const places = samplePlaces(42, 60);
  const all = [...places.centres, ...places.rooms, ...places.clinics];

  it('is reproducible for a seed and differs between seeds', () => {
    expect(samplePlaces(42, 60)).toEqual(places);
    expect(samplePlaces(43, 60)).not.toEqual(places);
  });

  it('produces records the schemas accept', () => {
    for (const c of places.centres) expect(CentreRecordSchema.safeParse(c).success, c.id).toBe(true);
    for (const r of places.rooms) expect(RoomRecordSchema.safeParse(r).success, r.id).toBe(true);
    for (const c of places.clinics) expect(ClinicRecordSchema.safeParse(c).success, c.id).toBe(true);
  });

  it('marks every record as a sample that cannot ring anyone', () => {
    for (const p of all) {
      expect(p.sample).toBe(true);
      expect(p.name.startsWith('示例·')).toBe(true);
      if (p.phone !== undefined) expect(isSamplePhone(p.phone, siteConfig.phoneAreaCode)).toBe(true);
    }
  });

  it('keeps ids and names unique and positions inside the city', () => {
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(new Set(all.map((p) => p.name)).size).toBe(all.length);
    for (const p of all) expect(isInside(p.position as [number, number], siteConfig.map.bounds), p.id).toBe(true);
  });

  it('scales to 100,000 places', () => {
    const big = buildSamplePlaces({ centres: 40_000, rooms: 50_000, clinics: 10_000, seed: 1, asOf: '2026-11-01', anchors, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode });
    expect(big.centres.length + big.rooms.length + big.clinics.length).toBe(100_000);
  });
});

describe('sample data reads as real data would', () => {
  const places = samplePlaces(2026, 400);
  const all = [...places.centres, ...places.rooms, ...places.clinics];

  it('names no branch of a room and repeats no word (母婴室6号园区, 悦成长成长中心)', () => {
    for (const p of all) {
      expect(p.name, p.id).not.toMatch(/园区$|母婴室\d|号园区/);
      expect(p.name, p.id).not.toMatch(/([\u4e00-\u9fff]{2})\1/);
    }
  });

  it("a room's directions are on the floor its floor field names", () => {
    const words: Record<string, string> = { B1: '地下一层', '1F': '一楼', '2F': '二楼', '3F': '三楼' };
    for (const r of places.rooms) {
      const floorsNamed = Object.entries(words).filter(([, w]) => r.directions.includes(w)).map(([f]) => f);
      if (r.floor === '1F') expect(floorsNamed.every((f) => f === '1F'), `${r.id}: ${r.floor} ${r.directions}`).toBe(true);
      else expect(floorsNamed, `${r.id}: ${r.floor} ${r.directions}`).toEqual([r.floor]);
      if (r.venueType === 'scenic') expect(r.floor).toBe('1F');
    }
  });

  it('has some rooms and centres that are not operating, for the finder to leave out', () => {
    expect(places.centres.some((c) => c.status !== 'operating')).toBe(true);
    expect(places.rooms.some((r) => r.status !== 'operating')).toBe(true);
  });
});

describe('sample rooms', () => {
  it('only workplaces and hospitals keep rooms for their staff', () => {
    for (const r of samplePlaces(7, 300).rooms) if (r.access === 'staff-only') expect(['workplace', 'hospital'], r.id).toContain(r.venueType);
  });
});
