import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesEventFilters, type EventFilters } from './event-filters';
import { toEventDay, toOccurrences } from './event-times';
import { planEventBoard, type BoardEvent } from './plan-event-board';

// 2026-12-02 is a Wednesday; this week runs to Sunday 6 December.
const WEDNESDAY_MORNING = new Date('2026-12-02T08:00:00+08:00');

const event = (day: string, time: string, more: Partial<BoardEvent> = {}): BoardEvent => ({
  start: `${day}T${time}:00+08:00`,
  end: `${day}T${time.replace(/^(\d\d)/, (h) => String(Number(h) + 1).padStart(2, '0'))}:00+08:00`,
  district: 'lieshan',
  bands: ['1-2y'],
  type: 'parent-child',
  audiences: ['parents'],
  off: false,
  ...more,
});

describe('planEventBoard', () => {
  it('puts the events that are off after the ones that go ahead, within each group', () => {
    const events = [
      event('2026-12-03', '09:00', { off: true }), // this week, cancelled, earliest
      event('2026-12-05', '15:00'),
      event('2026-12-04', '09:00'),
      event('2026-12-10', '09:00', { off: true }), // later
      event('2026-12-12', '09:00'),
    ];
    const plan = planEventBoard(events, { now: WEDNESDAY_MORNING, filters: {} });
    expect(plan.placed.map((p) => [p.index, p.group])).toEqual([
      [2, 'this-week'],
      [1, 'this-week'],
      [0, 'this-week'],
      [4, 'later'],
      [3, 'later'],
    ]);
    expect(plan.counts).toEqual({ goingAhead: 3, off: 2 });
    expect(plan.week.state).toBe('some');
  });

  it('names the next matching event when a filter leaves this week empty', () => {
    const events = [event('2026-12-04', '09:00'), event('2026-12-15', '09:00', { district: 'duji' }), event('2026-12-09', '09:00', { district: 'duji', off: true }), event('2026-12-20', '09:00', { district: 'duji' })];
    const plan = planEventBoard(events, { now: WEDNESDAY_MORNING, filters: { district: 'duji' } });
    expect(plan.week.state).toBe('empty');
    expect(plan.week.next?.index).toBe(1);
  });

  it('says when everything this week that matches is off', () => {
    const events = [event('2026-12-04', '09:00', { off: true }), event('2026-12-15', '09:00')];
    const plan = planEventBoard(events, { now: WEDNESDAY_MORNING, filters: {} });
    expect(plan.week).toMatchObject({ state: 'off', next: { index: 1 } });
  });

  it('counts a day’s sessions for the month grid: filters but the date, and only events that go ahead', () => {
    const events = [
      { ...event('2026-12-04', '09:00'), weeklyCount: 2 },
      event('2026-12-04', '15:00', { district: 'duji' }),
      event('2026-12-04', '19:00', { off: true }),
    ];
    expect(planEventBoard(events, { now: WEDNESDAY_MORNING, filters: {} }).dayCounts).toEqual({ '2026-12-04': 2, '2026-12-11': 1 });
    expect(planEventBoard(events, { now: WEDNESDAY_MORNING, filters: { district: 'lieshan', date: '2026-12-11' } }).dayCounts).toEqual({ '2026-12-04': 1, '2026-12-11': 1 });
  });

  it('shows at most `limit` upcoming events that go ahead on the home page, never past or off ones', () => {
    const events = [event('2026-11-30', '09:00'), event('2026-12-03', '09:00', { off: true }), event('2026-12-04', '09:00'), event('2026-12-05', '09:00'), event('2026-12-06', '09:00')];
    const plan = planEventBoard(events, { now: WEDNESDAY_MORNING, filters: {}, limit: 2 });
    expect(plan.placed.filter((p) => p.visible).map((p) => p.index)).toEqual([2, 3]);
  });
});

// ---- properties ------------------------------------------------------------------------------------

const DISTRICTS = ['lieshan', 'duji'];
const BASE = Date.parse('2026-12-01T00:00:00+08:00');
const arbitraryEvent = fc
  .record({
    startMinute: fc.integer({ min: -30 * 1440, max: 40 * 1440 }),
    minutes: fc.integer({ min: 15, max: 240 }),
    weeklyCount: fc.option(fc.integer({ min: 2, max: 6 }), { nil: undefined }),
    district: fc.constantFrom(...DISTRICTS),
    band: fc.constantFrom('1-2y', '2-3y'),
    off: fc.boolean(),
  })
  .map(({ startMinute, minutes, weeklyCount, district, band, off }): BoardEvent => ({
    start: new Date(BASE + startMinute * 60_000).toISOString(),
    end: new Date(BASE + (startMinute + minutes) * 60_000).toISOString(),
    weeklyCount,
    district,
    bands: [band],
    type: 'parent-child',
    audiences: ['parents'],
    off,
  }));
const arbitraryFilters: fc.Arbitrary<EventFilters> = fc.record({ district: fc.constantFrom(...DISTRICTS), band: fc.constantFrom('1-2y', '2-3y') }, { requiredKeys: [] });
const arbitraryNow = fc.integer({ min: -10 * 1440, max: 30 * 1440 }).map((m) => new Date(BASE + m * 60_000));
const UPCOMING = ['now', 'today', 'this-week', 'later'];

describe('planEventBoard, for any events, filters and time', () => {
  it('places every event once, shows only matching ones, and never puts an off event before one that goes ahead in a group', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 25 }), arbitraryFilters, arbitraryNow, (events, filters, now) => {
        const { placed } = planEventBoard(events, { now, filters });
        expect(placed.map((p) => p.index).sort((a, b) => a - b)).toEqual(events.map((_, i) => i));
        for (const p of placed) expect(p.visible).toBe(matchesEventFilters(events[p.index] as BoardEvent, filters));
        const section = (g: string) => (g === 'now' ? 'today' : g);
        placed.forEach((p, i) => {
          const before = placed[i - 1];
          if (!before || section(before.group) !== section(p.group) || p.group === 'past') return;
          // Off after going ahead; within each part, by start.
          expect(Number(before.off)).toBeLessThanOrEqual(Number(p.off));
          if (before.off === p.off) expect(before.occurrence!.start.getTime()).toBeLessThanOrEqual(p.occurrence!.start.getTime());
        });
      }),
    );
  });

  it('says this week has events exactly when one that goes ahead is visible, and names the earliest next one', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 25 }), arbitraryFilters, arbitraryNow, (events, filters, now) => {
        const { placed, week } = planEventBoard(events, { now, filters });
        const visible = placed.filter((p) => p.visible);
        expect(week.state === 'some').toBe(visible.some((p) => !p.off && ['now', 'today', 'this-week'].includes(p.group)));
        const later = visible.filter((p) => p.group === 'later' && !p.off);
        if (later.length === 0) expect(week.next).toBeUndefined();
        else expect(week.next?.occurrence?.start.getTime()).toBe(Math.min(...later.map((p) => p.occurrence!.start.getTime())));
      }),
    );
  });

  it('counts in the month grid exactly the sessions of matching events that go ahead', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 25 }), arbitraryFilters, arbitraryNow, (events, filters, now) => {
        const { dayCounts } = planEventBoard(events, { now, filters });
        const sessions = events.filter((e) => !e.off && matchesEventFilters(e, filters)).flatMap((e) => toOccurrences(e));
        expect(Object.values(dayCounts).reduce((a, b) => a + b, 0)).toBe(sessions.length);
        for (const s of sessions) expect(dayCounts[toEventDay(s.start)]).toBeGreaterThan(0);
      }),
    );
  });

  it('with a limit shows at most that many, all upcoming and going ahead, the earliest first', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 25 }), arbitraryNow, fc.integer({ min: 1, max: 5 }), (events, now, limit) => {
        const { placed } = planEventBoard(events, { now, filters: {}, limit });
        const shown = placed.filter((p) => p.visible);
        const candidates = placed.filter((p) => !p.off && UPCOMING.includes(p.group));
        expect(shown).toEqual(candidates.slice(0, limit));
      }),
    );
  });
});
