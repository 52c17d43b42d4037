import { getCollection } from 'astro:content';
import type { AgeBandId } from '../lib/age/age-bands';
import type { MilestoneSet } from '../schemas/milestone';
import { assertCitations } from './assert-citations';

/** The milestone set of a band; undefined for pregnancy. Warning signs come from `getWarningSigns`. */
export async function getMilestones(band: AgeBandId): Promise<MilestoneSet | undefined> {
  const sets = await getCollection('milestones');
  await assertCitations(sets.map((s) => ({ where: `src/content/milestones/${s.id}.yaml`, citations: [{ field: 'sources', ids: s.data.sources }] })));
  return sets.find((s) => s.data.band === band)?.data;
}
