import { getCollection } from 'astro:content';
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
  return [...centres, ...rooms, ...clinics].map((e) => e.data).sort((a, b) => a.district.localeCompare(b.district) || a.name.localeCompare(b.name, 'zh-CN'));
}
