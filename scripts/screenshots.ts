// Screenshots of pages at a phone and a desktop width, normal and 长辈模式, for a person to look at.
// Usage: node scripts/screenshots.ts [--base http://localhost:4321] [--top] /path/ /other/path/ …
// --top captures only the first screenfuls (long pages are unreadable when shrunk).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.ts';

const args = process.argv.slice(2);
const baseIndex = args.indexOf('--base');
const base = baseIndex >= 0 ? (args.splice(baseIndex, 2)[1] ?? '') : 'http://localhost:4321';
const topIndex = args.indexOf('--top');
const topOnly = topIndex >= 0;
if (topOnly) args.splice(topIndex, 1);
const paths = args.length > 0 ? args : ['/'];
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const width of [360, 1280]) {
  for (const large of [false, true]) {
    const context = await browser.newContext({ viewport: { width, height: topOnly ? 1400 : 800 }, locale: 'zh-CN' });
    if (large) await context.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(new URL(path, base).href);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${large ? '-large' : ''}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: !topOnly });
      console.log(`${outDir}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
