// The one place events code reads the civil date in Asia/Shanghai; everything else asks this module.
import { addDays, daysBetween, toCivilDate, type CivilDate } from '../age/civil-date';
import { SHANGHAI_TIME_ZONE } from '../time/shanghai-clock';

/** The timing part of an event: what is needed to decide past / today / this week at view time. */
export interface EventTiming {
  /** ISO with offset. */
  start: string;
  end: string;
  /** Weekly repetitions in all, the first included. */
  weeklyCount?: number | undefined;
}

export interface Occurrence {
  index: number;
  start: Date;
  end: Date;
}

export type EventGroup = 'now' | 'today' | 'this-week' | 'later' | 'past';

const WEEK_MS = 7 * 86_400_000;

/** Every occurrence of an event, in order (a weekly series repeats at the same local time; Shanghai has no DST). */
export function toOccurrences(timing: EventTiming): Occurrence[] {
  const start = new Date(timing.start);
  const end = new Date(timing.end);
  return Array.from({ length: timing.weeklyCount ?? 1 }, (_, index) => ({
    index,
    start: new Date(start.getTime() + index * WEEK_MS),
    end: new Date(end.getTime() + index * WEEK_MS),
  }));
}

/** The occurrence happening now or coming next; undefined when all are over. */
export function findNextOccurrence(timing: EventTiming, now: Date): Occurrence | undefined {
  return toOccurrences(timing).find((o) => o.end > now);
}

/** The civil date (YYYY-MM-DD) of an instant in Asia/Shanghai, whatever the device's zone. */
export function toEventDay(instant: Date): CivilDate {
  return toCivilDate(instant);
}

/** Sunday of the civil week containing `date` (weeks start on Monday in China). */
function weekEnd(date: CivilDate): CivilDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, weekday === 0 ? 0 : 7 - weekday);
}

/**
 * Which group an event belongs in at `now`, judged in Asia/Shanghai whatever the device's zone:
 * happening now, later today, later this week (to Sunday), later, or past (every occurrence over).
 */
export function classifyEvent(timing: EventTiming, now: Date): { group: EventGroup; occurrence: Occurrence | undefined } {
  const occurrence = findNextOccurrence(timing, now);
  if (!occurrence) return { group: 'past', occurrence: undefined };
  if (occurrence.start <= now) return { group: 'now', occurrence };
  const today = toCivilDate(now);
  const day = toCivilDate(occurrence.start);
  if (day === today) return { group: 'today', occurrence };
  if (daysBetween(today, day) > 0 && day <= weekEnd(today)) return { group: 'this-week', occurrence };
  return { group: 'later', occurrence };
}

/**
 * Local date and time for people: 12月2日 周三 09:30–11:00.
 * @example formatEventTime(new Date('2026-12-02T01:30:00Z'), new Date('2026-12-02T03:00:00Z'))
 */
export function formatEventTime(start: Date, end: Date): string {
  // Formatting only; which zone is the one clock module's (src/lib/time/shanghai-clock.ts).
  const tz = SHANGHAI_TIME_ZONE;
  const date = new Intl.DateTimeFormat('zh-CN', { timeZone: tz, month: 'long', day: 'numeric', weekday: 'short' }).format(start);
  const time = (d: Date) => new Intl.DateTimeFormat('zh-CN', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${date} ${time(start)}–${time(end)}`;
}
