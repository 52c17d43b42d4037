import { toShanghaiDate } from '../time/shanghai-clock';

/**
 * Civil (calendar) dates as `YYYY-MM-DD` strings. A birth date has no time zone: arithmetic on it is
 * done in UTC so that the device's zone and daylight saving can never shift a day.
 */
export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`, rejecting impossible dates such as 2023-02-29; returns undefined when invalid. */
export function parseCivilDate(value: string): CivilDate | undefined {
  const m = CIVIL_DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return value;
}

function toUtc(date: CivilDate): Date {
  const m = CIVIL_DATE.exec(date);
  if (!m) throw new RangeError(`不是有效日期（YYYY-MM-DD）：${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromUtc(date: Date): CivilDate {
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Adds calendar months, clamping to the last day of a shorter month.
 * @example addMonths('2024-01-31', 1) // '2024-02-29'
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const d = toUtc(date);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, monthIndex));
  return fromUtc(new Date(Date.UTC(year, monthIndex, day)));
}

/** Adds days (negative to subtract). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/**
 * Completed months from `from` to `to`, counting a month as complete on the same day of the month
 * (or on the last day of a shorter month).
 * @example monthsBetween('2024-01-31', '2024-02-29') // 1
 */
export function monthsBetween(from: CivilDate, to: CivilDate): number {
  if (to < from) return -monthsBetween(to, from);
  const a = toUtc(from);
  const b = toUtc(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/**
 * The civil date of an instant in Asia/Shanghai, where all civil dates of the product live (computed by
 * the one Shanghai clock module, `src/lib/time/shanghai-clock.ts`).
 */
export function toCivilDate(instant: Date): CivilDate {
  return toShanghaiDate(instant);
}
