import type { AgeBandId } from '../age/age-bands';

/**
 * What a browser needs to know about a guide to show it in a custom pack or the builder: built once
 * as /packs/guides.json (precached), which the builder, custom pack and custom print pages fetch, so
 * a device downloads it once and custom packs open offline.
 */
export interface PackGuide {
  /** Stable short id (`b01`), the unit of a pack link. */
  id: string;
  /** Page slug: the guide lives at `/guides/{slug}/`. */
  slug: string;
  title: string;
  summary: string;
  /** Age band ids. */
  bands: AgeBandId[];
  /** The reviewer's name, only when a named professional signed the guide off (else 待专业审核). */
  reviewer?: string;
}

/** The guide index file's path; pages fetch it with their build id (toBuildDataUrl). */
export const PACK_GUIDE_INDEX_PATH = '/packs/guides.json';

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The guide index as fetched, checked: a file that is not a list of guides (a captive portal's page,
 * a cut-off download) throws rather than reaching the page as half a list.
 */
export function readPackGuideIndex(data: unknown): PackGuide[] {
  if (!Array.isArray(data)) throw new Error('pack guide index: not a list');
  return data.map((item: unknown, i) => {
    const g = item as Partial<Record<keyof PackGuide, unknown>> | null;
    if (!g || !isText(g.id) || !isText(g.slug) || !isText(g.title) || !isText(g.summary) || !Array.isArray(g.bands) || !g.bands.every(isText) || (g.reviewer !== undefined && !isText(g.reviewer))) {
      throw new Error(`pack guide index: entry ${i} is not a guide`);
    }
    return { id: g.id, slug: g.slug, title: g.title, summary: g.summary, bands: g.bands as AgeBandId[], ...(g.reviewer !== undefined ? { reviewer: g.reviewer } : {}) };
  });
}
