// Map benchmark: time from navigation to the first clusters drawn, and memory, in headless Chromium,
// at 1k, 10k and 100k places (generated into a temporary folder), plus the bytes of data the map downloads.
// Usage: npm run bench:map
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { toOpeningHoursTable } from '../src/lib/places/expand-opening-hours';
import { encodeMapData } from '../src/lib/places/finder/map-data';
import { buildSamplePlaces, type Anchor } from '../src/lib/places/sample/build-sample-places';
import type { Place } from '../src/schemas/place';
import { siteConfig } from '../src/site.config';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.ts';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 3;
const PORT = 4391;
const root = mkdtempSync(join(tmpdir(), 'yuertong-bench-map-'));
const anchors = (JSON.parse(readFileSync('scripts/data/huaibei-anchors.json', 'utf8')) as { anchors: Anchor[] }).anchors;

await build({
  entryPoints: ['scripts/bench/map-harness.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: root,
  entryNames: 'harness',
  loader: { '.png': 'dataurl' },
  logLevel: 'error',
});
const harnessGzip = gzipSync(readFileSync(join(root, 'harness.js'))).length + gzipSync(readFileSync(join(root, 'harness.css'))).length;
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/harness.css"><div id="map" style="width:360px;height:640px"></div><script type="module" src="/harness.js"></script>',
);

const server = spawn('node_modules/.bin/tsx', ['tests/support/serve-static.ts', root, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });

console.log(`map code (Leaflet + supercluster + ours, gzip): ${(harnessGzip / 1000).toFixed(1)} KB`);
console.log('places  | data gzip (per place) | navigation → first clusters | fetch + decode data | map script → first clusters | JS heap');
try {
  for (const n of SIZES) {
    const places = buildSamplePlaces({ centres: n * 0.4, rooms: n * 0.5, clinics: n * 0.1, seed: 1, asOf: '2026-11-01', anchors, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode });
    const all = [...places.centres, ...places.rooms, ...places.clinics] as unknown as Place[];
    const dataDir = join(root, 'data');
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir);
    let gzipBytes = 0;
    const files: string[] = [];
    for (const d of siteConfig.districts) {
      const json = JSON.stringify(encodeMapData(d.id, all.filter((p) => p.district === d.id), (p) => toOpeningHoursTable(p)));
      writeFileSync(join(dataDir, `${d.id}.json`), json);
      gzipBytes += gzipSync(json).length;
      files.push(`${d.id}.json`);
    }
    writeFileSync(join(dataDir, 'index.json'), JSON.stringify(files));
    const times: { total: number; data: number; map: number; heap: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.route(/tile\.openstreetmap\.org|tianditu/, (r) => r.abort());
      await page.goto(`http://localhost:${PORT}/`);
      await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 120_000 });
      const r = await page.evaluate(() => window.benchResult!);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      times.push({ total: r.firstDraw, data: r.dataReady - r.scriptStart, map: r.firstDraw - r.dataReady, heap });
      await context.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    console.log(
      `${String(n).padStart(7)} | ${(gzipBytes / 1000).toFixed(0).padStart(8)} KB (${(gzipBytes / n).toFixed(0)} B) | ${median(times.map((t) => t.total)).toFixed(0).padStart(24)} ms | ${median(times.map((t) => t.data)).toFixed(0).padStart(16)} ms | ${median(times.map((t) => t.map)).toFixed(0).padStart(24)} ms | ${(median(times.map((t) => t.heap)) / 2 ** 20).toFixed(1)} MiB`,
    );
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(root, { recursive: true, force: true });
}
