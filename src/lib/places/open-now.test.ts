import { afterEach, describe, expect, it } from 'vitest';
import { findDayKind, toHolidayCalendar, type HolidayCalendar } from './holiday-calendar';
import { toShanghaiClock } from '../time/shanghai-clock';
import { toOpeningHoursTable, type PlaceHoursSource } from './expand-opening-hours';
import { findOpenState, type PlaceHours } from './open-now';

// Excerpt of 2026 as announced by the State Council (国办发明电〔2025〕7号), in the chinese-days format.
const calendar: HolidayCalendar = toHolidayCalendar(
  {
    holidays: {
      '2026-10-01': 'National Day,国庆节,3',
      '2026-10-02': 'National Day,国庆节,3',
      '2025-01-01': "New Year's Day,元旦,1",
    },
    workdays: { '2026-10-10': 'National Day,国庆节,3', '2026-09-20': 'National Day,国庆节,3' },
  },
  [2025, 2026, 2027],
);

/** A place as the browser sees it: hours expanded at build time. */
const place = (source: PlaceHoursSource): PlaceHours => ({ hours: toOpeningHoursTable(source) });
const clinicSource: PlaceHoursSource = { hours: 'Mo-Fr 08:00-11:30,14:30-17:30', holidays: 'closed', makeUpWorkdays: 'workday' };
const clinic = place(clinicSource);
const room = place({ hours: 'Mo-Su 08:00-20:00', holidays: 'open', makeUpWorkdays: 'weekday' });
const at = (iso: string) => new Date(iso);

describe('holiday calendar', () => {
  it('covers only years with data, and tells holidays from make-up working days', () => {
    expect(calendar.years).toEqual([2025, 2026]);
    expect(findDayKind(calendar, '2026-10-01')).toEqual({ kind: 'holiday', name: '国庆节' });
    expect(findDayKind(calendar, '2026-10-10')).toEqual({ kind: 'make-up-workday', name: '国庆节' });
    expect(findDayKind(calendar, '2026-10-12')).toEqual({ kind: 'ordinary' });
    expect(findDayKind(calendar, '2027-01-01')).toEqual({ kind: 'unknown-year' });
  });
});

describe('findOpenState', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = originalTz;
  });

  it('reads the clock in Asia/Shanghai whatever the device zone', () => {
    // 2026-11-30 09:00 in Shanghai is 2026-11-29 in New York and in UTC.
    const instant = at('2026-11-30T01:00:00Z');
    for (const tz of ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      process.env['TZ'] = tz;
      expect(toShanghaiClock(instant)).toEqual({ date: '2026-11-30', weekday: 0, minute: 9 * 60 });
      expect(findOpenState(clinic, instant, calendar)).toMatchObject({ state: 'open', until: '11:30' });
    }
  });

  it('is closed at lunch, at the closing minute and at the weekend', () => {
    expect(findOpenState(clinic, at('2026-11-30T12:00:00+08:00'), calendar).state).toBe('closed');
    expect(findOpenState(clinic, at('2026-11-30T17:30:00+08:00'), calendar).state).toBe('closed');
    expect(findOpenState(clinic, at('2026-11-30T17:29:00+08:00'), calendar).state).toBe('open');
    expect(findOpenState(clinic, at('2026-11-28T10:00:00+08:00'), calendar).state).toBe('closed');
  });

  it('a clinic closed on holidays is closed on National Day, a room open on holidays is open', () => {
    const nationalDay = at('2026-10-01T10:00:00+08:00'); // a Thursday
    expect(findOpenState(clinic, nationalDay, calendar)).toMatchObject({ state: 'closed', note: { kind: 'holiday', name: '国庆节' } });
    expect(findOpenState(room, nationalDay, calendar)).toMatchObject({ state: 'open', until: '20:00', note: { kind: 'holiday', name: '国庆节' } });
  });

  it('a place that has not said what it does on holidays is unknown on one', () => {
    const unsure = place({ ...clinicSource, holidays: 'unknown' });
    expect(findOpenState(unsure, at('2026-10-02T10:00:00+08:00'), calendar)).toMatchObject({ state: 'unknown', note: { kind: 'holiday-unknown', name: '国庆节' } });
  });

  it('on a make-up working day (Saturday 2026-10-10) a workday place opens, a weekday place follows Saturday', () => {
    const saturday = at('2026-10-10T09:00:00+08:00');
    expect(findOpenState(clinic, saturday, calendar)).toMatchObject({ state: 'open', until: '11:30', note: { kind: 'make-up-workday', name: '国庆节' } });
    const weekdayOnly = place({ ...clinicSource, makeUpWorkdays: 'weekday' });
    expect(findOpenState(weekdayOnly, saturday, calendar).state).toBe('closed');
  });

  it('a year without holiday data falls back to weekly hours and says so', () => {
    // 2027-01-01 is a Friday; whether it is a holiday is not in the data.
    expect(findOpenState(clinic, at('2027-01-01T10:00:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '11:30', note: { kind: 'no-holiday-data' } });
  });

  it('handles midnight: ranges past midnight, 24/7, and 00:00 exactly', () => {
    const night = place({ hours: 'Fr 20:00-02:00', holidays: 'open', makeUpWorkdays: 'weekday' });
    expect(findOpenState(night, at('2026-11-27T23:59:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '02:00' });
    expect(findOpenState(night, at('2026-11-28T00:00:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '02:00' });
    expect(findOpenState(night, at('2026-11-28T01:59:00+08:00'), calendar).state).toBe('open');
    expect(findOpenState(night, at('2026-11-28T02:00:00+08:00'), calendar).state).toBe('closed');
    const always = place({ hours: '24/7', holidays: 'open', makeUpWorkdays: 'weekday' });
    expect(findOpenState(always, at('2026-11-28T00:00:00+08:00'), calendar)).toEqual({ state: 'open' });
    expect(findOpenState(clinic, at('2026-11-30T00:00:00+08:00'), calendar).state).toBe('closed');
  });

  it('a comment makes the time unknown, as the library reads it, and says the comment', () => {
    const byAppointment = place({ hours: 'Mo-Fr 08:00-12:00 "预约"', holidays: 'closed', makeUpWorkdays: 'workday' });
    expect(findOpenState(byAppointment, at('2026-11-30T10:00:00+08:00'), calendar)).toMatchObject({ state: 'unknown', note: { kind: 'comment', text: '预约' } });
    expect(findOpenState(byAppointment, at('2026-11-30T13:00:00+08:00'), calendar).state).toBe('closed');
  });

  it('PH in the hours decides public holidays, special hours included', () => {
    const shortHolidays = place({ hours: 'Mo-Su 08:00-20:00; PH 09:00-12:00', holidays: 'unknown', makeUpWorkdays: 'weekday' });
    expect(findOpenState(shortHolidays, at('2026-10-01T11:00:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '12:00', note: { kind: 'holiday' } });
    expect(findOpenState(shortHolidays, at('2026-10-01T13:00:00+08:00'), calendar).state).toBe('closed');
    const closedOnHolidays = place({ hours: 'Mo-Su 08:00-20:00; PH off', holidays: 'unknown', makeUpWorkdays: 'weekday' });
    expect(findOpenState(closedOnHolidays, at('2026-10-01T11:00:00+08:00'), calendar).state).toBe('closed');
  });

  it('says when the state changes next, across midnight and the weekend', () => {
    expect(findOpenState(clinic, at('2026-11-27T18:00:00+08:00'), calendar).changesAt).toEqual(at('2026-11-30T08:00:00+08:00'));
    const night = place({ hours: 'Fr 20:00-02:00', holidays: 'open', makeUpWorkdays: 'weekday' });
    expect(findOpenState(night, at('2026-11-27T21:00:00+08:00'), calendar).changesAt).toEqual(at('2026-11-28T02:00:00+08:00'));
  });
});
