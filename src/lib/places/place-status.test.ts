import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandWeeklyHours, toOpeningHoursTable, type PlaceHoursSource } from './expand-opening-hours';
import { toHolidayCalendar } from './holiday-calendar';
import { findPlaceNowState, isOperating } from './place-status';
import { CENTRE_STATUSES, HOLIDAY_BEHAVIOURS, MAKE_UP_BEHAVIOURS } from './place-values';

const calendar = toHolidayCalendar({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: { '2026-10-10': 'National Day,国庆节,3' } }, [2026]);
/** Hours as the browser gets them: expanded at build time into a table. */
const table = (source: PlaceHoursSource) => toOpeningHoursTable(source);
const allDay = { hours: table({ hours: '24/7', holidays: 'open', makeUpWorkdays: 'weekday' }) };
const wednesdayNoon = new Date('2026-12-02T12:00:00+08:00');

describe('status first', () => {
  it('an operating place is judged by its hours', () => {
    expect(isOperating({ status: 'operating' })).toBe(true);
    expect(findPlaceNowState({ ...allDay, status: 'operating' }, wednesdayNoon, calendar)).toMatchObject({ state: 'open' });
    expect(findPlaceNowState({ hours: table({ hours: 'Mo-Fr 08:00-11:00', holidays: 'closed', makeUpWorkdays: 'workday' }), status: 'operating' }, wednesdayNoon, calendar)).toMatchObject({ state: 'closed' });
  });

  it('a suspended, closed or revoked place is never open, and says why', () => {
    for (const status of ['suspended', 'closed', 'revoked'] as const) {
      expect(isOperating({ status })).toBe(false);
      expect(findPlaceNowState({ ...allDay, status }, wednesdayNoon, calendar)).toEqual({ state: 'not-operating', status });
    }
  });

  it('before any hours are read: open, closed, unknown or commented hours all give the status (property)', () => {
    // Hours the evaluator answers "open", "closed" or "unknown" for; an unconfirmed or commented string included.
    const strings = ['24/7', 'Mo-Su 00:00-24:00', 'Mo-Fr 08:00-17:00', 'Mo-Fr 08:00-17:00 "预约"', 'Mo-Su unknown'].filter((h) => typeof expandWeeklyHours(h) !== 'string');
    expect(strings.length).toBeGreaterThanOrEqual(4);
    const instant = fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2028-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.constantFrom(...strings), fc.constantFrom(...HOLIDAY_BEHAVIOURS), fc.constantFrom(...MAKE_UP_BEHAVIOURS), fc.constantFrom(...CENTRE_STATUSES), instant, (h, holidays, makeUpWorkdays, status, now) => {
        const state = findPlaceNowState({ hours: table({ hours: h, holidays, makeUpWorkdays }), status }, now, calendar);
        if (status === 'operating') expect(state.state).not.toBe('not-operating');
        else expect(state).toEqual({ state: 'not-operating', status });
      }),
    );
  });

  it('a damaged table is never read for a place that is not operating', () => {
    // An empty table makes the hours evaluation fail or answer nonsense; status must come first.
    const damaged = { hours: { weeks: [], holidays: 'open', makeUpWorkdays: 'weekday', notes: [] } } as unknown as typeof allDay;
    expect(findPlaceNowState({ ...damaged, status: 'suspended' }, wednesdayNoon, calendar)).toEqual({ state: 'not-operating', status: 'suspended' });
  });
});
