import { createEmbeddedBackend } from '../../lib/search/embedded-backend';
import type { SearchBackend } from '../../lib/search/search-backend';
import type { SearchBundle } from '../../lib/search/search-index';
import { BUILD_ID, toBuildDataUrl } from '../../lib/site/build-data-url';

let backend: SearchBackend | undefined;

/** The embedded indexes, fetched from this site (or the service worker's cache). */
const embedded = () =>
  createEmbeddedBackend(async (name) => {
    const response = await fetch(toBuildDataUrl(`/search/${name}.json`, BUILD_ID));
    if (!response.ok) throw new Error(`search index ${name}: HTTP ${response.status}`);
    return (await response.json()) as SearchBundle;
  });

/**
 * The one search engine of this page, shared by the header box and /search/: the embedded indexes,
 * or — on a site built with PUBLIC_MEILI_HOST and PUBLIC_MEILI_SEARCH_KEY — a Meilisearch server,
 * with the embedded indexes as its fallback. The Meilisearch client loads only when first used.
 */
export function getSearchBackend(): SearchBackend {
  const host = import.meta.env.PUBLIC_MEILI_HOST;
  const apiKey = import.meta.env.PUBLIC_MEILI_SEARCH_KEY;
  if (backend) return backend;
  const local = embedded();
  if (!host || !apiKey) return (backend = local);
  const remote = import('meilisearch').then(async ({ Meilisearch }) => {
    const { createMeiliBackend } = await import('../../lib/search/meili/meili-backend');
    const prefix = import.meta.env.PUBLIC_MEILI_INDEX_PREFIX ?? 'yuertong';
    // A server that hangs must not hold a family up: after 4 s the device's indexes answer.
    return createMeiliBackend(new Meilisearch({ host, apiKey, timeout: 4000 }), { prefix, fallback: local, isOnline: () => navigator.onLine });
  });
  backend = {
    prepare: () => void remote.then((b) => b.prepare()).catch(() => local.prepare()),
    search: async (request, onProgress) => {
      // If the client itself cannot load (offline, first visit), the device's indexes answer.
      const engine = await remote.catch(() => undefined);
      if (!engine) return { ...(await local.search(request, onProgress)), incomplete: 'places-on-device' };
      return engine.search(request, onProgress);
    },
  };
  return backend;
}
