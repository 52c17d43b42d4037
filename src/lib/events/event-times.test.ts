import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEvent, findNextOccurrence, formatEventTime, toEventDay, toOccurrences } from './event-times';

// 2026-12-02 is a Wednesday.
const morning = { start: '2026-12-02T09:00:00+08:00', end: '2026-12-02T10:30:00+08:00' };
const at = (iso: string) => new Date(iso);

describe('classifyEvent (Asia/Shanghai, whatever the device zone)', () => {
  it('is "today" earlier that day, "now" during, "past" after', () => {
    expect(classifyEvent(morning, at('2026-12-02T07:00:00+08:00')).group).toBe('today');
    expect(classifyEvent(morning, at('2026-12-02T09:30:00+08:00')).group).toBe('now');
    expect(classifyEvent(morning, at('2026-12-02T10:31:00+08:00')).group).toBe('past');
  });
  it('uses the Shanghai day even when UTC is still on the previous day', () => {
    // 2026-12-01 23:30 UTC is already 2 December, 07:30, in Shanghai.
    expect(classifyEvent(morning, at('2026-12-01T23:30:00Z')).group).toBe('today');
  });
  it('is "this week" to Sunday and "later" from Monday', () => {
    expect(classifyEvent(morning, at('2026-11-30T12:00:00+08:00')).group).toBe('this-week'); // Monday
    expect(classifyEvent({ start: '2026-12-06T09:00:00+08:00', end: '2026-12-06T10:00:00+08:00' }, at('2026-12-02T12:00:00+08:00')).group).toBe('this-week');
    expect(classifyEvent({ start: '2026-12-07T09:00:00+08:00', end: '2026-12-07T10:00:00+08:00' }, at('2026-12-02T12:00:00+08:00')).group).toBe('later');
    // On a Sunday, next Monday is already "later".
    expect(classifyEvent({ start: '2026-12-07T09:00:00+08:00', end: '2026-12-07T10:00:00+08:00' }, at('2026-12-06T12:00:00+08:00')).group).toBe('later');
  });
  it('crosses midnight: an evening event ending after midnight is "now" at 00:10', () => {
    const late = { start: '2026-12-02T23:00:00+08:00', end: '2026-12-03T00:30:00+08:00' };
    expect(classifyEvent(late, at('2026-12-03T00:10:00+08:00')).group).toBe('now');
  });
});

describe('weekly series', () => {
  const series = { ...morning, weeklyCount: 4 };
  it('lists every occurrence a week apart', () => {
    expect(toOccurrences(series).map((o) => o.start.toISOString())).toEqual([
      '2026-12-02T01:00:00.000Z',
      '2026-12-09T01:00:00.000Z',
      '2026-12-16T01:00:00.000Z',
      '2026-12-23T01:00:00.000Z',
    ]);
  });
  it('moves on to the next occurrence and is past only after the last', () => {
    expect(findNextOccurrence(series, at('2026-12-10T12:00:00+08:00'))?.index).toBe(2);
    expect(classifyEvent(series, at('2026-12-23T11:00:00+08:00')).group).toBe('past');
  });
});

describe('formatEventTime', () => {
  it('writes Shanghai local date, weekday and times', () => {
    expect(formatEventTime(at(morning.start), at(morning.end))).toBe('12月2日周三 09:00–10:30');
  });
});

describe('classifyEvent, for any event and instant', () => {
  const BASE = Date.parse('2026-12-01T00:00:00+08:00');
  const minutes = (m: number) => new Date(BASE + m * 60_000);
  it('agrees with the occurrences and the Shanghai calendar day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20 * 1440, max: 20 * 1440 }),
        fc.integer({ min: 1, max: 600 }),
        fc.option(fc.integer({ min: 2, max: 8 }), { nil: undefined }),
        fc.integer({ min: -20 * 1440, max: 40 * 1440 }),
        (startMinute, length, weeklyCount, nowMinute) => {
          const timing = { start: minutes(startMinute).toISOString(), end: minutes(startMinute + length).toISOString(), weeklyCount };
          const now = minutes(nowMinute);
          const { group, occurrence } = classifyEvent(timing, now);
          const all = toOccurrences(timing);
          if (group === 'past') {
            expect(all.every((o) => o.end <= now)).toBe(true);
            return;
          }
          // The first occurrence not yet over.
          expect(occurrence).toEqual(all.find((o) => o.end > now));
          const o = occurrence!;
          if (group === 'now') {
            expect(o.start <= now && now < o.end).toBe(true);
            return;
          }
          expect(o.start > now).toBe(true);
          const days = Math.round((Date.parse(toEventDay(o.start)) - Date.parse(toEventDay(now))) / 86_400_000);
          const weekday = (new Date(`${toEventDay(now)}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
          if (group === 'today') expect(days).toBe(0);
          if (group === 'this-week') expect(days > 0 && days <= 6 - weekday).toBe(true);
          if (group === 'later') expect(days > 6 - weekday).toBe(true);
        },
      ),
    );
  });
});
