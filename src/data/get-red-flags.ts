import { getCollection } from 'astro:content';
import type { RedFlagSet, RedFlagTopic } from '../schemas/red-flags';
import { assertCitations } from './assert-citations';

/** The red-flag list of one topic (`src/content/red-flags/{topic}.yaml`); its sources must be registered. */
export async function getRedFlags(topic: RedFlagTopic): Promise<RedFlagSet> {
  const sets = await getCollection('redFlags');
  await assertCitations(sets.map((s) => ({ where: `src/content/red-flags/${s.id}.yaml`, citations: [{ field: 'sources', ids: s.data.sources }] })));
  const set = sets.find((s) => s.data.topic === topic);
  if (!set) throw new Error(`src/content/red-flags/${topic}.yaml：没有这个就医信号主题 (red-flag topic missing)`);
  return set.data;
}
