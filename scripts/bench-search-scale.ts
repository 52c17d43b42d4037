// Search at scale and against the standard peer. Run after `npm run build`. Prints:
//  (a) our embedded search vs Pagefind (extended build, Chinese segmentation) on the same built site,
//      in headless Chromium, on the judged query set: bytes until the first result shows (cold, per
//      query, a fresh browser context each), time to the first result, warm median / p95, recall@5, MRR;
//  (b) the embedded place index at 1k, 10k and 100k generated places: size, build time, load in Chromium;
//  (c) Meilisearch request and response sizes for the same queries (through the loopback double).
// Bytes are what a CDN sends: each file at its gzip size, or as stored when that is smaller (Pagefind
// ships most of its files compressed already); the test server itself sends files as stored.
// Pages run with their CSP bypassed: Pagefind needs WebAssembly, which our CSP does not allow.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Meilisearch } from 'meilisearch';
import { pinyin } from 'pinyin-pro';
import { chromium, type Browser } from 'playwright-core';
import { t } from '../src/lib/i18n/translate';
import { buildSamplePlaces, type Anchor } from '../src/lib/places/sample/build-sample-places';
import { createEmbeddedBackend, EMBEDDED_INDEXES } from '../src/lib/search/embedded-backend';
import { createMeiliBackend } from '../src/lib/search/meili/meili-backend';
import { toIndexUid, type MeiliDocument } from '../src/lib/search/meili/meili-documents';
import { buildSearchBundle } from '../src/lib/search/search-index';
import { toPlaceSearchDoc } from '../src/lib/search/to-place-search-doc';
import { siteConfig } from '../src/site.config';
import { startMeiliDouble } from '../tests/support/meili-double';
import { syncToMeili } from './lib/meili-sync';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.ts';

interface Judged {
  half: 'tune' | 'held-out';
  q: string;
  accept: string[];
}
const { queries } = JSON.parse(readFileSync('tests/search/judged-queries.json', 'utf8')) as { queries: Judged[] };
if (!existsSync('dist/search/content.json')) throw new Error('run `npm run build` first');
const PORT = 4393;
const work = mkdtempSync(join(tmpdir(), 'yuertong-bench-scale-'));
const site = join(work, 'site');
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const at = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};
const sent = (path: string) => {
  const raw = readFileSync(path);
  return Math.min(raw.length, gzipSync(raw).length);
};

console.log(`# search at scale — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

// (a) The same built site, indexed by Pagefind as well.
cpSync('dist', site, { recursive: true });
const pfStart = performance.now();
execFileSync('node_modules/.bin/pagefind', ['--site', site], { stdio: 'ignore' });
const pagefindBuildMs = performance.now() - pfStart;
await build({ entryPoints: ['scripts/bench/search-scale-harness.ts'], bundle: true, format: 'esm', minify: true, outfile: join(site, 'bench-harness.js'), logLevel: 'error' });
writeFileSync(join(site, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench-harness.js"></script>');
const ourCode = sent(join(site, 'bench-harness.js'));

const toKey = (url: string) => {
  const path = new URL(url, 'http://x').pathname;
  const m = /^\/(guides|packs|places|events)\/([^/]+)\/(?:print\/|sign\/)?$/.exec(path);
  if (m) return `${({ guides: 'g', packs: 'k', places: 'p', events: 'e' } as const)[m[1] as 'guides']}:${m[2]}`;
  return path.startsWith('/myths/') ? 'm:' : path;
};
const accepts = (rule: string, hit: { key: string; text: string }) => {
  if (rule.startsWith('/') && rule.endsWith('/')) return new RegExp(rule.slice(1, -1)).test(hit.text);
  if (rule.endsWith('*')) {
    const [head, ...rest] = rule.slice(0, -1).split('*');
    return hit.key.startsWith(head ?? '') && rest.every((part) => hit.key.includes(part));
  }
  return hit.key === rule;
};
const relevance = (runs: { top: { key: string; text: string }[] }[], half: Judged['half']) => {
  let found = 0;
  let reciprocal = 0;
  const set = queries.map((j, i) => ({ j, run: runs[i] })).filter(({ j }) => j.half === half);
  for (const { j, run } of set) {
    const rank = (run?.top ?? []).findIndex((h) => j.accept.some((rule) => accepts(rule, h)));
    if (rank >= 0) {
      found++;
      reciprocal += 1 / (rank + 1);
    }
  }
  return { recall: found / set.length, mrr: reciprocal / set.length };
};

const serve = (dir: string, port: number) => spawn('node_modules/.bin/tsx', ['tests/support/serve-static.ts', dir, String(port)], { stdio: 'ignore' });
const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const server = serve(site, PORT);
await new Promise((r) => setTimeout(r, 1500));
const browser: Browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

try {
  console.log('\n## (a) embedded lunr vs Pagefind, same site, judged queries (66), headless Chromium');
  console.log(`Pagefind ${JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version} extended: indexed the built site (${(pagefindBuildMs / 1000).toFixed(1)} s)`);
  const coldFor = async (engine: 'ours' | 'pagefind') => {
    const bytes: number[] = [];
    const times: number[] = [];
    for (const { q } of queries) {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`http://localhost:${PORT}/bench.html`);
      await page.waitForFunction(() => typeof window.oursFirst === 'function');
      // Network events, not the page's resource timing: Pagefind fetches its index from a worker.
      const seen: string[] = [];
      page.on('requestfinished', (request) => seen.push(new URL(request.url()).pathname));
      times.push(await page.evaluate(async ([e, query]) => (e === 'ours' ? window.oursFirst!(query) : window.pagefindFirst!(query)), [engine, q] as const));
      const fetched = [...seen];
      // Ours needs its code (lunr, tokenizer, engine: the harness holds exactly that); Pagefind's code is among the files it fetches.
      bytes.push(fetched.reduce((sum, p) => sum + sent(join(site, decodeURIComponent(p))), engine === 'ours' ? ourCode : 0));
      await context.close();
    }
    return { bytes, times };
  };
  const warmFor = async (engine: 'ours' | 'pagefind') => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`http://localhost:${PORT}/bench.html`);
    await page.waitForFunction(() => typeof window.oursRun === 'function');
    const runs = await page.evaluate(async ([e, qs]) => (e === 'ours' ? window.oursRun!(qs) : window.pagefindRun!(qs)), [engine, queries.map((j) => j.q)] as const);
    await page.close();
    return engine === 'pagefind' ? runs.map((r) => ({ ...r, top: r.top.map((h) => ({ ...h, key: toKey(h.key) })) })) : runs;
  };
  console.log('engine   | bytes to first result (median / p95) | cold time to first result (median) | warm query (median / p95) | recall@5 tune / held-out | MRR tune / held-out');
  for (const engine of ['ours', 'pagefind'] as const) {
    const cold = await coldFor(engine);
    const warm = await warmFor(engine);
    const tune = relevance(warm, 'tune');
    const held = relevance(warm, 'held-out');
    const times = warm.map((r) => r.ms);
    console.log(
      `${engine.padEnd(8)} | ${kb(at(cold.bytes, 0.5))} / ${kb(at(cold.bytes, 0.95))} | ${ms(at(cold.times, 0.5))} | ${ms(at(times, 0.5))} / ${ms(at(times, 0.95))} | ${tune.recall.toFixed(2)} / ${held.recall.toFixed(2)} | ${tune.mrr.toFixed(2)} / ${held.mrr.toFixed(2)}`,
    );
  }
  console.log('(ours: code counted once per cold query, then the content index, and the place and event indexes only if they arrived before the first result; Pagefind: pagefind.js, its WebAssembly, entry, metadata, index chunks and the first result’s fragment.)');

  // (b) Generated cities: the places index alone, as a province-scale deployment would ship it.
  console.log('\n## (b) embedded place index at scale (generated places; one index file)');
  console.log('places  | index gzip | build in Node | fetch + load in Chromium | first query | median query');
  const anchors = (JSON.parse(readFileSync('scripts/data/huaibei-anchors.json', 'utf8')) as { anchors: Anchor[] }).anchors;
  const scaleDir = join(site, 'scale');
  mkdirSync(scaleDir);
  const syllables = (han: string) => pinyin(han, { toneType: 'none', type: 'array', v: true });
  const district = (id: string) => siteConfig.districts.find((d) => d.id === id)?.name ?? id;
  {
    for (const n of [1_000, 10_000, 100_000]) {
      const generated = buildSamplePlaces({ centres: n * 0.4, rooms: n * 0.5, clinics: n * 0.1, seed: 1, asOf: '2026-11-01', anchors, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode });
      const places = [...generated.centres, ...generated.rooms, ...generated.clinics];
      const t0 = performance.now();
      const docs = places.map((p) => toPlaceSearchDoc(p, { kind: t(`places.kind.${p.kind}`), district: district(p.district) }, syllables));
      const json = JSON.stringify(buildSearchBundle(docs));
      const buildMs = performance.now() - t0;
      writeFileSync(join(scaleDir, `places-${n}.json`), json);
      const page = await browser.newPage();
      await page.goto(`http://localhost:${PORT}/bench.html`);
      await page.waitForFunction(() => typeof window.scaleLoad === 'function');
      const r = await page.evaluate(async ([url, qs]) => window.scaleLoad!(url, qs), [`/scale/places-${n}.json`, queries.map((j) => j.q)] as const);
      await page.close();
      console.log(`${String(n).padStart(7)} | ${kb(gzipSync(json).length).padStart(9)} | ${ms(buildMs).padStart(8)} | ${ms(r.fetchMs + r.loadMs)} (load ${ms(r.loadMs)}) | ${ms(r.queryMs[0] ?? 0)} | ${ms(at(r.queryMs, 0.5))}`);
    }
  }

  // (c) Meilisearch: what each query costs on the wire (the double answers; its ranking is not Meilisearch's).
  console.log('\n## (c) Meilisearch requests for the same queries (loopback double; sizes only)');
  const double = await startMeiliDouble();
  try {
    const indexes = EMBEDDED_INDEXES.map(({ name }) => ({ uid: toIndexUid('bench', name), docs: JSON.parse(readFileSync(`dist/search/documents/${name}.json`, 'utf8')) as MeiliDocument[] }));
    await syncToMeili(new Meilisearch({ host: double.url, apiKey: double.adminKey }), indexes);
    const engine = createMeiliBackend(new Meilisearch({ host: double.url, apiKey: double.searchKey }), { prefix: 'bench', fallback: createEmbeddedBackend(async () => buildSearchBundle([])) });
    const from = double.requests.length;
    for (const { q } of queries) await engine.search({ q });
    const searches = double.requests.slice(from).filter((r) => r.path === '/multi-search');
    const requestBytes = searches.map((r) => r.requestBytes);
    const responseBytes = searches.map((r) => r.responseBytes);
    console.log(`${searches.length} multi-search requests (three indexes each, 20 hits per index): request median ${requestBytes.length ? at(requestBytes, 0.5) : 0} B; response median ${kb(at(responseBytes, 0.5))}, p95 ${kb(at(responseBytes, 0.95))} before compression. Plus the client library, loaded once: ${kb(sent('node_modules/meilisearch/dist/index.js'))} gzip (unminified build).`);
    const docBytes = indexes.map((i) => `${i.uid.replace('bench_', '')} ${kb(statSync(`dist/search/documents/${i.uid.replace('bench_', '')}.json`).size)}`).join(', ');
    console.log(`Documents pushed by the sync: ${docBytes} (raw JSON).`);
  } finally {
    await double.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
