import { getCollection } from 'astro:content';
import { findCitationProblems, formatCitationProblems, type Citing } from '../lib/content/find-unknown-sources';

/** Fails the build when anything cites a source that is not in the registry or is on the avoid list. */
export async function assertCitations(items: Citing[]): Promise<void> {
  const sources = await getCollection('sources');
  const known = new Set(sources.map((s) => s.id));
  const forbidden = new Set(sources.filter((s) => s.data.avoid).map((s) => s.id));
  const problems = findCitationProblems(items, known, forbidden);
  if (problems.length > 0) throw new Error(`内容引用了无效来源 (invalid citations):\n${formatCitationProblems(problems)}`);
}
