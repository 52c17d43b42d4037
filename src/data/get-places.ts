import { getCollection } from 'astro:content';
import type { Place } from '../schemas/place';

/** Every centre, room and clinic, in district order (as configured), then by name. */
export async function getPlaces(): Promise<Place[]> {
  const [centres, rooms, clinics] = await Promise.all([getCollection('centres'), getCollection('rooms'), getCollection('clinics')]);
  return [...centres, ...rooms, ...clinics].map((e) => e.data).sort((a, b) => a.district.localeCompare(b.district) || a.name.localeCompare(b.name, 'zh-CN'));
}
