import { HOLIDAY_BEHAVIOURS, MAKE_UP_BEHAVIOURS } from './place-values';

/**
 * The compact form of a place's opening hours: what the `opening_hours` library makes of the OSM string,
 * expanded at build time (`expand-opening-hours.ts`) into weekly rows of civil-day minutes, so that the
 * browser can answer "open now?" and the pages can show the hours in Chinese without the library.
 *
 * A row is what holds on one civil day in Asia/Shanghai, from 00:00 to 24:00: a range that runs past
 * midnight in the string (`Fr 20:00-02:00`) appears as `[1200, 1440]` on Friday and `[0, 120]` on
 * Saturday, exactly as the library reads it (a later rule for Saturday would cut that morning off).
 */

/**
 * `[from, to]` or `[from, to, flags]`: minutes after midnight, `0 ≤ from < to ≤ 1440`, sorted and
 * not touching. `flags` bit 0: the state is "unknown" rather than open (a comment without `open`, or
 * the `unknown` keyword); `flags >> 1`: 1 + the index of the range's comment in `notes` (0: none).
 */
export type HoursRange = readonly [from: number, to: number, flags?: number];

/** One day's ranges (an empty list: closed all day). */
export type DayRow = readonly HoursRange[];

export interface WeekRows {
  /** Months this week applies in: bit 0 = January … bit 11 = December. */
  months: number;
  /** Monday … Sunday. */
  days: readonly DayRow[];
}

export type HolidayHours = (typeof HOLIDAY_BEHAVIOURS)[number] | DayRow;
export type MakeUpWorkdayHours = (typeof MAKE_UP_BEHAVIOURS)[number];

export interface OpeningHoursTable {
  /** The weeks by months; every month is in exactly one entry. */
  weeks: readonly WeekRows[];
  /**
   * On public holidays: closed (`PH off`, or the place says so), as on that weekday, not known (the
   * place has not said), or special hours (`PH 09:00-12:00`).
   */
  holidays: HolidayHours;
  /** On a 调休 make-up working day: Monday's row of that month (`workday`), or the calendar weekday's. */
  makeUpWorkdays: MakeUpWorkdayHours;
  /** Comments of the hours string ("预约"), referred to by ranges. */
  notes: readonly string[];
}

export const ALL_MONTHS = 0xfff;
export const UNKNOWN_FLAG = 1;

/** Is the range "unknown" (not a sure "open")? */
export const isUnknownRange = (range: HoursRange) => ((range[2] ?? 0) & UNKNOWN_FLAG) === UNKNOWN_FLAG;

/** The comment of a range, if it has one. */
export function noteOf(table: Pick<OpeningHoursTable, 'notes'>, range: HoursRange): string | undefined {
  const index = (range[2] ?? 0) >> 1;
  return index > 0 ? table.notes[index - 1] : undefined;
}

/** The weekly row for `weekday` (0 = Monday) in `month` (1–12). */
export function weekRowFor(table: OpeningHoursTable, month: number, weekday: number): DayRow {
  const week = table.weeks.find((w) => (w.months >> (month - 1)) & 1) ?? table.weeks[0];
  return week?.days[weekday] ?? [];
}

const isMinute = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1440;

function isDayRow(row: unknown, notes: number): row is DayRow {
  if (!Array.isArray(row)) return false;
  let last = -1;
  for (const range of row as unknown[]) {
    if (!Array.isArray(range) || range.length < 2 || range.length > 3) return false;
    const [from, to, flags] = range as unknown[];
    if (!isMinute(from) || !isMinute(to) || from >= to || from < last) return false;
    if (flags !== undefined && (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0 || flags >> 1 > notes)) return false;
    last = to;
  }
  return true;
}

/** Why `value` is not an opening-hours table (a data file from another build, or damaged), or undefined. */
export function findOpeningHoursTableError(value: unknown): string | undefined {
  const t = value as Partial<OpeningHoursTable> | null;
  if (!t || typeof t !== 'object') return 'not an object';
  if (!Array.isArray(t.notes) || !t.notes.every((n) => typeof n === 'string')) return 'bad notes';
  if (!Array.isArray(t.weeks) || t.weeks.length === 0) return 'no weeks';
  const notes = t.notes.length;
  let months = 0;
  for (const week of t.weeks as unknown[]) {
    const w = week as Partial<WeekRows> | null;
    if (!w || typeof w.months !== 'number' || (w.months & ~ALL_MONTHS) !== 0 || (months & w.months) !== 0) return 'bad months';
    months |= w.months;
    const days: unknown = w.days;
    if (!Array.isArray(days) || days.length !== 7 || !days.every((row) => isDayRow(row, notes))) return 'bad week rows';
  }
  if (months !== ALL_MONTHS) return 'months missing';
  const h = t.holidays;
  if (!(typeof h === 'string' ? (HOLIDAY_BEHAVIOURS as readonly string[]).includes(h) : isDayRow(h, notes))) return 'bad holidays';
  if (!(MAKE_UP_BEHAVIOURS as readonly unknown[]).includes(t.makeUpWorkdays)) return 'bad make-up working days';
  return undefined;
}

/**
 * The table as it travels in the finder's data files: `[rows, weeks, holidays, makeUp, notes]`, where
 * `rows` are the distinct day rows as flat `from, to, flags` triples, `weeks` are `[months, 7 row indexes]`,
 * `holidays` is 0 closed / 1 open / 2 unknown or 3 + a row index, `makeUp` 0 workday / 1 weekday.
 * About a third of the JSON of the table itself.
 */
export type WireHours = [rows: number[][], weeks: number[][], holidays: number, makeUp: number, notes: string[]];

export function toWireHours(table: OpeningHoursTable): WireHours {
  const rows: number[][] = [];
  const keys: string[] = [];
  const rowIndex = (row: DayRow) => {
    const flat = row.flatMap(([from, to, flags = 0]) => [from, to, flags]);
    const key = flat.join(',');
    let i = keys.indexOf(key);
    if (i < 0) {
      keys.push(key);
      i = rows.push(flat) - 1;
    }
    return i;
  };
  const weeks = table.weeks.map((w) => [w.months, ...w.days.map(rowIndex)]);
  const holidays = typeof table.holidays === 'string' ? HOLIDAY_BEHAVIOURS.indexOf(table.holidays) : 3 + rowIndex(table.holidays);
  return [rows, weeks, holidays, MAKE_UP_BEHAVIOURS.indexOf(table.makeUpWorkdays), [...table.notes]];
}

/** The table from its wire form, checked (throws a RangeError saying what is wrong). */
export function fromWireHours(wire: unknown): OpeningHoursTable {
  const fail = (why: string): never => {
    throw new RangeError(why);
  };
  if (!Array.isArray(wire) || wire.length !== 5) return fail('not a wire table');
  const [rows, weeks, holidays, makeUp, notes] = wire as unknown[];
  if (!Array.isArray(rows) || !Array.isArray(weeks) || typeof holidays !== 'number' || typeof makeUp !== 'number') return fail('bad wire table');
  const row = (i: unknown): DayRow => {
    const flat: unknown = typeof i === 'number' ? rows[i] : undefined;
    if (!Array.isArray(flat) || flat.length % 3 !== 0) return fail(`bad row ${String(i)}`);
    const out: HoursRange[] = [];
    for (let k = 0; k < flat.length; k += 3) {
      const [from, to, flags] = flat.slice(k, k + 3) as [number, number, number];
      out.push(flags ? [from, to, flags] : [from, to]);
    }
    return out;
  };
  const table = {
    weeks: weeks.map((w: unknown) => {
      if (!Array.isArray(w) || w.length !== 8) return fail('bad week');
      return { months: w[0] as number, days: w.slice(1).map(row) };
    }),
    holidays: holidays >= 3 ? row(holidays - 3) : (HOLIDAY_BEHAVIOURS[holidays] ?? fail('bad holidays')),
    makeUpWorkdays: MAKE_UP_BEHAVIOURS[makeUp] ?? fail('bad make-up working days'),
    notes,
  };
  const error = findOpeningHoursTableError(table);
  if (error) fail(error);
  return table as OpeningHoursTable;
}
