// Benchmarks that print figures; record them in docs/benchmarks.md. Not part of `npm test`.
// Usage: npm run bench [-- --quick]   (--quick skips the 10k-place build)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toPlacesCsv, toPlacesGeoJson } from '../src/lib/places/build-open-data';
import { buildSamplePlaces, type Anchor } from '../src/lib/places/sample/build-sample-places';
import { CentreRecordSchema, ClinicRecordSchema, RoomRecordSchema, type Place } from '../src/schemas/place';
import { siteConfig } from '../src/site.config';

const quick = process.argv.includes('--quick');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`date: ${new Date().toISOString()}\n`);

// 1. The shipped site.
const site = timed(() => execFileSync('node_modules/.bin/astro', ['build'], { env, stdio: 'ignore' }));
const dist = folderSize('dist');
console.log(`## sample site (375 places, ${readdirSync('src/content/guides').length} guides)`);
console.log(`astro build: ${seconds(site.ms)}; dist: ${dist.files} files, ${mib(dist.bytes)}\n`);
execFileSync('node_modules/.bin/tsx', ['scripts/size.ts'], { stdio: 'inherit' });

// 2. Build time and output size with more places.
const anchors = (JSON.parse(readFileSync('scripts/data/huaibei-anchors.json', 'utf8')) as { anchors: Anchor[] }).anchors;
const generate = (n: number) =>
  buildSamplePlaces({ centres: Math.round(n * 0.4), rooms: Math.round(n * 0.5), clinics: Math.round(n * 0.1), seed: 1, asOf: '2026-11-01', anchors, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode });

console.log('\n## places: build time and output size');
console.log('places  | astro build | pages (files) | dist size');
for (const n of quick ? [1_000] : [1_000, 10_000]) {
  const root = mkdtempSync(join(tmpdir(), `yuertong-bench-${n}-`));
  cpSync('src/content', join(root, 'content'), { recursive: true });
  const places = generate(n);
  // The generator's own output, as `npm run data:sample -- --out` writes it.
  for (const kind of ['centres', 'rooms', 'clinics'] as const) writeFileSync(join(root, 'content/places', `${kind}.json`), JSON.stringify(places[kind]));
  const build = timed(() => execFileSync('node_modules/.bin/astro', ['build', '--outDir', join(root, 'dist')], { env: { ...env, CONTENT_ROOT: join(root, 'content') }, stdio: 'ignore' }));
  const size = folderSize(join(root, 'dist'));
  console.log(`${String(n).padStart(7)} | ${seconds(build.ms).padStart(11)} | ${String(size.files).padStart(13)} | ${mib(size.bytes)}`);
  rmSync(root, { recursive: true, force: true });
}

// 3. Open data at province scale.
console.log('\n## open data at 100,000 places');
const big = timed(() => generate(100_000));
const parsed: Place[] = [
  ...big.result.centres.map((p) => CentreRecordSchema.parse(p)),
  ...big.result.rooms.map((p) => RoomRecordSchema.parse(p)),
  ...big.result.clinics.map((p) => ClinicRecordSchema.parse(p)),
];
const geo = timed(() => JSON.stringify(toPlacesGeoJson(parsed, siteConfig.siteUrl)));
const csv = timed(() => toPlacesCsv(parsed, siteConfig.siteUrl));
console.log(`generate 100k sample places: ${seconds(big.ms)}`);
console.log(`places.geojson: ${mib(Buffer.byteLength(geo.result))} raw, ${mib(gzipSync(geo.result).length)} gzip, written in ${seconds(geo.ms)}`);
console.log(`places.csv: ${mib(Buffer.byteLength(csv.result))} raw, ${mib(gzipSync(csv.result).length)} gzip, written in ${seconds(csv.ms)}`);
console.log(`per place: GeoJSON ${kb(gzipSync(geo.result).length / 100)} gzip per 100 places`);

