import type { APIRoute } from 'astro';
import { getEvents } from '../data/get-events';
import { toCalendarEvent } from '../lib/events/to-calendar-event';
import { buildICalendar } from '../lib/ical/build-icalendar';
import { siteConfig } from '../site.config';

/** The whole programme as one subscribable feed (webcal:). */
export const GET: APIRoute = async () => {
  const events = await getEvents();
  const body = buildICalendar(
    events.map((e) => toCalendarEvent(e.event, e.venue, siteConfig.siteUrl)),
    { prodId: `-//${siteConfig.productName}//${siteConfig.city.name}//ZH`, name: `${siteConfig.productName} · ${siteConfig.city.name}家长课堂和亲子活动`, dtstamp: new Date().toISOString(), timezone: 'Asia/Shanghai' },
  );
  return new Response(body);
};
