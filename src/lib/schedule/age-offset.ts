import type { AgeOffset } from '../../schemas/schedule';
import { addDays, addMonths, type CivilDate } from '../age/civil-date';

/** The date a child born on `birthDate` reaches `age`. */
export function toDateAtAge(birthDate: CivilDate, age: AgeOffset): CivilDate {
  return addDays(addMonths(birthDate, age.years * 12 + age.months), age.days);
}

/** An age as (possibly fractional) months, for placing it in a band. */
export function toMonths(age: AgeOffset): number {
  return age.years * 12 + age.months + age.days / 30.4375;
}

/** Two ages are the same age. */
export function isSameAge(a: AgeOffset, b: AgeOffset): boolean {
  return a.years * 12 + a.months === b.years * 12 + b.months && a.days === b.days;
}

/**
 * The age in the words Chinese schedules use: 出生时, 满月, 8月龄, 18月龄, 2岁, 8月龄+7天.
 * Years are used from 2 years on when the age is a whole number of years.
 */
export function formatAge(age: AgeOffset): string {
  const months = age.years * 12 + age.months;
  if (months === 0 && age.days === 0) return '出生时';
  if (months === 0) return `出生后${age.days}天`;
  const base = months >= 24 && months % 12 === 0 ? `${months / 12}岁` : `${months}月龄`;
  return age.days > 0 ? `${base}后${age.days}天` : base;
}
