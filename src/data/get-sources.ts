import { getCollection } from 'astro:content';
import { toPublicSource } from '../lib/content/source-kinds';
import type { PublicSource } from '../schemas/source';

/** The source registry as a map from id to entry, as pages may show it: without the editor-only note. */
export async function getSourcesById(): Promise<Map<string, PublicSource>> {
  const sources = await getCollection('sources');
  return new Map(sources.map((s) => [s.id, toPublicSource(s.data)]));
}
