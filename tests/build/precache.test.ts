// What the service worker precaches, read from the built dist/sw.js (npm test builds first).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sw = existsSync('dist/sw.js') ? readFileSync('dist/sw.js', 'utf8') : '';
const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);

describe('the precache', () => {
  it('exists: npm test builds the site first', () => {
    expect(sw, 'dist/sw.js missing: run npm run build').not.toBe('');
  });
  it('holds the shell, the offline page, every band hub and guide, and the lists', () => {
    for (const url of ['index.html', 'offline/index.html', 'guides/index.html', 'myths/index.html', 'places/index.html', 'events/index.html', 'search/index.html', 'search/content.json', 'manifest.webmanifest']) {
      expect(urls, url).toContain(url);
    }
    for (const band of ['pregnancy', '0-6m', '6-12m', '1-2y', '2-3y', '3-6y']) expect(urls).toContain(`ages/${band}/index.html`);
    expect(urls.filter((u) => /^guides\/[^/]+\/index\.html$/.test(u ?? '')).length).toBeGreaterThanOrEqual(60);
  });
  it('holds the child timeline, its script and data, and the privacy page (the timeline works offline)', () => {
    for (const url of ['my-child/index.html', 'my-child/data.json', 'my-child/growth.json', 'privacy/index.html']) expect(urls, url).toContain(url);
    const html = readFileSync('dist/my-child/index.html', 'utf8');
    const scripts = [...html.matchAll(/src="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(urls, script).toContain(script);
  });
  it('holds the custom pack page, the pack builder and the guide index they fetch (both open offline)', () => {
    for (const url of ['packs/custom/index.html', 'packs/new/index.html', 'packs/guides.json']) expect(urls, url).toContain(url);
  });
  it('holds the React islands’ components and renderer (my child and the pack builder work offline)', () => {
    for (const page of ['my-child/index.html', 'packs/new/index.html']) {
      const html = readFileSync(`dist/${page}`, 'utf8');
      const island = [...html.matchAll(/(?:component|renderer)-url="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
      expect(island.length, page).toBe(2);
      for (const script of island) expect(urls, `${page}: ${script}`).toContain(script);
    }
  });
  it('never holds the worker itself, source maps, door signs or every place page', () => {
    expect(urls.some((u) => u === 'sw.js' || u?.endsWith('.map'))).toBe(false);
    expect(urls.some((u) => u?.includes('/sign/'))).toBe(false);
    // The list page and the compact finder data, never the pages of single places.
    expect(urls.filter((u) => u?.startsWith('places/') && !u.startsWith('places/data/')).sort()).toEqual(['places/compare/index.html', 'places/index.html']);
  });
});
