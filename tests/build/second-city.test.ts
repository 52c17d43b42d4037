// Proves "any city by configuration": builds the real site with another prefecture's configuration
// (SITE_CONFIG) and a few places and events of its own (CONTENT_ROOT), then reads every page, feed,
// manifest, open-data file and search document of that build for a trace of Huaibei.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeFixtureContent, FIXTURE_EVENTS_ANCHOR } from '../support/compose-fixture-content';

const secondCity = new URL('../fixtures/second-city/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'yuertong-second-city-'));
const root = join(work, 'content');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Huaibei, its districts (names and the ids used in URLs), its area code and its ICP prefix. */
const HUAIBEI_TRACES = /淮北|相山|杜集|烈山|濉溪|huaibei|xiangshan|lieshan|suixi|\bduji\b|皖ICP|0561/i;
const TEXT_FILE = /\.(html|xml|json|geojson|csv|ics|webmanifest|txt|js|svg)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

let status: number | null = null;
let output = '';
beforeAll(() => {
  // The fixture guides, sources and corrections, with the second city's places and events in place of Huaibei's.
  composeFixtureContent(root);
  cpSync(join(secondCity, 'places'), join(root, 'places'), { recursive: true });
  cpSync(join(secondCity, 'events'), join(root, 'events'), { recursive: true });
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', out], {
    env: { ...process.env, CONTENT_ROOT: root, SITE_CONFIG: join(secondCity, 'site.config.json'), EVENTS_ANCHOR_DATE: FIXTURE_EVENTS_ANCHOR, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  status = result.status;
  output = `${result.stdout}\n${result.stderr}`;
}, 300_000);

describe('a second city from configuration', () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('names the second city where the city is named', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('黄山市');
    expect(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')).toContain('黄山市');
    expect(readFileSync(join(out, 'places/centre-tunxi-001/index.html'), 'utf8')).toContain('屯溪新安托育园');
    expect(readFileSync(join(out, 'events/tunxi-parent-class/index.html'), 'utf8')).toContain('家长课堂');
    expect(readFileSync(join(out, 'data/templates/centre.csv'), 'utf8')).toContain('屯溪区');
  });

  it('has no trace of Huaibei in any page, feed, manifest, open-data file or search document', () => {
    const files = walk(out).filter((f) => TEXT_FILE.test(f));
    // Sanity: the kinds of output the promise is about are all there.
    const names = files.map((f) => relative(out, f));
    for (const expected of ['index.html', 'manifest.webmanifest', 'events.ics', 'data/places.geojson', 'data/places.csv', 'sitemap-0.xml', 'search/content.json']) {
      expect(names).toContain(expected);
    }
    const traces = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const match = HUAIBEI_TRACES.exec(text);
      return match ? [`${relative(out, f)}: “${text.slice(Math.max(0, match.index - 40), match.index + 40)}”`] : [];
    });
    expect(traces).toEqual([]);
  });
});
