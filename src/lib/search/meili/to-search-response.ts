import type { SearchHit } from '../search-backend';
import type { StoredDoc } from '../search-index';
import type { MeiliDocument } from './meili-documents';

export interface MeiliSearchResult {
  indexUid: string;
  hits: (Partial<MeiliDocument> & { _rankingScore?: number; _geoDistance?: number })[];
}

const KINDS = new Set<StoredDoc['kind']>(['guide', 'myth', 'pack', 'place', 'event']);

/**
 * Results from `multiSearch` as our hits. Meilisearch's ranking scores (0–1) are comparable across
 * indexes, so they serve as both share and score. A hit missing what a result must show is dropped.
 */
export function toSearchHits(results: readonly MeiliSearchResult[]): SearchHit[] {
  return results.flatMap(({ hits }) =>
    hits.flatMap((hit): SearchHit[] => {
      const { ref, kind, title, url, summary, bands, district, placeKind, reviewed, _rankingScore = 0 } = hit;
      if (typeof ref !== 'string' || !kind || !KINDS.has(kind) || typeof title !== 'string' || typeof url !== 'string') return [];
      const doc: StoredDoc = { id: ref, kind, title, url, summary: summary ?? '', ...(bands ? { bands } : {}), ...(district ? { district } : {}), ...(placeKind ? { placeKind } : {}), ...(reviewed === true ? { reviewed } : {}) };
      return [{ doc, score: _rankingScore, share: _rankingScore }];
    }),
  );
}
