import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/find-chromium.ts';

import { fixturePort, fixtureSiteDir as fixtureDir, sitePort as port } from './tests/support/ports.ts';

const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry: 400 browser tests on two busy cores, and CI runs once. A test that fails twice fails the run; one that
  // passes only on its retry is listed as flaky in the summary, and its race gets fixed (three were this way).
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 } } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    {
      // The built site, as a static host serves it: run `npm run build` first (npm test does).
      // Our own tiny server, so a running `npm start` (astro preview) does not block the tests.
      command: `node_modules/.bin/tsx tests/support/serve-static.ts dist ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same site built from test fixtures (hostile names, real and sample records).
      command: `node_modules/.bin/tsx tests/support/build-fixture-site.ts ${fixtureDir} && node_modules/.bin/tsx tests/support/serve-static.ts ${fixtureDir} ${fixturePort}`,
      url: `http://localhost:${fixturePort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
