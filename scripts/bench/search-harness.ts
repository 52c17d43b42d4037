// In-browser half of `npm run bench:search`: loads the three built indexes and times each query.
import { createEmbeddedBackend } from '../../src/lib/search/embedded-backend';
import type { SearchBundle } from '../../src/lib/search/search-index';

declare global {
  interface Window {
    runQueries?: (queries: string[], repeat: number) => Promise<{ loadMs: number; perQueryMs: number[] }>;
  }
}

window.runQueries = async (queries, repeat) => {
  const start = performance.now();
  // The embedded engine as the page builds it (get-search-backend.ts without a Meilisearch host).
  const backend = createEmbeddedBackend(async (name) => (await (await fetch(`/search/${name}.json`)).json()) as SearchBundle);
  await backend.search({ q: '宝宝' });
  const loadMs = performance.now() - start;
  const perQueryMs: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    for (let i = 0; i < repeat; i++) await backend.search({ q });
    perQueryMs.push((performance.now() - t0) / repeat);
  }
  return { loadMs, perQueryMs };
};
