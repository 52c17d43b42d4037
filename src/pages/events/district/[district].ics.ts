import type { APIRoute } from 'astro';
import { getEvents } from '../../../data/get-events';
import { toCalendarEvent } from '../../../lib/events/to-calendar-event';
import { buildICalendar } from '../../../lib/ical/build-icalendar';
import { siteConfig } from '../../../site.config';

export const getStaticPaths = () => siteConfig.districts.map((d) => ({ params: { district: d.id }, props: { name: d.name } }));

/** A subscribable feed of one district's events. */
export const GET: APIRoute = async ({ params, props }) => {
  const events = (await getEvents()).filter((e) => e.event.district === params['district']);
  const body = buildICalendar(
    events.map((e) => toCalendarEvent(e.event, e.venue, siteConfig.siteUrl)),
    { prodId: `-//${siteConfig.productName}//${siteConfig.city.name}//ZH`, name: `${siteConfig.productName} · ${(props as { name: string }).name}活动`, dtstamp: new Date().toISOString(), timezone: 'Asia/Shanghai' },
  );
  return new Response(body);
};
