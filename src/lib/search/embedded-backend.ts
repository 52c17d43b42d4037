import { compareHits, matchesFilters, type ResultKind, type SearchBackend, type SearchHit, type SearchResponse } from './search-backend';
import { loadSearchBundle, searchBundle, type LoadedBundle, type SearchBundle } from './search-index';
import { tokenize } from './tokenize';

/** The embedded indexes, in the order they are fetched, and the kinds each one answers for. */
export const EMBEDDED_INDEXES = [
  { name: 'content', kinds: ['guide', 'myth', 'pack'] },
  { name: 'places', kinds: ['place'] },
  { name: 'events', kinds: ['event'] },
] as const satisfies readonly { name: string; kinds: readonly ResultKind[] }[];

export type EmbeddedIndexName = (typeof EMBEDDED_INDEXES)[number]['name'];

/**
 * Search over the lunr indexes built at build time. `fetchBundle` gets one index (over the network or
 * from the service worker's cache). Content comes first, the place and event indexes after it, so a
 * typical first query (a guide) is answered after the smallest download. An index that fails to load
 * is tried again on the next search and reported as `incomplete: 'offline'` meanwhile.
 */
export function createEmbeddedBackend(fetchBundle: (name: EmbeddedIndexName) => Promise<SearchBundle>): SearchBackend {
  const loading = new Map<EmbeddedIndexName, Promise<LoadedBundle>>();
  const load = (name: EmbeddedIndexName): Promise<LoadedBundle> => {
    let promise = loading.get(name);
    if (!promise) {
      promise = fetchBundle(name).then(loadSearchBundle);
      // Forget a failure so the next search tries again (the connection may be back).
      promise.catch(() => loading.delete(name));
      loading.set(name, promise);
    }
    return promise;
  };
  const prepare = () => {
    void load('content')
      .catch(() => undefined)
      .then(() => {
        for (const { name } of EMBEDDED_INDEXES) void load(name).catch(() => undefined);
      });
  };

  return {
    prepare,
    async search(request, onProgress) {
      const wanted = EMBEDDED_INDEXES.filter(({ kinds }) => !request.kinds?.length || kinds.some((k) => request.kinds?.includes(k)));
      const hits: SearchHit[] = [];
      let tokens = tokenize(request.q);
      let failed = false;
      const respond = (): SearchResponse => ({ hits: [...hits].sort(compareHits), tokens, ...(failed ? { incomplete: 'offline' as const } : {}) });
      const searchIn = async (name: EmbeddedIndexName) => {
        try {
          const bundle = await load(name);
          // Highlighting needs the query as the index reads it (Traditional characters folded).
          tokens = tokenize(request.q, bundle.fold);
          hits.push(...searchBundle(bundle, request.q).filter((hit) => matchesFilters(hit.doc, request)));
        } catch {
          failed = true;
        }
        onProgress?.(respond());
      };
      // Content first: on a slow line the downloads share the bandwidth anyway, and guides show sooner.
      const [first, ...rest] = wanted;
      if (first) await searchIn(first.name);
      await Promise.all(rest.map(({ name }) => searchIn(name)));
      return respond();
    },
  };
}
