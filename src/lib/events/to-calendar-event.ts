import type { CalendarEvent } from '../ical/build-icalendar';
import { EVENT_TYPE_LABELS } from '../i18n/place-labels';
import type { CommunityEvent } from '../../schemas/event';

const STATUS = { scheduled: 'CONFIRMED', full: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/**
 * One community event as a calendar entry: stable UID, a weekly series as an RRULE, the status
 * (cancelled events stay in feeds as STATUS:CANCELLED so phones remove them), a reminder an hour
 * before, and a link back to the event page. Samples say so in their title.
 */
export function toCalendarEvent(
  event: CommunityEvent,
  venue: { name: string; address: string; position: [number, number] },
  siteUrl: string,
): CalendarEvent {
  const url = new URL(`/events/${event.id}/`, siteUrl).href;
  const prefix = event.status === 'cancelled' ? '【已取消】' : event.status === 'postponed' ? '【已延期】' : '';
  return {
    uid: `${event.id}@${new URL(siteUrl).host}`,
    summary: `${prefix}${event.title}${event.sample ? '（示例）' : ''}`,
    description: [event.statusReason, event.description, url].filter(Boolean).join('\n\n'),
    location: `${venue.name}，${venue.address}`,
    geo: { lat: venue.position[1], lng: venue.position[0] },
    url,
    start: event.start,
    end: event.end,
    status: STATUS[event.status],
    ...(event.recurrence ? { rrule: { freq: 'WEEKLY' as const, count: event.recurrence.count } } : {}),
    organizer: { name: event.organiser.name },
    categories: [EVENT_TYPE_LABELS[event.type]],
    alarms: event.status === 'cancelled' ? [] : [{ minutesBefore: 60, description: `一小时后：${event.title}` }],
  };
}
