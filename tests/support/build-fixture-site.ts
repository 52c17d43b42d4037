// Builds the site from the test fixtures (hostile names, a real and a sample centre) for e2e tests
// that must not depend on the shipped sample data. Usage: tsx tests/support/build-fixture-site.ts OUTDIR
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeFixtureContent } from './compose-fixture-content';

const out = resolve(process.argv[2] ?? 'node_modules/.cache/fixture-site');
const root = composeFixtureContent(join(mkdtempSync(join(tmpdir(), 'yuertong-fixture-')), 'content'));
rmSync(out, { recursive: true, force: true });
execFileSync('node_modules/.bin/astro', ['build', '--outDir', out], {
  env: { ...process.env, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'inherit',
});
