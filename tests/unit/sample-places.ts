// Sample places for tests: the real generator, small and seeded.
import { readFileSync } from 'node:fs';
import { buildSamplePlaces, type Anchor } from '../../src/lib/places/sample/build-sample-places';
import { siteConfig } from '../../src/site.config';

export const anchors = (JSON.parse(readFileSync(new URL('../../scripts/data/huaibei-anchors.json', import.meta.url), 'utf8')) as { anchors: Anchor[] }).anchors;

export function samplePlaces(seed: number, n = 3) {
  return buildSamplePlaces({ centres: n, rooms: n, clinics: n, seed, asOf: '2026-11-01', anchors, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode });
}
