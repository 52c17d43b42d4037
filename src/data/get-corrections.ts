import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, findCorrectionProblems, formatCorrectionProblems } from '../lib/content/find-correction-problems';
import { assertCitations } from './assert-citations';
import { getGuides } from './get-guides';
import { getMyths } from './get-myths';
import { getPacks } from './get-packs';

export type CorrectionEntry = CollectionEntry<'corrections'>;

let cached: Promise<CorrectionEntry[]> | undefined;

/**
 * The correction log, newest first. Fails the build naming the entry and field for a guide, myth
 * card or pack the site does not have, and for a source that is not in the registry.
 */
export function getCorrections(): Promise<CorrectionEntry[]> {
  cached ??= loadCorrections();
  return cached;
}

async function loadCorrections(): Promise<CorrectionEntry[]> {
  const [entries, guides, myths, packs] = await Promise.all([getCollection('corrections'), getGuides(), getMyths(), getPacks()]);
  const problems = findCorrectionProblems(
    entries.map((e) => e.data),
    { guides: new Set(guides.map((g) => g.id)), myths: new Set(myths.map((m) => m.id)), packs: new Set(packs.map((p) => p.pack.id)) },
  );
  if (problems.length > 0) throw new Error(`更正记录引用了不存在的内容 (invalid corrections):\n${formatCorrectionProblems(problems)}`);
  await assertCitations(entries.map((e) => ({ where: `src/content/corrections/corrections.yaml: ${e.id}`, citations: [{ field: 'sources', ids: e.data.sources }] })));
  return [...entries].sort(byNewest);
}
