import { getCollection } from 'astro:content';
import type { CommunityEvent } from '../schemas/event';
import type { Place, Room } from '../schemas/place';
import { toEventTiming } from '../lib/events/event-status';
import { distanceMetres, type LngLat } from '../lib/geo/convert-coordinates';
import { getPlaces } from './get-places';

/** An event with its venue resolved and the nearest maternal-infant room found. */
export interface ResolvedEvent {
  event: CommunityEvent;
  venue: { name: string; address: string; position: LngLat; place: Place | undefined };
  nearestRoom: { room: Room; metres: number } | undefined;
}

/** Every event, by first start (a postponed event's new one); a venue that names an unknown place fails the build. */
let cached: Promise<ResolvedEvent[]> | undefined;

/** Resolved once per build: home, band pages, lists, feeds and search all ask. */
export function getEvents(): Promise<ResolvedEvent[]> {
  cached ??= loadEvents();
  return cached;
}

async function loadEvents(): Promise<ResolvedEvent[]> {
  const [entries, places] = await Promise.all([getCollection('events'), getPlaces()]);
  const byId = new Map(places.map((p) => [p.id, p]));
  const rooms = places.filter((p): p is Room => p.kind === 'room');
  return entries
    .map(({ data: event }) => {
      let venue: ResolvedEvent['venue'];
      if ('placeId' in event.venue) {
        const place = byId.get(event.venue.placeId);
        if (!place) throw new Error(`events → ${event.id} → venue.placeId: 地点“${event.venue.placeId}”不存在 (unknown place)`);
        venue = { name: place.name, address: place.address, position: place.position, place };
      } else {
        venue = { ...event.venue, place: undefined };
      }
      const nearest = rooms
        .map((room) => ({ room, metres: distanceMetres(venue.position, room.position) }))
        .sort((a, b) => a.metres - b.metres)[0];
      return { event, venue, nearestRoom: nearest && nearest.metres < 3000 ? nearest : undefined };
    })
    .sort((a, b) => Date.parse(toEventTiming(a.event).start) - Date.parse(toEventTiming(b.event).start));
}
