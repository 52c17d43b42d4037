import type { APIRoute } from 'astro';
import { getEvents, type ResolvedEvent } from '../../data/get-events';
import { toCalendarEvent } from '../../lib/events/to-calendar-event';
import { buildICalendar } from '../../lib/ical/build-icalendar';
import { siteConfig } from '../../site.config';

export async function getStaticPaths() {
  return (await getEvents()).map((item) => ({ params: { id: item.event.id }, props: { item } }));
}

export const GET: APIRoute = ({ props }) => {
  const { event, venue } = (props as { item: ResolvedEvent }).item;
  const body = buildICalendar([toCalendarEvent(event, venue, siteConfig.siteUrl)], {
    prodId: `-//${siteConfig.productName}//${siteConfig.city.name}//ZH`,
    name: event.title,
    dtstamp: new Date().toISOString(),
    timezone: 'Asia/Shanghai',
  });
  return new Response(body);
};
