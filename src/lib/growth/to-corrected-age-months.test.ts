import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, toCorrectedAgeMonths } from './to-corrected-age-months';

describe('toCorrectedAgeMonths', () => {
  // Born 2024-01-10 at 32 weeks: 8 weeks (56 days) early.
  const birth = '2024-01-10';

  it('subtracts the weeks born early for a baby born at 32 weeks, at 3 months', () => {
    // 2024-01-10 → 2024-04-10 is 91 days (2024 is a leap year): 2.99 months actual, 1.15 corrected.
    expect(toCorrectedAgeMonths(birth, '2024-04-10', 40)).toBeCloseTo(91 / DAYS_PER_MONTH, 12);
    expect(toCorrectedAgeMonths(birth, '2024-04-10', 32)).toBeCloseTo((91 - 56) / 30.4375, 12);
    expect(toCorrectedAgeMonths(birth, '2024-04-10', 32)).toBeCloseTo(1.1499, 4);
  });

  it('stops correcting at 24 months of actual age: the same baby at 25 months', () => {
    // 2024-01-10 → 2026-02-10 is 366 + 365 + 31 = 762 days.
    expect(toCorrectedAgeMonths(birth, '2026-02-10', 32)).toBeCloseTo(762 / 30.4375, 12);
    expect(toCorrectedAgeMonths(birth, '2026-02-10', 32)).toBeCloseTo(25.0349, 4);
  });

  it('corrects up to the day before the second birthday, not on it', () => {
    expect(toCorrectedAgeMonths(birth, '2026-01-09', 32)).toBeCloseTo((730 - 56) / 30.4375, 12);
    expect(toCorrectedAgeMonths(birth, '2026-01-10', 32)).toBeCloseTo(731 / 30.4375, 12);
  });

  it('corrects only babies born before 37 weeks, by fractional weeks too', () => {
    expect(toCorrectedAgeMonths(birth, '2024-04-10', 37)).toBeCloseTo(91 / 30.4375, 12);
    expect(toCorrectedAgeMonths(birth, '2024-04-10', 36.5)).toBeCloseTo((91 - 24.5) / 30.4375, 12);
    expect(toCorrectedAgeMonths(birth, '2024-04-10', 42)).toBeCloseTo(91 / 30.4375, 12);
  });

  it('is negative before the due date', () => {
    // Born at 28 weeks, two weeks old: 10 weeks before the due date.
    expect(toCorrectedAgeMonths(birth, '2024-01-24', 28)).toBeCloseTo(-70 / 30.4375, 12);
    expect(toCorrectedAgeMonths(birth, birth, 40)).toBe(0);
  });

  it('rejects invalid dates, a measurement before birth and an impossible gestation', () => {
    expect(() => toCorrectedAgeMonths('2023-02-29', '2024-01-01', 39)).toThrow(RangeError);
    expect(() => toCorrectedAgeMonths(birth, '2024/04/10', 39)).toThrow(RangeError);
    expect(() => toCorrectedAgeMonths(birth, '2024-01-09', 39)).toThrow(/早于出生日期/);
    expect(() => toCorrectedAgeMonths(birth, '2024-04-10', 19)).toThrow(RangeError);
    expect(() => toCorrectedAgeMonths(birth, '2024-04-10', 46)).toThrow(RangeError);
    expect(() => toCorrectedAgeMonths(birth, '2024-04-10', Number.NaN)).toThrow(RangeError);
  });
});
