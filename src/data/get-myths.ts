import { getCollection, type CollectionEntry } from 'astro:content';
import { assertCitations } from './assert-citations';

export type MythEntry = CollectionEntry<'myths'>;

/** All myth cards, sorted by id, with their citations checked. */
export async function getMyths(): Promise<MythEntry[]> {
  const myths = await getCollection('myths');
  await assertCitations(myths.map((m) => ({ where: `src/content/myths/${m.id}.yaml`, citations: [{ field: 'sources', ids: m.data.sources }] })));
  return myths.sort((a, b) => a.id.localeCompare(b.id, 'en'));
}
