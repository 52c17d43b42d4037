// Builds the site from the test fixtures (hostile names, a real and a sample centre) for e2e tests
// that must not depend on the shipped sample data. Usage: tsx tests/support/build-fixture-site.ts OUTDIR
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeFixtureContent, FIXTURE_EVENTS_ANCHOR } from './compose-fixture-content';
import { DOUBLE_KEYS } from './meili-double';
import { fixtureSiteDir, meiliDoublePort } from './ports';

const out = resolve(process.argv[2] ?? fixtureSiteDir);
const root = composeFixtureContent(join(mkdtempSync(join(tmpdir(), 'yuertong-fixture-')), 'content'));
rmSync(out, { recursive: true, force: true });
execFileSync('node_modules/.bin/astro', ['build', '--outDir', out], {
  // Sample events are generated around a pinned date so the e2e tests can fix the clock.
  // Built for a Meilisearch server (the double, started by the test that needs it): the other fixture
  // tests then also prove that a site built this way works unchanged.
  env: {
    ...process.env,
    CONTENT_ROOT: root,
    ASTRO_TELEMETRY_DISABLED: '1',
    EVENTS_ANCHOR_DATE: FIXTURE_EVENTS_ANCHOR,
    PUBLIC_MEILI_HOST: `http://127.0.0.1:${meiliDoublePort}`,
    PUBLIC_MEILI_SEARCH_KEY: DOUBLE_KEYS.search,
    PUBLIC_MEILI_INDEX_PREFIX: 'fixture',
  },
  stdio: 'inherit',
});
