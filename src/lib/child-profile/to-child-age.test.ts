import { describe, expect, it } from 'vitest';
import { toChildAge, toMonthsAndDays, toPregnancyWeeks } from './to-child-age';

describe('toChildAge', () => {
  it('counts completed months and days', () => {
    expect(toChildAge('2025-08-10', '2026-03-15')).toMatchObject({ months: 7, days: 5, band: '6-12m', corrected: undefined });
  });

  it('born 31 January: one month old on the last day of February, then counts days', () => {
    expect(toMonthsAndDays('2023-01-31', '2023-02-28')).toEqual({ months: 1, days: 0 });
    expect(toMonthsAndDays('2024-01-31', '2024-02-29')).toEqual({ months: 1, days: 0 });
    expect(toMonthsAndDays('2023-01-31', '2023-03-01')).toEqual({ months: 1, days: 1 });
    expect(toMonthsAndDays('2023-01-31', '2023-03-31')).toEqual({ months: 2, days: 0 });
    expect(toMonthsAndDays('2023-01-31', '2023-02-27')).toEqual({ months: 0, days: 27 });
  });

  it('born 29 February: a year old on 28 February of a common year', () => {
    expect(toMonthsAndDays('2024-02-29', '2025-02-28')).toEqual({ months: 12, days: 0 });
    expect(toMonthsAndDays('2024-02-29', '2025-02-27')).toEqual({ months: 11, days: 29 });
    expect(toMonthsAndDays('2024-02-29', '2028-02-29')).toEqual({ months: 48, days: 0 });
  });

  it('gives a baby born at 32 weeks a corrected age (8 weeks less) and the band by corrected age', () => {
    const age = toChildAge('2025-01-01', '2025-07-05', 32);
    expect(age.months).toBe(6);
    // term date 2025-02-26 → 4 months 9 days on 2025-07-05
    expect(age.corrected).toEqual({ months: 4, days: 9, beforeDueDate: false });
    expect(age.band).toBe('0-6m');
  });

  it('says a preterm baby has not reached the due date yet', () => {
    expect(toChildAge('2025-01-01', '2025-02-01', 30).corrected).toEqual({ months: 0, days: 0, beforeDueDate: true });
  });

  it('stops correcting at 24 months of actual age, and never corrects from 37 weeks', () => {
    expect(toChildAge('2023-01-01', '2025-01-01', 30).corrected).toBeUndefined();
    expect(toChildAge('2023-01-01', '2024-12-31', 30).corrected).toBeDefined();
    expect(toChildAge('2025-01-01', '2025-03-01', 37).corrected).toBeUndefined();
  });

  it('refuses a birth date after today', () => {
    expect(() => toChildAge('2026-01-02', '2026-01-01')).toThrow(RangeError);
  });
});

describe('toPregnancyWeeks', () => {
  it('is 40+0 on the due date and counts back', () => {
    expect(toPregnancyWeeks('2026-06-01', '2026-06-01')).toEqual({ weeks: 40, days: 0, daysToDue: 0 });
    expect(toPregnancyWeeks('2026-06-01', '2026-01-01')).toEqual({ weeks: 18, days: 3, daysToDue: 151 });
  });
});
