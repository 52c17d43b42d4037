/** The part of a guide needed to relate it to others. */
export interface RelatableGuide {
  id: string;
  data: { bands: readonly string[]; topics: readonly string[]; shortId: string };
}

/**
 * Guides that share the most topics and bands with `guide` (topics weigh double), excluding itself;
 * ties keep short-id order so pages are stable between builds.
 */
export function findRelatedGuides<G extends RelatableGuide>(guide: G, all: readonly G[], limit: number): G[] {
  const score = (other: G) =>
    2 * other.data.topics.filter((x) => guide.data.topics.includes(x)).length +
    other.data.bands.filter((x) => guide.data.bands.includes(x)).length;
  return all
    .filter((g) => g.id !== guide.id)
    .map((g) => ({ g, s: score(g) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.g.data.shortId.localeCompare(b.g.data.shortId, 'en'))
    .slice(0, limit)
    .map(({ g }) => g);
}
