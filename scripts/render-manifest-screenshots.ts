// Screenshots for the richer install sheet (manifest `screenshots`), taken from the built site.
// Usage: npm run build && npm run screenshots:manifest   — then commit public/screenshots/*.png.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.ts';

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const port = 4342;
const server = spawn('node_modules/.bin/tsx', ['tests/support/serve-static.ts', 'dist', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
mkdirSync('public/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, width, height, path] of [
    ['narrow-home', 390, 844, '/'],
    ['narrow-band', 390, 844, '/ages/6-12m/'],
    ['wide-home', 1280, 800, '/'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
    await page.goto(`http://localhost:${port}${path}`);
    await page.screenshot({ path: `public/screenshots/${name}.png` });
    await page.close();
    console.log(`public/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.kill();
}
