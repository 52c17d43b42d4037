import { getCollection } from 'astro:content';
import type { Source } from '../schemas/source';

/** The source registry as a map from id to entry. */
export async function getSourcesById(): Promise<Map<string, Source>> {
  const sources = await getCollection('sources');
  return new Map(sources.map((s) => [s.id, s.data]));
}
