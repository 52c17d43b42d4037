import { getCollection } from 'astro:content';
import { findDuplicatePlaceIds } from '../lib/places/find-duplicate-place-ids';
import type { Place } from '../schemas/place';

/** Every centre, room and clinic, in district order (as configured), then by name. */
let cached: Promise<Place[]> | undefined;

/** Every centre, room and clinic (read once per build; every page type asks). */
export function getPlaces(): Promise<Place[]> {
  cached ??= loadPlaces();
  return cached;
}

async function loadPlaces(): Promise<Place[]> {
  const [centres, rooms, clinics] = await Promise.all([getCollection('centres'), getCollection('rooms'), getCollection('clinics')]);
  const places = [...centres, ...rooms, ...clinics].map((e) => e.data);
  const duplicates = findDuplicatePlaceIds(places);
  if (duplicates.length > 0) {
    throw new Error(`src/content/places: 编号重复 (duplicate place ids): ${duplicates.map((d) => `${d.id} (${d.kinds.join(', ')})`).join('; ')}`);
  }
  return places.sort((a, b) => a.district.localeCompare(b.district) || a.name.localeCompare(b.name, 'zh-CN'));
}
