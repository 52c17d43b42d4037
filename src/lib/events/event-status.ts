import type { EventStatus } from '../../schemas/event';
import type { EventTiming } from './event-times';

/** The parts of an event that say whether, and when, it takes place. */
export interface EventStanding {
  status: EventStatus;
  start: string;
  end: string;
  newTime?: { start: string; end: string } | undefined;
  recurrence?: { count: number } | undefined;
}

/**
 * True when a family can go: as planned, full (it still takes place), or postponed to a known new
 * time. A cancelled event, and a postponed one whose new time is not yet known, is "off": listed
 * muted after the others, left out of the month grid, the home page and reminders, and offered no
 * calendar entry.
 *
 * @example isGoingAhead({ status: 'postponed', start, end }) // false: 新时间待定
 */
export function isGoingAhead(event: EventStanding): boolean {
  if (event.status === 'cancelled') return false;
  if (event.status === 'postponed') return event.newTime !== undefined;
  return true;
}

/**
 * When the event takes place (or was to take place): a postponed event's new time when it has one,
 * otherwise its own. A weekly series restarts at the new time with the same number of sessions.
 */
export function toEventTiming(event: EventStanding): EventTiming {
  const { start, end } = event.newTime ?? event;
  return { start, end, weeklyCount: event.recurrence?.count };
}
