// In-browser half of `npm run bench:search`: loads the three built indexes and times each query.
import { compareHits, loadSearchBundle, searchBundle, type SearchBundle } from '../../src/lib/search/search-index';

declare global {
  interface Window {
    runQueries?: (queries: string[], repeat: number) => Promise<{ loadMs: number; perQueryMs: number[] }>;
  }
}

window.runQueries = async (queries, repeat) => {
  const start = performance.now();
  const bundles = await Promise.all(['content', 'places', 'events'].map(async (k) => loadSearchBundle((await (await fetch(`/search/${k}.json`)).json()) as SearchBundle)));
  const loadMs = performance.now() - start;
  const perQueryMs = queries.map((q) => {
    const t0 = performance.now();
    for (let i = 0; i < repeat; i++) bundles.flatMap((b) => searchBundle(b, q)).sort(compareHits);
    return (performance.now() - t0) / repeat;
  });
  return { loadMs, perQueryMs };
};
