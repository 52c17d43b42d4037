import { describe, expect, it } from 'vitest';
import { isGoingAhead, toEventTiming } from './event-status';

const start = '2026-12-02T09:00:00+08:00';
const end = '2026-12-02T10:00:00+08:00';
const newTime = { start: '2026-12-09T14:30:00+08:00', end: '2026-12-09T16:00:00+08:00' };

describe('isGoingAhead', () => {
  it('is true as planned, when full, and when postponed to a known new time', () => {
    expect(isGoingAhead({ status: 'scheduled', start, end })).toBe(true);
    expect(isGoingAhead({ status: 'full', start, end })).toBe(true);
    expect(isGoingAhead({ status: 'postponed', start, end, newTime })).toBe(true);
  });
  it('is false when cancelled, and when postponed with the new time still unknown', () => {
    expect(isGoingAhead({ status: 'cancelled', start, end })).toBe(false);
    expect(isGoingAhead({ status: 'postponed', start, end })).toBe(false);
  });
});

describe('toEventTiming', () => {
  it('uses the new time of a postponed event, keeping a series length', () => {
    expect(toEventTiming({ status: 'postponed', start, end, newTime, recurrence: { count: 4 } })).toEqual({ ...newTime, weeklyCount: 4 });
  });
  it('uses the event’s own time otherwise', () => {
    expect(toEventTiming({ status: 'postponed', start, end })).toEqual({ start, end, weeklyCount: undefined });
    expect(toEventTiming({ status: 'scheduled', start, end })).toEqual({ start, end, weeklyCount: undefined });
  });
});
