import { describe, expect, it } from 'vitest';
import { loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { describeDoseInterval, describeDueBy, formatDuration } from './describe-dose-interval';

const schedule = loadImmunizationSchedule();
const zero = { years: 0, months: 0, days: 0 };

describe('formatDuration', () => {
  it('writes years, months and days as the schedule does', () => {
    expect(formatDuration({ ...zero, days: 7 })).toBe('7天');
    expect(formatDuration({ ...zero, months: 12 })).toBe('12个月');
    expect(formatDuration({ ...zero, years: 3 })).toBe('3年');
    expect(formatDuration({ ...zero, years: 1, months: 6 })).toBe('1年6个月');
  });
});

describe('describeDoseInterval', () => {
  it('an earlier dose of the same series, at least', () => {
    expect(describeDoseInterval({ dose: 1, atLeast: { ...zero, months: 6 } }, schedule)).toBe('与第1剂间隔不少于6个月');
  });
  it('a range in one unit', () => {
    expect(describeDoseInterval({ dose: 1, atLeast: { ...zero, days: 7 }, atMost: { ...zero, days: 10 } }, schedule)).toBe('与第1剂间隔7–10天');
  });
  it('a range in mixed units is written out', () => {
    expect(describeDoseInterval({ dose: 1, atLeast: { ...zero, months: 1 }, atMost: { ...zero, years: 1 } }, schedule)).toBe('与第1剂间隔1个月到1年');
  });
  it('names the other series', () => {
    expect(describeDoseInterval({ series: 'mpsv-a', dose: 2, atLeast: { ...zero, months: 12 } }, schedule)).toBe('与A群流脑多糖疫苗第2剂间隔不少于12个月');
  });
});

describe('describeDueBy', () => {
  it('prefers the words the data give, else the age', () => {
    expect(describeDueBy({ dueBy: { ...zero, days: 1 }, dueByText: '出生后24小时内' })).toBe('出生后24小时内');
    expect(describeDueBy({ dueBy: { ...zero, months: 12 } })).toBe('12月龄前');
    expect(describeDueBy({ dueBy: { ...zero, years: 3 } })).toBe('3岁前');
    expect(describeDueBy({ dueByText: '按原程序' })).toBe('按原程序');
    expect(describeDueBy({})).toBeUndefined();
  });
});
