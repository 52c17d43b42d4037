import type { AgeBandId } from '../age/age-bands';

/** What a band page's 本阶段重点 box points to first, by topic, in the order a parent asks. */
export const HIGHLIGHT_TOPICS: Record<'child' | 'pregnancy', readonly { key: string; topics: readonly string[] }[]> = {
  child: [
    { key: 'eat', topics: ['feeding'] },
    { key: 'sleep', topics: ['sleep'] },
    { key: 'play', topics: ['play', 'language', 'development'] },
  ],
  pregnancy: [
    { key: 'checkups', topics: ['checkups', 'pregnancy'] },
    { key: 'mood', topics: ['mental-health', 'parent-health'] },
    { key: 'prepare', topics: ['feeding', 'care-skills'] },
  ],
};

export interface HighlightGuide {
  slug: string;
  title: string;
  summary: string;
  topics: readonly string[];
  /** The bands the guide is for: a guide for this band alone is the more specific answer. */
  bands: readonly string[];
}

/**
 * One guide per question (吃什么, 怎么睡, 玩什么; in pregnancy 产检, 心情, 准备): of the band's guides filed
 * under that question's topics, the one for the fewest bands (at 6–12 months, starting solids before a
 * 0–12-month formula guide), then the first in list order; each guide used once. The box
 * repeats vetted guide summaries: it adds no medical text of its own.
 */
export function buildBandHighlights(band: AgeBandId, guides: readonly HighlightGuide[]): { key: string; guide: HighlightGuide }[] {
  const used = new Set<string>();
  const specificFirst = [...guides].sort((a, b) => a.bands.length - b.bands.length);
  return HIGHLIGHT_TOPICS[band === 'pregnancy' ? 'pregnancy' : 'child'].flatMap(({ key, topics }) => {
    for (const topic of topics) {
      const guide = specificFirst.find((g) => !used.has(g.slug) && g.topics.includes(topic));
      if (guide) {
        used.add(guide.slug);
        return [{ key, guide }];
      }
    }
    return [];
  });
}
