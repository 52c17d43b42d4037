import type { StoredDoc } from './search-index';

/**
 * What the search interface asks of an engine. The embedded lunr indexes and a Meilisearch server
 * both implement it, so the header box and /search/ never know which one answers.
 */
export interface SearchBackend {
  /** Starts fetching what the first query needs (called when the search box is first focused). */
  prepare(): void;
  /**
   * Results for a request, best first. Sources that cannot answer (offline, server down) are left
   * out and reported in `incomplete`, never thrown. `onProgress` receives results as soon as the
   * first sources answer, so a slow source does not hold up the others.
   */
  search(request: SearchRequest, onProgress?: (partial: SearchResponse) => void): Promise<SearchResponse>;
}

export type ResultKind = StoredDoc['kind'];

export interface SearchRequest {
  /** What the person typed, as typed. */
  q: string;
  /** Only these kinds (all when empty or absent). */
  kinds?: readonly ResultKind[];
  /** Only results for this age band (results without bands, such as places, are kept out). */
  band?: string;
  /** Only results in this district id (results without a district are kept out). */
  district?: string;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** The query words, for highlighting (our tokenizer's tokens). */
  tokens: string[];
  /**
   * Why some results may be missing: `offline` — an index or the server could not be reached and only
   * what the device holds was searched; `places-on-device` — the server is unreachable and place results
   * come from the home city's embedded index only.
   */
  incomplete?: 'offline' | 'places-on-device';
}

export interface SearchHit {
  doc: StoredDoc;
  score: number;
  /** Share of the query's words this result matched, 0–1. */
  share: number;
}

/** Whether a stored document passes a request's kind, band and district filters. */
export function matchesFilters(doc: StoredDoc, { kinds, band, district }: Omit<SearchRequest, 'q'>): boolean {
  if (kinds && kinds.length > 0 && !kinds.includes(doc.kind)) return false;
  if (band && !(doc.bands ?? []).includes(band)) return false;
  if (district && doc.district !== district) return false;
  return true;
}

/**
 * Kinds in the order they win a tie: guidance first (what most searches are for), then places, then
 * events, which recur (one course, many dates) and would otherwise crowd out the rest.
 */
const KIND_RANK: Record<ResultKind, number> = { guide: 0, pack: 1, myth: 2, place: 3, event: 4 };

/**
 * Order for results merged from several sources: more of the query matched first; at the same share,
 * the kind (scores from different indexes are not comparable), then score.
 */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return b.share - a.share || KIND_RANK[a.doc.kind] - KIND_RANK[b.doc.kind] || b.score - a.score;
}
