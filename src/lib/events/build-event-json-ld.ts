import type { CommunityEvent } from '../../schemas/event';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  full: 'https://schema.org/EventScheduled',
} as const;

/**
 * schema.org Event for an event page (a weekly series gives its first occurrence and an
 * eventSchedule). A postponed event with a new time is EventRescheduled at the new time with
 * `previousStartDate`; without one it is EventPostponed at the original time, as search engines ask.
 */
export function buildEventJsonLd(
  event: CommunityEvent,
  venue: { name: string; address: string; position: [number, number] },
  url: string,
  cityName: string,
) {
  const start = event.newTime?.start ?? event.start;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    name: event.title,
    url,
    startDate: start,
    endDate: event.newTime?.end ?? event.end,
    eventStatus: event.newTime ? 'https://schema.org/EventRescheduled' : STATUS[event.status],
    ...(event.newTime ? { previousStartDate: event.start } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: venue.name,
      address: { '@type': 'PostalAddress', streetAddress: venue.address, addressLocality: cityName, addressCountry: 'CN' },
      geo: { '@type': 'GeoCoordinates', latitude: venue.position[1], longitude: venue.position[0] },
    },
    organizer: { '@type': 'Organization', name: event.organiser.name },
    isAccessibleForFree: event.costYuan === 0,
    ...(event.capacity ? { maximumAttendeeCapacity: event.capacity } : {}),
    ...(event.recurrence ? { eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W', repeatCount: event.recurrence.count, startDate: start.slice(0, 10) } } : {}),
    description: event.description,
  };
}
