import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../age/civil-date';
import { describeRepeatRule, expandRepeat, matchesRepeat, parseRepeatRule, weekdayOf, type RepeatRule } from './expand-repeat';

describe('parseRepeatRule', () => {
  it('reads weekly and monthly rules as people write them', () => {
    expect(parseRepeatRule('每周二')).toEqual({ freq: 'weekly', weekday: 2 });
    expect(parseRepeatRule('每星期日')).toEqual({ freq: 'weekly', weekday: 0 });
    expect(parseRepeatRule('每月第一个周六')).toEqual({ freq: 'monthly', nth: 1, weekday: 6 });
    expect(parseRepeatRule('每月第３个星期三')).toEqual({ freq: 'monthly', nth: 3, weekday: 3 });
    expect(parseRepeatRule('每月最后一个周五')).toEqual({ freq: 'monthly', nth: -1, weekday: 5 });
  });
  it('treats an empty cell or 不重复 as no repeat, and anything else as unknown', () => {
    expect(parseRepeatRule('')).toBeNull();
    expect(parseRepeatRule('不重复')).toBeNull();
    expect(parseRepeatRule('每天')).toBeUndefined();
    expect(parseRepeatRule('每月第五个周六')).toBeUndefined();
    expect(parseRepeatRule('隔周二')).toBeUndefined();
  });
  it('describes a rule in the same words', () => {
    expect(describeRepeatRule({ freq: 'weekly', weekday: 2 })).toBe('每周二');
    expect(describeRepeatRule({ freq: 'monthly', nth: -1, weekday: 6 })).toBe('每月最后一个周六');
    expect(describeRepeatRule({ freq: 'monthly', nth: 1, weekday: 6 })).toBe('每月第一个周六');
  });
});

describe('expandRepeat', () => {
  it('expands 每周二 from a Tuesday to the end date, both included', () => {
    expect(expandRepeat({ freq: 'weekly', weekday: 2 }, '2026-12-01', '2026-12-22')).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']);
  });
  it('expands 每月第一个周六 and 每月最后一个周三', () => {
    expect(expandRepeat({ freq: 'monthly', nth: 1, weekday: 6 }, '2026-12-05', '2027-03-31')).toEqual(['2026-12-05', '2027-01-02', '2027-02-06', '2027-03-06']);
    expect(expandRepeat({ freq: 'monthly', nth: -1, weekday: 3 }, '2026-12-01', '2027-02-28')).toEqual(['2026-12-30', '2027-01-27', '2027-02-24']);
  });
  it('gives nothing when the end is before the start', () => {
    expect(expandRepeat({ freq: 'weekly', weekday: 2 }, '2026-12-01', '2026-11-30')).toEqual([]);
  });

  const rules = fc.oneof(
    fc.record({ freq: fc.constant('weekly' as const), weekday: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ freq: fc.constant('monthly' as const), nth: fc.constantFrom(1, 2, 3, 4, -1 as const), weekday: fc.integer({ min: 0, max: 6 }) }),
  ) as fc.Arbitrary<RepeatRule>;
  const days = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));

  it('every occurrence is on the rule’s weekday, within the range, in order, and none is missed', () => {
    fc.assert(
      fc.property(rules, days, fc.integer({ min: 0, max: 400 }), (rule, first, span) => {
        const until = addDays(first, span);
        const dates = expandRepeat(rule, first, until);
        for (const d of dates) {
          expect(weekdayOf(d)).toBe(rule.weekday);
          expect(d >= first && d <= until).toBe(true);
          expect(matchesRepeat(rule, d)).toBe(true);
        }
        expect([...dates].sort()).toEqual(dates);
        // None missed: every matching day in the range is listed.
        let count = 0;
        for (let d = first; d <= until; d = addDays(d, 1)) if (matchesRepeat(rule, d)) count += 1;
        expect(dates).toHaveLength(count);
      }),
      { numRuns: 150 },
    );
  });

  it('a monthly rule gives exactly one date a month', () => {
    fc.assert(
      fc.property(rules.filter((r) => r.freq === 'monthly'), days, (rule, first) => {
        const dates = expandRepeat(rule, first, addDays(first, 366));
        const months = dates.map((d) => d.slice(0, 7));
        expect(new Set(months).size).toBe(months.length);
        expect(dates.length).toBeGreaterThanOrEqual(11);
      }),
      { numRuns: 100 },
    );
  });
});
