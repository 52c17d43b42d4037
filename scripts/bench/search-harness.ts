// In-browser half of `npm run bench:search`: loads the three built indexes and times each query.
import { getSearchBackend } from '../../src/components/search/get-search-backend';

declare global {
  interface Window {
    runQueries?: (queries: string[], repeat: number) => Promise<{ loadMs: number; perQueryMs: number[] }>;
  }
}

window.runQueries = async (queries, repeat) => {
  const start = performance.now();
  const backend = getSearchBackend();
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
