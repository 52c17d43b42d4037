// Generates reproducible SAMPLE centres, rooms and clinics for the demo site or for benchmarks.
// Usage: npm run data:sample -- [--centres N] [--rooms N] [--clinics N] [--seed S] [--as-of YYYY-MM-DD] [--out DIR] [--anchors FILE]
// --anchors: another city's town centres ({ anchors: [...] }, as in scripts/data/huaibei-anchors.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSamplePlaces, type Anchor } from '../src/lib/places/sample/build-sample-places';
import { siteConfig } from '../src/site.config';
import { parseArgs } from './lib/parse-args';
import { writeFileAtomic } from './lib/write-file-atomic';

const { values } = parseArgs(process.argv.slice(2), { values: ['centres', 'rooms', 'clinics', 'seed', 'as-of', 'out', 'anchors'], flags: [] });
const count = (name: string, fallback: number) => {
  const n = Number(values.get(name) ?? fallback);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new Error(`--${name} 应为 0 到 1000000 之间的整数`);
  return n;
};
const anchorsFile = values.get('anchors') ?? new URL('./data/huaibei-anchors.json', import.meta.url);
const anchors = (JSON.parse(readFileSync(anchorsFile, 'utf8')) as { anchors: Anchor[] }).anchors;
const out = values.get('out') ?? 'src/content/places';

const started = performance.now();
const places = buildSamplePlaces({
  centres: count('centres', 150),
  rooms: count('rooms', 180),
  clinics: count('clinics', 45),
  seed: count('seed', 2026),
  asOf: values.get('as-of') ?? '2026-11-01',
  anchors,
  districts: siteConfig.districts,
  phoneAreaCode: siteConfig.phoneAreaCode,
});
for (const kind of ['centres', 'rooms', 'clinics'] as const) {
  writeFileAtomic(join(out, `${kind}.json`), `${JSON.stringify(places[kind], null, 1)}\n`);
}
console.log(
  `示例数据 sample data → ${out}: ${places.centres.length} centres, ${places.rooms.length} rooms, ${places.clinics.length} clinics (${Math.round(performance.now() - started)} ms)`,
);
