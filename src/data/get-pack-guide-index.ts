import type { PackGuide } from '../lib/packs/pack-guide';
import { getGuides } from './get-guides';

/** Every guide as the builder and custom packs see it (short id order). */
export async function getPackGuideIndex(): Promise<PackGuide[]> {
  return (await getGuides()).map((g) => ({ id: g.data.shortId, slug: g.id, title: g.data.title, summary: g.data.summary, bands: [...g.data.bands], ...(g.data.review ? { reviewer: g.data.review.reviewer } : {}) }));
}
