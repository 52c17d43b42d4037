// Issue #17 item 9: React is for the rich islands (/my-child/, the pack builder). Guides, band hubs, places
// and events are read on slow phones by people who never open those: the React runtime must never load
// there, not even later through a lazy import. Reads the built dist/ (npm test builds first).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryScriptsOf, lazyImportsOf, resolveImport, staticImportsOf, walkScripts } from '../../scripts/lib/page-scripts';

/** Text only the React runtime (react / react-dom, production or development builds) carries. */
const REACT_MARKER = /__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS|__SECRET_INTERNALS_DO_NOT_USE|Symbol\.for\(\s*["'`]react\.(?:transitional\.)?element["'`]\s*\)/;

/** Which of the scripts a built page can ever load hold the React runtime. */
function reactChunksLoadedBy(dist: string, htmlFile: string): { react: string[] } {
  const { urls, inline } = entryScriptsOf(readFileSync(join(dist, htmlFile), 'utf8'));
  const entries = [...urls, ...inline.flatMap((code) => [...staticImportsOf(code), ...lazyImportsOf(code)].map((spec) => resolveImport('/', spec)))].filter((url) => url.endsWith('.js'));
  // Everything, later imports too: React must not arrive even on a tap.
  const { scripts } = walkScripts(dist, entries, () => true);
  const react = scripts.filter((url) => REACT_MARKER.test(readFileSync(join(dist, url), 'utf8')));
  if (inline.some((code) => REACT_MARKER.test(code))) react.push(`${htmlFile} (inline)`);
  return { react };
}

const dist = 'dist';
const built = existsSync(join(dist, 'index.html'));
const pagesUnder = (dir: string) =>
  existsSync(join(dist, dir))
    ? readdirSync(join(dist, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dist, dir, d.name, 'index.html')))
        .map((d) => `${dir}/${d.name}/index.html`)
    : [];

describe('React stays off the reading pages', () => {
  it('exists: npm test builds the site first', () => {
    expect(built, 'dist/ missing: run npm run build').toBe(true);
  });

  it('the marker finds React in the built runtime (so a leak would be seen)', () => {
    const chunks = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
    expect(chunks.filter((f) => REACT_MARKER.test(readFileSync(join(dist, '_astro', f), 'utf8'))).length).toBeGreaterThan(0);
  });

  it('no guide, band hub, places, place, events or event page loads the React runtime', () => {
    const places = pagesUnder('places').filter((f) => !/^places\/(compare|data)\//.test(f));
    const pages = [
      ...pagesUnder('guides'),
      ...pagesUnder('ages'),
      'places/index.html',
      ...places,
      'events/index.html',
      ...pagesUnder('events'),
    ];
    expect(pages.length).toBeGreaterThan(60 + 6 + 2);
    const leaks = pages.map((page) => ({ page, react: reactChunksLoadedBy(dist, page).react })).filter((p) => p.react.length > 0);
    expect(leaks).toEqual([]);
  });

  it('the walk catches React reached through a modulepreload link or a lazy import (fixture)', () => {
    const site = mkdtempSync(join(tmpdir(), 'no-react-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    };
    write('_astro/react.js', 'var e=Symbol.for("react.element");export{e};');
    write('_astro/island.js', 'import{e}from"./react.js";console.log(e);');
    write('_astro/lazy.js', 'document.body.onclick=()=>import(`./island.js`);');
    write('_astro/plain.js', 'console.log(1);');
    write('a/index.html', '<script type="module" src="/_astro/lazy.js"></script>');
    write('b/index.html', '<link rel="modulepreload" href="/_astro/island.js"><script type="module" src="/_astro/plain.js"></script>');
    write('c/index.html', '<script type="module">import "/_astro/island.js";</script>');
    write('d/index.html', '<script type="module" src="/_astro/plain.js"></script>');
    expect(reactChunksLoadedBy(site, 'a/index.html').react).toEqual(['/_astro/react.js']);
    expect(reactChunksLoadedBy(site, 'b/index.html').react).toEqual(['/_astro/react.js']);
    expect(reactChunksLoadedBy(site, 'c/index.html').react).toEqual(['/_astro/react.js']);
    expect(reactChunksLoadedBy(site, 'd/index.html').react).toEqual([]);
  });
});
