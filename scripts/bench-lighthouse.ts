// Lighthouse (mobile settings) on each page type of the built site, several runs, medians printed.
// Usage: npm run build && npm run bench:lighthouse [-- --runs 3]
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.ts';
import { parseArgs } from './lib/parse-args.ts';

const { values } = parseArgs(process.argv.slice(2), { values: ['runs', 'port'], flags: [] });
const runs = Number(values.get('runs') ?? 3);
const port = Number(values.get('port') ?? 4341);
// The two React islands too: they open empty (no child, no draft), as a first visit does.
const pages = ['/', '/guides/newborn-jaundice/', '/places/', '/events/', '/ages/6-12m/', '/my-child/', '/packs/new/'];

const chromePath = findChromium();
if (!chromePath) throw new Error(INSTALL_HINT);
const server = spawn('node_modules/.bin/tsx', ['tests/support/serve-static.ts', 'dist', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
console.log(`Lighthouse ${runs} runs per page, mobile emulation, Chromium ${chromePath}, ${new Date().toISOString()}`);
console.log('page | perf | a11y | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS');
try {
  for (const path of pages) {
    const results: { perf: number; a11y: number; bp: number; seo: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
      try {
        const result = await lighthouse(`http://localhost:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no result for ${path}`);
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        results.push({
          perf: score('performance'),
          a11y: score('accessibility'),
          bp: score('best-practices'),
          seo: score('seo'),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        });
      } finally {
        await chrome.kill();
      }
    }
    const m = (k: keyof (typeof results)[number]) => median(results.map((r) => r[k]));
    console.log(`${path} | ${m('perf')} | ${m('a11y')} | ${m('bp')} | ${m('seo')} | ${Math.round(m('fcp'))} | ${Math.round(m('lcp'))} | ${Math.round(m('tbt'))} | ${m('cls').toFixed(3)}`);
  }
} finally {
  server.kill();
}
