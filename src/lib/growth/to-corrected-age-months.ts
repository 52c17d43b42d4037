import { addMonths, daysBetween, parseCivilDate, type CivilDate } from '../age/civil-date';

/** Days in a month of age: 365.25 / 12, the month WHO's tables are built on. */
export const DAYS_PER_MONTH = 30.4375;
/** Babies born before this many completed weeks of gestation are preterm and get a corrected age. */
export const PRETERM_BEFORE_WEEKS = 37;
/** The age correction stops at this many months of actual (calendar) age. */
export const CORRECT_UNTIL_MONTHS = 24;
const TERM_WEEKS = 40;

/**
 * The age, in fractional months (days ÷ 30.4375), at which to read a growth table for a measurement.
 *
 * For a baby born before 37 weeks, (40 − weeks) weeks are subtracted until the second birthday (24 months of actual,
 * calendar age); from then on, and for babies born at 37 weeks or later, it is the actual age. The age therefore
 * jumps by the correction on the second birthday. Before the due date the corrected age is negative and the tables
 * (which start at term birth) give no placement; preterm charts are needed there.
 *
 * Throws a RangeError for an invalid date, a measurement before birth, or a gestation outside 20–45 weeks.
 * @example toCorrectedAgeMonths('2024-01-10', '2024-04-10', 32) // (91 − 56) / 30.4375 ≈ 1.15
 */
export function toCorrectedAgeMonths(birthDate: CivilDate, measurementDate: CivilDate, gestationalWeeksAtBirth: number): number {
  for (const date of [birthDate, measurementDate]) {
    if (!parseCivilDate(date)) throw new RangeError(`不是有效日期（YYYY-MM-DD）：${date}`);
  }
  if (measurementDate < birthDate) throw new RangeError(`测量日期 ${measurementDate} 早于出生日期 ${birthDate} (measured before birth)`);
  if (!(gestationalWeeksAtBirth >= 20 && gestationalWeeksAtBirth <= 45)) {
    throw new RangeError(`出生时孕周应在 20–45 周之间：${gestationalWeeksAtBirth} (gestational age out of range)`);
  }
  const days = daysBetween(birthDate, measurementDate);
  const corrects = gestationalWeeksAtBirth < PRETERM_BEFORE_WEEKS && measurementDate < addMonths(birthDate, CORRECT_UNTIL_MONTHS);
  const correctionDays = corrects ? (TERM_WEEKS - gestationalWeeksAtBirth) * 7 : 0;
  return (days - correctionDays) / DAYS_PER_MONTH;
}
