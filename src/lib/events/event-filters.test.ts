import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesEventFilters, parseEventFilters, toEventFilterQuery, type EventFilters } from './event-filters';

const allowed = { districts: ['xiangshan', 'lieshan'], types: ['parent-class', 'parent-child'], audiences: ['parents', 'grandparents'] };
const event = {
  start: '2026-12-02T09:00:00+08:00',
  end: '2026-12-02T10:00:00+08:00',
  weeklyCount: 2,
  district: 'lieshan',
  bands: ['1-2y', '2-3y'],
  type: 'parent-class',
  audiences: ['grandparents'],
};

describe('event filters in the URL', () => {
  it('keeps known values and drops the rest', () => {
    expect(parseEventFilters('?district=lieshan&band=1-2y&type=nope&date=2026-02-30&x=1', allowed)).toEqual({ district: 'lieshan', band: '1-2y' });
  });
  it('round-trips any valid filter set', () => {
    const filters = fc.record(
      {
        district: fc.constantFrom(...allowed.districts),
        band: fc.constantFrom('pregnancy', '0-6m', '1-2y', '3-6y'),
        type: fc.constantFrom(...allowed.types),
        audience: fc.constantFrom(...allowed.audiences),
        date: fc.constantFrom('2026-12-02', '2027-01-31'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (f: EventFilters) => {
        expect(parseEventFilters(toEventFilterQuery(f), allowed)).toEqual({ ...f });
      }),
    );
  });
  it('never throws on any query string people or bots can send', () => {
    fc.assert(fc.property(fc.string(), (q) => void parseEventFilters(q, allowed)));
  });
});

describe('matchesEventFilters', () => {
  it('matches by district, band, type, audience and any occurrence date', () => {
    expect(matchesEventFilters(event, {})).toBe(true);
    expect(matchesEventFilters(event, { district: 'lieshan', band: '1-2y' })).toBe(true);
    expect(matchesEventFilters(event, { district: 'xiangshan' })).toBe(false);
    expect(matchesEventFilters(event, { band: '3-6y' })).toBe(false);
    expect(matchesEventFilters(event, { audience: 'parents' })).toBe(false);
    expect(matchesEventFilters(event, { date: '2026-12-09' })).toBe(true);
    expect(matchesEventFilters(event, { date: '2026-12-16' })).toBe(false);
  });
});
