import type { CivilDate } from '../age/civil-date';

/**
 * China's public holidays and make-up working days (调休上班日) for the years we have data for, as
 * announced each year by the General Office of the State Council (国务院办公厅关于部分节假日安排的通知).
 * Built from the `chinese-days` data at build time and shipped with the page (about 1 KB a year).
 */
export interface HolidayCalendar {
  /** Years the calendar covers; other years fall back to weekly hours. */
  years: number[];
  /** Days off (法定节假日 and the days joined to them), date → holiday name. */
  daysOff: Record<CivilDate, string>;
  /** Weekend days that are working days (调休上班日), date → the holiday they make up for. */
  makeUpWorkdays: Record<CivilDate, string>;
}

export type DayKind =
  | { kind: 'holiday'; name: string }
  | { kind: 'make-up-workday'; name: string }
  | { kind: 'ordinary' }
  /** The year is not in the calendar (not yet announced, or too old). */
  | { kind: 'unknown-year' };

/** What kind of day `date` is. */
export function findDayKind(calendar: HolidayCalendar, date: CivilDate): DayKind {
  const year = Number(date.slice(0, 4));
  if (!calendar.years.includes(year)) return { kind: 'unknown-year' };
  const off = calendar.daysOff[date];
  if (off !== undefined) return { kind: 'holiday', name: off };
  const work = calendar.makeUpWorkdays[date];
  if (work !== undefined) return { kind: 'make-up-workday', name: work };
  return { kind: 'ordinary' };
}

/** `chinese-days` values look like "Spring Festival,春节,4": keep the Chinese name. */
function chineseName(value: string): string {
  return value.split(',')[1]?.trim() || value;
}

/**
 * The calendar for `years` from the `chinese-days` JSON (`{ holidays, workdays }`, date → "English,中文,days").
 * A year is covered only when the data hold at least one holiday in it (a year not yet announced has none).
 */
export function toHolidayCalendar(data: { holidays: Record<string, string>; workdays: Record<string, string> }, years: readonly number[]): HolidayCalendar {
  const calendar: HolidayCalendar = { years: [], daysOff: {}, makeUpWorkdays: {} };
  for (const year of years) {
    const prefix = `${year}-`;
    const off = Object.entries(data.holidays).filter(([d]) => d.startsWith(prefix));
    if (off.length === 0) continue;
    calendar.years.push(year);
    for (const [d, v] of off) calendar.daysOff[d] = chineseName(v);
    for (const [d, v] of Object.entries(data.workdays)) if (d.startsWith(prefix)) calendar.makeUpWorkdays[d] = chineseName(v);
  }
  return calendar;
}
