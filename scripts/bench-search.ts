// Search relevance and speed: recall@5 and MRR on the judged query set (tuning and held-out halves),
// index sizes, and query latency in headless Chromium. Run after `npm run build`.
// Usage: npm run bench:search [-- --show]   (--show prints each query's top 5)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createEmbeddedBackend, EMBEDDED_INDEXES } from '../src/lib/search/embedded-backend';
import type { SearchHit } from '../src/lib/search/search-backend';
import type { SearchBundle } from '../src/lib/search/search-index';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.ts';

interface Judged {
  half: 'tune' | 'held-out';
  q: string;
  accept: string[];
}
const { queries } = JSON.parse(readFileSync('tests/search/judged-queries.json', 'utf8')) as { queries: Judged[] };
const show = process.argv.includes('--show');
const kinds = EMBEDDED_INDEXES.map(({ name }) => name);
const raw = Object.fromEntries(kinds.map((k) => [k, readFileSync(`dist/search/${k}.json`)])) as Record<(typeof kinds)[number], Buffer>;
// The same engine the page runs, reading the built files.
const backend = createEmbeddedBackend(async (name) => JSON.parse(raw[name].toString('utf8')) as SearchBundle);
const search = async (q: string): Promise<SearchHit[]> => (await backend.search({ q })).hits;

const accepts = (rule: string, hit: SearchHit) => {
  if (rule.startsWith('/') && rule.endsWith('/')) return new RegExp(rule.slice(1, -1)).test(`${hit.doc.title} ${hit.doc.summary}`);
  if (rule.endsWith('*')) {
    const [head, ...rest] = rule.slice(0, -1).split('*');
    return hit.doc.id.startsWith(head ?? '') && rest.every((part) => hit.doc.id.includes(part));
  }
  return hit.doc.id === rule;
};

console.log('## relevance (judged query set, tests/search/judged-queries.json)');
for (const half of ['tune', 'held-out'] as const) {
  const set = queries.filter((j) => j.half === half);
  let found = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const j of set) {
    const top = (await search(j.q)).slice(0, 10);
    const rank = top.findIndex((h) => j.accept.some((rule) => accepts(rule, h)));
    if (rank >= 0 && rank < 5) found++;
    else misses.push(`${j.q} → ${top.slice(0, 3).map((h) => h.doc.title).join(' | ') || '(nothing)'}`);
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (show) console.log(`${half} ${j.q}: ${rank + 1 || '-'} · ${top.slice(0, 5).map((h) => h.doc.id).join(' ')}`);
  }
  console.log(`${half}: ${set.length} queries, recall@5 ${(found / set.length).toFixed(2)}, MRR ${(reciprocal / set.length).toFixed(2)}`);
  for (const m of misses) console.log(`  miss: ${m}`);
}

console.log('\n## index sizes (gzip)');
for (const k of kinds) console.log(`${k}: ${(gzipSync(raw[k]).length / 1000).toFixed(1)} KB`);

// Latency in the browser, with the same code the page runs.
const root = mkdtempSync(join(tmpdir(), 'yuertong-bench-search-'));
await build({ entryPoints: ['scripts/bench/search-harness.ts'], bundle: true, format: 'esm', minify: true, outdir: root, entryNames: 'harness', logLevel: 'error' });
const codeGzip = gzipSync(readFileSync(join(root, 'harness.js'))).length;
console.log(`search code (lunr + tokenizer, gzip): ${(codeGzip / 1000).toFixed(1)} KB`);
const port = 4392;
const server = spawn('node_modules/.bin/tsx', ['tests/support/serve-static.ts', 'dist', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`http://localhost:${port}/404.html`);
  await page.addScriptTag({ content: readFileSync(join(root, 'harness.js'), 'utf8'), type: 'module' });
  await page.waitForFunction(() => typeof window.runQueries === 'function');
  const { loadMs, perQueryMs } = await page.evaluate(async (qs) => window.runQueries!(qs, 20), queries.map((j) => j.q));
  const sorted = [...perQueryMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  console.log(`\n## latency in headless Chromium (${queries.length} queries × 20)`);
  console.log(`load three indexes: ${loadMs.toFixed(0)} ms; per query: median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`);

  // A typical first query, cold, as a family meets it: the page is open, they tap the header box and
  // type 辅食. Counted: the box's own script plus everything fetched from the tap to the first
  // suggestion, at gzip size (what a CDN sends; the test server sends files uncompressed).
  console.log('\n## first query, cold (header box, 辅食)');
  for (const path of ['/', '/guides/newborn-jaundice/']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const cold = await context.newPage();
    await cold.goto(`http://localhost:${port}${path}`);
    await cold.waitForLoadState('networkidle');
    const boxScript = (await cold.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))).filter((p) => p.includes('SearchForm.astro'));
    // Note when the first suggestion appears, to count only what had arrived by then.
    const before = await cold.evaluate(() => {
      const w = window as unknown as { firstOptionAt?: number; tapAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[role="option"]')) {
          w.firstOptionAt = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
      document.querySelector('#header-search-q')?.addEventListener('focus', () => (w.tapAt = performance.now()), { once: true });
      return performance.getEntriesByType('resource').length;
    });
    await cold.locator('#header-search-q').click();
    await cold.keyboard.type('辅食');
    await cold.getByRole('option').first().waitFor();
    const { fetched, ms } = await cold.evaluate((n) => {
      const w = window as unknown as { firstOptionAt: number; tapAt: number };
      const entries = performance.getEntriesByType('resource').slice(n) as PerformanceResourceTiming[];
      return { fetched: entries.filter((e) => e.responseEnd <= w.firstOptionAt).map((e) => new URL(e.name).pathname), ms: Math.round(w.firstOptionAt - w.tapAt) };
    }, before);
    const gz = (p: string) => gzipSync(readFileSync(join('dist', p))).length;
    const files = [...boxScript, ...fetched];
    const total = files.reduce((sum, p) => sum + gz(p), 0);
    console.log(`${path}: ${(total / 1000).toFixed(1)} KB gzip in ${files.length} files (${files.map((p) => `${p.replace(/^.*\//, '')} ${(gz(p) / 1000).toFixed(1)}`).join(', ')}); tap to first suggestion ${ms} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(root, { recursive: true, force: true });
}
