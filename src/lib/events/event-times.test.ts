import { describe, expect, it } from 'vitest';
import { classifyEvent, findNextOccurrence, formatEventTime, toOccurrences } from './event-times';

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
