import type { CalendarEvent } from '../ical/build-icalendar';
import { EVENT_TYPE_LABELS } from '../i18n/place-labels';
import { t } from '../i18n/translate';
import type { CommunityEvent } from '../../schemas/event';
import { isGoingAhead, toEventTiming } from './event-status';
import { formatEventTime } from './event-times';

/**
 * The revision a status implies (RFC 5545 §3.8.7.4: the organiser raises SEQUENCE with each
 * significant change to DTSTART, DTEND, RRULE or STATUS): cancelling or postponing is one change,
 * publishing the new time another. An editor's `sequence` counts further changes and never lowers it.
 */
export function toCalendarSequence(event: Pick<CommunityEvent, 'status' | 'newTime' | 'sequence'>): number {
  const implied = event.status === 'postponed' ? (event.newTime ? 2 : 1) : event.status === 'cancelled' ? 1 : 0;
  return Math.max(implied, event.sequence ?? 0);
}

/**
 * One community event as a calendar entry: stable UID, a weekly series as an RRULE, a reminder an
 * hour before, and a link back to the event page. Samples say so in their title.
 *
 * Cancelled and postponed events stay in the feeds under the same UID with a higher SEQUENCE, so a
 * calendar that saved or subscribed to them takes the change instead of keeping a false entry:
 * - cancelled: STATUS:CANCELLED, no reminder;
 * - postponed to a known new time: published at the new time (CONFIRMED, with its reminder), the
 *   original time named in the description;
 * - postponed, new time unknown: STATUS:CANCELLED at the original time, no reminder. Not TENTATIVE:
 *   a tentative entry still sits in the diary at the old time (Google Calendar shows it like any
 *   other; Outlook and Apple Calendar only shade it), which is the misleading entry this avoids,
 *   while CANCELLED is honoured by all three (removed or struck out). When the new time is
 *   published the same UID returns CONFIRMED at it, with SEQUENCE raised again.
 */
export function toCalendarEvent(
  event: CommunityEvent,
  venue: { name: string; address: string; position: [number, number] },
  siteUrl: string,
): CalendarEvent {
  const url = new URL(`/events/${event.id}/`, siteUrl).href;
  const goingAhead = isGoingAhead(event);
  const timing = toEventTiming(event);
  const prefix =
    event.status === 'cancelled'
      ? t('event.calendarPrefix.cancelled')
      : event.status === 'postponed'
        ? t(goingAhead ? 'event.calendarPrefix.moved' : 'event.calendarPrefix.postponed')
        : '';
  const moved = event.newTime
    ? t('event.calendarMoved', {
        from: formatEventTime(new Date(event.start), new Date(event.end)),
        to: formatEventTime(new Date(event.newTime.start), new Date(event.newTime.end)),
      })
    : undefined;
  return {
    uid: `${event.id}@${new URL(siteUrl).host}`,
    summary: `${prefix}${event.title}${event.sample ? t('event.calendarSample') : ''}`,
    description: [moved, event.statusReason, event.description, url].filter(Boolean).join('\n\n'),
    location: `${venue.name}，${venue.address}`,
    geo: { lat: venue.position[1], lng: venue.position[0] },
    url,
    start: timing.start,
    end: timing.end,
    status: goingAhead ? 'CONFIRMED' : 'CANCELLED',
    sequence: toCalendarSequence(event),
    ...(event.recurrence ? { rrule: { freq: 'WEEKLY' as const, count: event.recurrence.count } } : {}),
    organizer: { name: event.organiser.name },
    categories: [EVENT_TYPE_LABELS[event.type]],
    alarms: goingAhead ? [{ minutesBefore: 60, description: t('event.calendarReminder', { title: event.title }) }] : [],
  };
}
