// In-browser half of `npm run bench:search-scale`: our embedded engine and Pagefind's JS API on the
// same built site, and loading generated place indexes of growing size.
import { createEmbeddedBackend } from '../../src/lib/search/embedded-backend';
import { loadSearchBundle, searchBundle, type SearchBundle } from '../../src/lib/search/search-index';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  init?(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

declare global {
  interface Window {
    /** Cold first result: ms from the call to the first results, and their count. */
    oursFirst?: (q: string) => Promise<number>;
    pagefindFirst?: (q: string) => Promise<number>;
    /** Warm: the top 5 (id or url, title) and the ms to the first result, per query. */
    oursRun?: (queries: string[]) => Promise<{ top: { key: string; text: string }[]; ms: number }[]>;
    pagefindRun?: (queries: string[]) => Promise<{ top: { key: string; text: string }[]; ms: number }[]>;
    scaleLoad?: (url: string, queries: string[]) => Promise<{ fetchMs: number; loadMs: number; queryMs: number[] }>;
  }
}

const fetchBundle = async (name: string) => (await (await fetch(`/search/${name}.json`)).json()) as SearchBundle;

window.oursFirst = async (q) => {
  const t0 = performance.now();
  const backend = createEmbeddedBackend(fetchBundle);
  await new Promise<void>((resolve) => {
    void backend.search({ q }, (partial) => {
      if (partial.hits.length > 0) resolve();
    }).then(() => resolve());
  });
  return performance.now() - t0;
};

const loadPagefind = () => import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>;

window.pagefindFirst = async (q) => {
  const t0 = performance.now();
  const pagefind = await loadPagefind();
  await pagefind.init?.();
  const { results } = await pagefind.search(q);
  await results[0]?.data();
  return performance.now() - t0;
};

window.oursRun = async (queries) => {
  const backend = createEmbeddedBackend(fetchBundle);
  await backend.search({ q: '宝宝' });
  const out = [];
  for (const q of queries) {
    const t0 = performance.now();
    const { hits } = await backend.search({ q });
    out.push({ ms: performance.now() - t0, top: hits.slice(0, 5).map((h) => ({ key: h.doc.id, text: `${h.doc.title} ${h.doc.summary}` })) });
  }
  return out;
};

window.pagefindRun = async (queries) => {
  const pagefind = await loadPagefind();
  await pagefind.init?.();
  await (await pagefind.search('宝宝')).results[0]?.data();
  const out = [];
  for (const q of queries) {
    const t0 = performance.now();
    const { results } = await pagefind.search(q);
    const first = await results[0]?.data();
    const ms = performance.now() - t0;
    const rest = await Promise.all(results.slice(1, 5).map((r) => r.data()));
    out.push({ ms, top: [first, ...rest].flatMap((d) => (d ? [{ key: d.url, text: `${d.meta.title ?? ''} ${d.excerpt}` }] : [])) });
  }
  return out;
};

window.scaleLoad = async (url, queries) => {
  const t0 = performance.now();
  const json = (await (await fetch(url)).json()) as SearchBundle;
  const t1 = performance.now();
  const loaded = loadSearchBundle(json);
  const t2 = performance.now();
  const queryMs = queries.map((q) => {
    const s = performance.now();
    searchBundle(loaded, q);
    return performance.now() - s;
  });
  return { fetchMs: t1 - t0, loadMs: t2 - t1, queryMs };
};
