import type { SearchBackend, SearchResponse } from '../search-backend';
import { compareHits } from '../search-backend';
import { tokenize } from '../tokenize';
import { buildMeiliQueries, type MeiliQuery, type MeiliSearchRequest } from './build-meili-queries';
import { toSearchHits, type MeiliSearchResult } from './to-search-response';

/** The one call the engine makes, as the official client's `multiSearch` offers it. */
export interface MeiliSearcher {
  multiSearch(params: { queries: MeiliQuery[] }): Promise<{ results: MeiliSearchResult[] }>;
}

/**
 * Search through a Meilisearch server. When the server cannot answer (down, unreachable, the device
 * offline), the same request goes to the embedded indexes the device has — content and the home
 * city's places — and the response says place results are limited to those (`places-on-device`).
 */
export function createMeiliBackend(client: MeiliSearcher, { prefix, fallback, isOnline = () => true }: { prefix: string; fallback: SearchBackend; isOnline?: () => boolean }): SearchBackend {
  const fromDevice = async (request: MeiliSearchRequest, onProgress?: (partial: SearchResponse) => void): Promise<SearchResponse> => {
    const mark = (r: SearchResponse): SearchResponse => ({ ...r, incomplete: 'places-on-device' });
    return mark(await fallback.search(request, onProgress && ((partial) => onProgress(mark(partial)))));
  };
  return {
    // The device's own indexes are the fallback: have them ready.
    prepare: () => fallback.prepare(),
    async search(request: MeiliSearchRequest, onProgress) {
      if (request.q.trim() === '') return { hits: [], tokens: [] };
      if (!isOnline()) return fromDevice(request, onProgress);
      try {
        const { results } = await client.multiSearch({ queries: buildMeiliQueries(request, prefix) });
        const response: SearchResponse = { hits: toSearchHits(results).sort(compareHits), tokens: tokenize(request.q) };
        onProgress?.(response);
        return response;
      } catch {
        return fromDevice(request, onProgress);
      }
    },
  };
}
