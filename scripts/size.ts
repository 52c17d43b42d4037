// Prints the gzip weight of each page type of the built site and fails when one is over budget.
// Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measurePageWeight } from './lib/measure-page-weight.ts';

const dist = 'dist';
const firstGuide = readdirSync(`${dist}/guides`, { withFileTypes: true }).find((d) => d.isDirectory());
if (!firstGuide) throw new Error('dist/guides has no guide: build first (npm run build)');

/** Page types and their budgets in gzip bytes (HTML + CSS + JS), from docs/architecture.md. */
const pageTypes: { name: string; file: string; budget: number; lazy?: boolean | RegExp }[] = [
  { name: 'home', file: 'index.html', budget: 45_000 },
  { name: 'band hub', file: 'ages/0-6m/index.html', budget: 45_000 },
  { name: 'guides index', file: 'guides/index.html', budget: 45_000 },
  { name: 'guide', file: `guides/${firstGuide.name}/index.html`, budget: 30_000 },
  // With the map it loads when scrolled into view (Leaflet, supercluster, our code), before tiles and data.
  { name: 'places + map', file: 'places/index.html', budget: 150_000, lazy: true },
  { name: 'compare', file: 'places/compare/index.html', budget: 30_000 },
  { name: 'place', file: 'places/centre-duji-001/index.html', budget: 30_000 },
  { name: 'events', file: 'events/index.html', budget: 40_000 },
  { name: 'event', file: 'events/event-001/index.html', budget: 30_000 },
  { name: 'myths', file: 'myths/index.html', budget: 45_000 },
  { name: '404', file: '404.html', budget: 30_000 },
  { name: 'packs', file: 'packs/index.html', budget: 30_000 },
  { name: 'pack', file: 'packs/newborn-home-visit/index.html', budget: 35_000 },
  { name: 'pack booklet', file: 'packs/newborn-home-visit/print/index.html', budget: 60_000 },
  // A React island: its component, the renderer and the React runtime are counted (measurePageWeight
  // follows the island's component-url and renderer-url and their imports). Issue #17 item 9.
  // The guide index it fetches at once (/packs/guides.json, shared with the custom pack pages) is counted below.
  { name: 'pack builder', file: 'packs/new/index.html', budget: 100_000 },
  { name: 'custom pack', file: 'packs/custom/index.html', budget: 40_000 },
  // The timeline's code and its build-time data (/my-child/data.json, fetched at once) are counted separately below.
  // A React island too, counted the same way as the pack builder (issue #17 item 9).
  { name: 'my child', file: 'my-child/index.html', budget: 110_000 },
  // A parent who has stored a child also fetches the growth section's own file, alongside the page's data (the timeline
  // is drawn without waiting for it): what such a visit downloads in all, before any tap.
  { name: 'my child+growth', file: 'my-child/index.html', budget: 120_000, lazy: /\/GrowthSection\.[\w-]+\.js$/ },
  { name: 'privacy', file: 'privacy/index.html', budget: 30_000 },
];

let over = 0;
console.log('page type       file                                     html    css     js   total  budget');
for (const { name, file, budget, lazy } of pageTypes) {
  const w = measurePageWeight(dist, file, { lazy });
  const ok = w.total <= budget;
  if (!ok) over++;
  console.log(
    `${name.padEnd(15)} ${file.slice(0, 40).padEnd(40)} ${String(w.html).padStart(6)} ${String(w.css).padStart(6)} ${String(w.js).padStart(6)} ${String(w.total).padStart(7)} ${String(budget).padStart(7)} ${ok ? 'ok' : 'OVER'}`,
  );
}
// Data a page fetches as soon as its script runs: the child timeline needs data.json at once (growth.json only
// when a chart is drawn); the pack builder and the custom pack pages need the guide index at once (one file,
// downloaded once for all three pages).
const dataFiles: { name: string; file: string; budget: number }[] = [
  { name: 'my child data', file: 'my-child/data.json', budget: 25_000 },
  { name: 'growth tables', file: 'my-child/growth.json', budget: 20_000 },
  { name: 'pack guides', file: 'packs/guides.json', budget: 12_000 },
];
for (const { name, file, budget } of dataFiles) {
  const bytes = gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;
  const ok = bytes <= budget;
  if (!ok) over++;
  console.log(`${name.padEnd(15)} ${file.padEnd(40)} ${''.padStart(6)} ${''.padStart(6)} ${''.padStart(6)} ${String(bytes).padStart(7)} ${String(budget).padStart(7)} ${ok ? 'ok' : 'OVER'}`);
}
if (over > 0) {
  console.error(`${over} page type(s) over budget`);
  process.exit(1);
}
