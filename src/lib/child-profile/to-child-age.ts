import { toAgeBand, type ChildAgeBand } from '../age/age-bands';
import { addDays, addMonths, daysBetween, monthsBetween, type CivilDate } from '../age/civil-date';
import { CORRECT_UNTIL_MONTHS, PRETERM_BEFORE_WEEKS } from '../growth/to-corrected-age-months';

/** An age as completed months plus days. */
export interface MonthsAndDays {
  months: number;
  days: number;
}

/** A child's age on a day. */
export interface ChildAge extends MonthsAndDays {
  /** Days since birth. */
  totalDays: number;
  /**
   * Corrected (adjusted) age for a baby born before 37 weeks, until 24 months of actual age; used for development
   * and growth. `beforeDueDate` when the corrected age is still below zero. Vaccines always follow actual age.
   */
  corrected: (MonthsAndDays & { beforeDueDate: boolean }) | undefined;
  /** The band for guidance and milestones: by corrected age where it applies. */
  band: ChildAgeBand['id'] | undefined;
}

/** Completed months and remaining days from `from` to `to` (`to` not earlier). */
export function toMonthsAndDays(from: CivilDate, to: CivilDate): MonthsAndDays {
  const months = monthsBetween(from, to);
  return { months, days: daysBetween(addMonths(from, months), to) };
}

/**
 * The age of a child born on `birthDate` on `today`, with the corrected age when born before 37 weeks.
 * A month is complete on the same day of the month, or on the last day of a shorter month (born 31 January:
 * one month old on 28/29 February).
 * @example toChildAge('2025-08-10', '2026-03-15') // { months: 7, days: 5, … band: '6-12m' }
 */
export function toChildAge(birthDate: CivilDate, today: CivilDate, gestationWeeks?: number): ChildAge {
  if (today < birthDate) throw new RangeError(`出生日期 ${birthDate} 晚于今天 ${today}`);
  const actual = toMonthsAndDays(birthDate, today);
  const isPreterm = gestationWeeks !== undefined && gestationWeeks < PRETERM_BEFORE_WEEKS;
  let corrected: ChildAge['corrected'];
  if (isPreterm && actual.months < CORRECT_UNTIL_MONTHS) {
    const termDate = addDays(birthDate, (40 - gestationWeeks) * 7);
    corrected = today < termDate ? { months: 0, days: 0, beforeDueDate: true } : { ...toMonthsAndDays(termDate, today), beforeDueDate: false };
  }
  return {
    ...actual,
    totalDays: daysBetween(birthDate, today),
    corrected,
    band: toAgeBand((corrected ?? actual).months),
  };
}

/** Weeks and days of pregnancy on `today` for a due date (40 weeks + 0 days on the due date). */
export function toPregnancyWeeks(dueDate: CivilDate, today: CivilDate): { weeks: number; days: number; daysToDue: number } {
  const daysToDue = daysBetween(today, dueDate);
  const gestationDays = 280 - daysToDue;
  return { weeks: Math.floor(gestationDays / 7), days: ((gestationDays % 7) + 7) % 7, daysToDue };
}
