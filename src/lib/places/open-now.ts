import type { CivilDate } from '../age/civil-date';
import { parseWeeklyHours, type Day, type HoursRule } from './format-opening-hours';
import { findDayKind, type HolidayCalendar } from './holiday-calendar';

/** What open-now needs to know about a place. */
export interface PlaceHours {
  /** Weekly hours (OSM syntax, our common part). */
  hours: string;
  /** On public holidays: closed, open as on that weekday, or not known. */
  holidays: 'closed' | 'open' | 'unknown';
  /** On a make-up working day: open as on a working day (Monday's hours), or as the calendar weekday says. */
  makeUpWorkdays: 'workday' | 'weekday';
}

export type OpenState =
  | { state: 'open'; until: string; note?: OpenNote }
  | { state: 'closed'; note?: OpenNote }
  /** We cannot tell: hours beyond our syntax, or a holiday when the place has not said what it does. */
  | { state: 'unknown'; note: OpenNote };

export type OpenNote =
  | { kind: 'holiday'; name: string }
  | { kind: 'make-up-workday'; name: string }
  /** The year has no holiday data yet: decided by weekly hours alone. */
  | { kind: 'no-holiday-data' }
  | { kind: 'holiday-unknown'; name: string }
  | { kind: 'hours-unreadable' };

const DAYS: Day[] = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
const SHANGHAI_OFFSET_MS = 8 * 3600_000; // China has had no daylight saving time since 1991.

/** Civil date, weekday and minute of the day in Asia/Shanghai, whatever the device's zone. */
export function toShanghaiClock(now: Date): { date: CivilDate; day: Day; minute: number } {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  return {
    date: local.toISOString().slice(0, 10),
    day: DAYS[local.getUTCDay()] as Day,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

const toMinute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Time ranges of `day` in minutes; a range past midnight (22:00-02:00) ends after 1440. */
function rangesOn(rules: HoursRule[], day: Day): [number, number][] {
  // As in OSM, a later rule for the same day replaces an earlier one.
  let ranges: [string, string][] = [];
  for (const rule of rules) if (rule.days.includes(day)) ranges = rule.ranges;
  return ranges.map(([a, b]) => {
    const from = toMinute(a);
    let to = toMinute(b);
    if (to <= from) to += 1440;
    return [from, to];
  });
}

function formatMinute(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function previousDate(date: CivilDate): CivilDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Is the place open at `now`, in Asia/Shanghai, with China's public holidays and make-up working days?
 * Ranges past midnight count on the day they start; a year without holiday data is decided by weekly
 * hours alone and says so.
 */
export function findOpenState(place: PlaceHours, now: Date, calendar: HolidayCalendar): OpenState {
  const rules = parseWeeklyHours(place.hours);
  if (!rules) return { state: 'unknown', note: { kind: 'hours-unreadable' } };
  const clock = toShanghaiClock(now);

  /** Ranges in force on `date` (weekday `day`), or a reason they are not known. */
  const dayRanges = (date: CivilDate, day: Day): { ranges: [number, number][]; note?: OpenNote; unknown?: boolean } => {
    const kind = findDayKind(calendar, date);
    switch (kind.kind) {
      case 'unknown-year':
        return { ranges: rangesOn(rules, day), note: { kind: 'no-holiday-data' } };
      case 'holiday':
        if (place.holidays === 'closed') return { ranges: [], note: { kind: 'holiday', name: kind.name } };
        if (place.holidays === 'unknown') return { ranges: [], note: { kind: 'holiday-unknown', name: kind.name }, unknown: true };
        return { ranges: rangesOn(rules, day), note: { kind: 'holiday', name: kind.name } };
      case 'make-up-workday':
        return {
          ranges: rangesOn(rules, place.makeUpWorkdays === 'workday' ? 'Mo' : day),
          note: { kind: 'make-up-workday', name: kind.name },
        };
      default:
        return { ranges: rangesOn(rules, day) };
    }
  };

  const today = dayRanges(clock.date, clock.day);
  const yesterdayDay = DAYS[(DAYS.indexOf(clock.day) + 6) % 7] as Day;
  const yesterday = dayRanges(previousDate(clock.date), yesterdayDay);
  const spill = yesterday.ranges.find(([, to]) => to > 1440 && clock.minute < to - 1440);
  if (spill) return { state: 'open', until: formatMinute(spill[1]), ...(yesterday.note ? { note: yesterday.note } : {}) };
  if (today.unknown && today.note) return { state: 'unknown', note: today.note };
  const open = today.ranges.find(([from, to]) => clock.minute >= from && clock.minute < to);
  const note = today.note ? { note: today.note } : {};
  return open ? { state: 'open', until: formatMinute(open[1]), ...note } : { state: 'closed', ...note };
}
