import { addDays, type CivilDate } from '../age/civil-date';
import { fromShanghaiClock, toShanghaiClock, weekdayOf } from '../time/shanghai-clock';
import { findDayKind, type HolidayCalendar } from './holiday-calendar';
import { isUnknownRange, noteOf, weekRowFor, type DayRow, type HoursRange, type OpeningHoursTable } from './opening-hours-table';

/** What open-now needs to know about a place: its compact hours (built at build time). */
export interface PlaceHours {
  hours: OpeningHoursTable;
}

export type OpenState =
  /** `until`: when it closes (HH:MM in Shanghai), absent when it stays open for the next week (24/7). */
  | { state: 'open'; until?: string; changesAt?: Date; note?: OpenNote }
  | { state: 'closed'; changesAt?: Date; note?: OpenNote }
  /** We cannot tell: a holiday the place has not said anything about, or hours marked unknown or "by comment". */
  | { state: 'unknown'; changesAt?: Date; note: OpenNote };

export type OpenNote =
  | { kind: 'holiday'; name: string }
  | { kind: 'make-up-workday'; name: string }
  /** The year has no holiday data yet: decided by weekly hours alone. */
  | { kind: 'no-holiday-data' }
  | { kind: 'holiday-unknown'; name: string }
  /** The hours carry a comment for this time ("预约"); without `open` the library reads it as unknown. */
  | { kind: 'comment'; text: string }
  /** The hours say `unknown` for this time. */
  | { kind: 'unconfirmed' };

/** How far ahead the next change is looked for. */
const LOOKAHEAD_DAYS = 8;
const WHOLE_DAY_UNKNOWN: DayRow = [[0, 1440, 1]];

interface ResolvedDay {
  row: DayRow;
  note?: OpenNote;
}

/**
 * The ranges in force on a civil day in Shanghai: the weekly row of its month, unless the calendar makes
 * it a public holiday or a make-up working day. A year the calendar does not hold falls back to the
 * weekly row and says so.
 */
export function resolveDay(hours: OpeningHoursTable, date: CivilDate, calendar: HolidayCalendar): ResolvedDay {
  const month = Number(date.slice(5, 7));
  const weekly = () => weekRowFor(hours, month, weekdayOf(date));
  const kind = findDayKind(calendar, date);
  switch (kind.kind) {
    case 'unknown-year':
      return { row: weekly(), note: { kind: 'no-holiday-data' } };
    case 'holiday': {
      const note: OpenNote = { kind: 'holiday', name: kind.name };
      if (hours.holidays === 'closed') return { row: [], note };
      if (hours.holidays === 'unknown') return { row: WHOLE_DAY_UNKNOWN, note: { kind: 'holiday-unknown', name: kind.name } };
      if (hours.holidays === 'open') return { row: weekly(), note };
      return { row: hours.holidays, note };
    }
    case 'make-up-workday':
      return { row: hours.makeUpWorkdays === 'workday' ? weekRowFor(hours, month, 0) : weekly(), note: { kind: 'make-up-workday', name: kind.name } };
    default:
      return { row: weekly() };
  }
}

const rangeAt = (row: DayRow, minute: number): HoursRange | undefined => row.find(([from, to]) => minute >= from && minute < to);
/** A key that changes exactly when the answer changes: closed, open or unknown (as the library's getNextChange). */
const stateKey = (range: HoursRange | undefined) => (range ? (isUnknownRange(range) ? 1 : 2) : 0);

/** The first instant after (date, minute) at which the state key differs, within the look-ahead. */
function findNextChange(hours: OpeningHoursTable, calendar: HolidayCalendar, date: CivilDate, minute: number, row: DayRow): Date | undefined {
  const key = stateKey(rangeAt(row, minute));
  let day = date;
  let current = row;
  let from = minute;
  for (let i = 0; i <= LOOKAHEAD_DAYS; i += 1) {
    const edges = current.flatMap(([a, b]) => [a, b]).filter((m) => m > from && m < 1440).sort((a, b) => a - b);
    for (const edge of edges) if (stateKey(rangeAt(current, edge)) !== key) return fromShanghaiClock(day, edge);
    day = addDays(day, 1);
    current = resolveDay(hours, day, calendar).row;
    if (stateKey(rangeAt(current, 0)) !== key) return fromShanghaiClock(day, 0);
    from = 0;
  }
  return undefined;
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Is the place open at `now`, in Asia/Shanghai, with China's public holidays and make-up working days?
 * Evaluates the compact table the build made with the `opening_hours` library (see
 * `expand-opening-hours.ts`); the property test checks the two agree.
 */
export function findOpenState(place: PlaceHours, now: Date, calendar: HolidayCalendar): OpenState {
  const clock = toShanghaiClock(now);
  const day = resolveDay(place.hours, clock.date, calendar);
  const range = rangeAt(day.row, clock.minute);
  const changesAt = findNextChange(place.hours, calendar, clock.date, clock.minute, day.row);
  const at = changesAt ? { changesAt } : {};
  const comment = range && noteOf(place.hours, range);
  const rangeNote: OpenNote | undefined = comment ? { kind: 'comment', text: comment } : undefined;
  if (!range) return { state: 'closed', ...at, ...(day.note ? { note: day.note } : {}) };
  if (isUnknownRange(range)) return { state: 'unknown', ...at, note: day.note ?? rangeNote ?? { kind: 'unconfirmed' } };
  const note = day.note ?? rangeNote;
  return { state: 'open', ...(changesAt ? { until: hhmm(toShanghaiClock(changesAt).minute), changesAt } : {}), ...(note ? { note } : {}) };
}
