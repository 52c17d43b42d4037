import { getCollection, type CollectionEntry } from 'astro:content';
import { assertCitations } from './assert-citations';
import { assertDirectives } from './assert-directives';

export type GuideEntry = CollectionEntry<'guides'>;

/** All guides, in band order then short id, with every citation checked against the registry. */
let cached: Promise<GuideEntry[]> | undefined;

/** Loaded and citation-checked once per build, not once per page. */
export function getGuides(): Promise<GuideEntry[]> {
  cached ??= loadGuides();
  return cached;
}

async function loadGuides(): Promise<GuideEntry[]> {
  const guides = await getCollection('guides');
  await assertCitations(guides.map((g) => ({ where: `src/content/guides/${g.id}.md`, citations: [{ field: 'sources', ids: g.data.sources }] })));
  await assertDirectives(guides);
  return guides.sort((a, b) => a.data.shortId.localeCompare(b.data.shortId, 'en'));
}
