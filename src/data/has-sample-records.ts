import { getCollection } from 'astro:content';

/** True while any published place or event is a generated sample: the banner must then show. */
export async function hasSampleRecords(): Promise<boolean> {
  const collections = await Promise.all([getCollection('centres'), getCollection('rooms'), getCollection('clinics'), getCollection('events')]);
  return collections.some((entries) => entries.some((e) => e.data.sample));
}
