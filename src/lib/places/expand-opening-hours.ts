import OpeningHours from 'opening_hours';
import {
  ALL_MONTHS,
  UNKNOWN_FLAG,
  type DayRow,
  type HolidayHours,
  type HoursRange,
  type MakeUpWorkdayHours,
  type OpeningHoursTable,
  type WeekRows,
} from './opening-hours-table';
import type { HOLIDAY_BEHAVIOURS } from './place-values';

/**
 * Build time only (the `opening_hours` library never ships to the browser): reads an OSM opening-hours
 * string with the library and expands it into the compact weekly table of `opening-hours-table.ts`.
 *
 * What we accept is exactly what the table can express: the string is expanded month by month from one
 * sample week, then the library and the table are compared minute by minute over two whole years (one
 * of them a leap year). Anything that depends on the date rather than the month and weekday
 * (`Jan 15-Feb 15`, `Mo[1]`, `week 1-10`, `easter`, a year) fails that comparison and is refused with the
 * first day where they disagree. Public holidays may be given as one last rule (`PH off`,
 * `PH 09:00-12:00`); school holidays (`SH`) and sun times are refused.
 *
 * The library works in the process's local time: we hand it local wall-clock dates and read wall-clock
 * fields back, so the answer is the same in any zone without daylight saving (the build runs in UTC or
 * in China).
 */

export type HolidayBehaviour = (typeof HOLIDAY_BEHAVIOURS)[number];

/** The weekly part of a string, before the place's holiday and make-up behaviour are added. */
export interface WeeklyHours {
  weeks: WeekRows[];
  notes: string[];
  /** From a last `PH …` rule, when the string has one. */
  publicHolidays?: 'closed' | DayRow;
}

const SAMPLE_YEAR = 2026;
const CHECK_YEARS = [2027, 2028];
const DAY_MS = 86_400_000;

const EXAMPLE = '“Mo-Fr 08:00-17:00; Sa 09:00-12:00; PH off”';

/** A calendar day as a local Date at midnight (the library reads local time). */
const localDay = (year: number, monthIndex: number, day: number) => new Date(year, monthIndex, day);
/** Days since 1970 of a local date's calendar day (independent of the local offset). */
const dayNumber = (d: Date) => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
const wallMinute = (d: Date) => d.getHours() * 60 + d.getMinutes();

function parseLibrary(text: string): OpeningHours | string {
  try {
    // Mode 0: time ranges (no points in time).
    const parsed = new OpeningHours(text, null, 0);
    const warnings = parsed.getWarnings();
    if (warnings.length > 0) return `格式有问题：${warnings.join('；')}`;
    return parsed;
  } catch (error) {
    const detail = String(error).split('\n')[0]?.slice(0, 160) ?? '';
    return `无法识别，请用如${EXAMPLE}的写法：${detail}`;
  }
}

/** Ranges over [start, end) as minutes of that span, merged where the library merged them. */
function libraryRanges(oh: OpeningHours, start: Date, end: Date, notes: string[]): { from: number; to: number; flags: number }[] {
  const startDay = dayNumber(start);
  const abs = (d: Date) => (d.getTime() >= end.getTime() ? (dayNumber(end) - startDay) * 1440 : (dayNumber(d) - startDay) * 1440 + wallMinute(d));
  return oh.getOpenIntervals(start, end).map(([from, to, unknown, comment]) => {
    let note = 0;
    if (comment) {
      let i = notes.indexOf(comment);
      if (i < 0) i = notes.push(comment) - 1;
      note = i + 1;
    }
    return { from: abs(from), to: abs(to), flags: (unknown ? UNKNOWN_FLAG : 0) | (note << 1) };
  });
}

const toRange = (r: { from: number; to: number; flags: number }): HoursRange => (r.flags ? [r.from, r.to, r.flags] : [r.from, r.to]);

/** One civil day's row from the library. */
function dayRow(oh: OpeningHours, year: number, monthIndex: number, day: number, notes: string[]): DayRow {
  return libraryRanges(oh, localDay(year, monthIndex, day), localDay(year, monthIndex, day + 1), notes).map(toRange);
}

/** The table's ranges over whole years, as minutes from the first day, merged like the library merges. */
function tableRanges(weeks: readonly WeekRows[], year: number, years: number): { from: number; to: number; flags: number }[] {
  const out: { from: number; to: number; flags: number }[] = [];
  const first = localDay(year, 0, 1);
  const days = dayNumber(localDay(year + years, 0, 1)) - dayNumber(first);
  for (let i = 0; i < days; i += 1) {
    const date = localDay(year, 0, 1 + i);
    const week = weeks.find((w) => (w.months >> date.getMonth()) & 1);
    const row = week?.days[(date.getDay() + 6) % 7] ?? [];
    for (const [from, to, flags = 0] of row) {
      const last = out[out.length - 1];
      if (last && last.to === i * 1440 + from && last.flags === flags) last.to = i * 1440 + to;
      else out.push({ from: i * 1440 + from, to: i * 1440 + to, flags });
    }
  }
  return out;
}

function describeMinute(year: number, minute: number): string {
  const d = localDay(year, 0, 1 + Math.floor(minute / 1440));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(Math.floor((minute % 1440) / 60))}:${pad(minute % 60)}`;
}

/** The first minute where the library and the table disagree over CHECK_YEARS, or undefined. */
function findDisagreement(oh: OpeningHours, weeks: readonly WeekRows[], notes: string[]): string | undefined {
  const year = CHECK_YEARS[0] as number;
  const span = CHECK_YEARS.length;
  const expected = libraryRanges(oh, localDay(year, 0, 1), localDay(year + span, 0, 1), notes);
  const actual = tableRanges(weeks, year, span);
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i += 1) {
    const a = expected[i];
    const b = actual[i];
    if (a && b && a.from === b.from && a.to === b.to && a.flags === b.flags) continue;
    return describeMinute(year, Math.min(a?.from ?? Infinity, b?.from ?? Infinity));
  }
  return undefined;
}

const weeklyCache = new Map<string, WeeklyHours | string>();

/** The weekly table of an hours string, or why we refuse it (in Chinese). Cached per string. */
export function expandWeeklyHours(hours: string): WeeklyHours | string {
  const cached = weeklyCache.get(hours);
  if (cached !== undefined) return cached;
  const result = expandUncached(hours.trim());
  weeklyCache.set(hours, result);
  return result;
}

function expandUncached(text: string): WeeklyHours | string {
  if (text === '') return '为空';
  if (/\bSH\b/.test(text)) return '写了学校假期（SH）：本站只认法定节假日，请删去 SH 规则';
  if (/\b(sunrise|sunset|dawn|dusk)\b/.test(text)) return '用了日出日落时间：请写成具体钟点';
  if (/\b(off|closed)\s*"/.test(text)) return '给休息时段写了说明，网页无法显示：请删去说明或写在开放时段后';

  let weekly = text;
  let publicHolidays: WeeklyHours['publicHolidays'];
  const notes: string[] = [];
  const phCount = text.match(/\bPH\b/g)?.length ?? 0;
  if (phCount > 0) {
    const m = /^(.*);\s*PH\s+([^;"]+)$/s.exec(text);
    if (phCount > 1 || !m?.[1] || !m[2]) return `法定节假日（PH）只能单独写成最后一条规则，如${EXAMPLE}`;
    weekly = m[1].trim();
    const rule = m[2].trim();
    if (rule === 'off' || rule === 'closed') publicHolidays = 'closed';
    else {
      // Read as a Monday's hours (2026-01-12): the holiday's own times, and nothing spilling into Tuesday.
      const ph = parseLibrary(`Mo ${rule}`);
      if (typeof ph === 'string') return `法定节假日时间“${rule}”${ph}`;
      const row = dayRow(ph, SAMPLE_YEAR, 0, 12, notes);
      if (row.length === 0 || row.some((r) => r[2])) return `法定节假日时间“${rule}”只能是钟点，如“PH 09:00-12:00”或“PH off”`;
      if (dayRow(ph, SAMPLE_YEAR, 0, 13, notes).length > 0) return `法定节假日时间“${rule}”不能跨过午夜`;
      publicHolidays = row;
    }
  }

  const oh = parseLibrary(weekly);
  if (typeof oh === 'string') return oh;

  // One sample week per month (days 8–14 hold each weekday once, away from the month's edges).
  const byMonth: DayRow[][] = [];
  for (let month = 0; month < 12; month += 1) {
    const week: DayRow[] = [];
    for (let day = 8; day <= 14; day += 1) {
      const weekday = (localDay(SAMPLE_YEAR, month, day).getDay() + 6) % 7;
      week[weekday] = dayRow(oh, SAMPLE_YEAR, month, day, notes);
    }
    byMonth.push(week);
  }
  const weeks: WeekRows[] = [];
  byMonth.forEach((days, month) => {
    const same = weeks.find((w) => JSON.stringify(w.days) === JSON.stringify(days));
    if (same) same.months |= 1 << month;
    else weeks.push({ months: 1 << month, days });
  });
  const disagreement = findDisagreement(oh, weeks, notes);
  if (disagreement) {
    return `用了按具体日期、第几周或年份变化的写法（如 Jan 15-Feb 15、Mo[1]、week、easter），网页只能按“月份 + 星期 + 钟点”判断，${disagreement} 起会读错：请改写`;
  }
  if (weeks.every((w) => w.days.every((row) => row.length === 0))) return '里没有任何开放时间';
  if (weeks.reduce((m, w) => m | w.months, 0) !== ALL_MONTHS) return '无法按月份展开';
  return { weeks, notes, ...(publicHolidays ? { publicHolidays } : {}) };
}

const MONTH_NAME = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
const TIME_RANGE = /(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})/g;

/**
 * Month selectors together with a range past midnight (22:45-00:15): the library applies the month to
 * the evening the range starts, our weekly table to the morning it lands on, and the two disagree on
 * the night a month ends. No childcare place needs it, so the schema refuses it.
 */
function usesMonthsPastMidnight(hours: string): boolean {
  if (!MONTH_NAME.test(hours)) return false;
  return [...hours.matchAll(TIME_RANGE)].some(([, h1, m1, h2, m2]) => {
    const from = Number(h1) * 60 + Number(m1);
    const to = Number(h2) * 60 + Number(m2);
    return to !== 0 && to < from;
  });
}

/**
 * Why an opening-hours string is refused, in Chinese (with the string), or undefined when it is accepted.
 * @example findOpeningHoursError('Mo-Fr 08:00-17:00; Su off') // undefined
 */
export function findOpeningHoursError(hours: string): string | undefined {
  if (usesMonthsPastMidnight(hours)) return `营业时间“${hours}”在按月份写的时间里跨过了午夜：月底那一晚会读错；请把过了午夜的部分写成第二天的时间`;
  const weekly = expandWeeklyHours(hours);
  return typeof weekly === 'string' ? `营业时间“${hours}”${weekly}` : undefined;
}

/**
 * Why the holiday column contradicts a `PH` rule in the hours, or undefined. `unknown` (not filled in)
 * never contradicts: the `PH` rule then says what happens.
 */
export function findHolidayConflict(hours: string, holidays: HolidayBehaviour): string | undefined {
  const weekly = expandWeeklyHours(hours);
  if (typeof weekly === 'string' || !weekly.publicHolidays || holidays === 'unknown') return undefined;
  if (holidays === 'closed' && weekly.publicHolidays === 'closed') return undefined;
  const said = holidays === 'closed' ? '休息' : '照常开放';
  return `营业时间写了法定节假日（PH）的安排，但“节假日”一栏填的是“${said}”，两者矛盾：请只保留一处`;
}

/** What a place's hours need: the string and its holiday and make-up behaviour. */
export interface PlaceHoursSource {
  hours: string;
  holidays: HolidayBehaviour;
  makeUpWorkdays: MakeUpWorkdayHours;
}

/**
 * The compact table for a place's hours (or other hours of it, e.g. a clinic's vaccination hours). The
 * place has passed the schema, so a refusal here is a bug and throws.
 */
export function toOpeningHoursTable(place: PlaceHoursSource, hours = place.hours): OpeningHoursTable {
  const weekly = expandWeeklyHours(hours);
  if (typeof weekly === 'string') throw new Error(`营业时间“${hours}”${weekly}`);
  const holidays: HolidayHours = weekly.publicHolidays ?? place.holidays;
  return { weeks: weekly.weeks, holidays, makeUpWorkdays: place.makeUpWorkdays, notes: weekly.notes };
}
