// scripts/size.ts counts what a page loads before any interaction; a React island's runtime must be in it
// (issue #17 item 9: /my-child/ ≤ 110 KB, the pack builder ≤ 100 KB, React included).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePageWeight } from '../../scripts/lib/measure-page-weight';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('measurePageWeight', () => {
  it("counts an island's component, its renderer and the React chunks they import", () => {
    const dist = site({
      'index.html': '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>',
      '_astro/Island.js': 'import{j}from"./jsx-runtime.js";import{r}from"./react.js";export default ()=>j(r);',
      '_astro/client.js': 'import{r}from"./react.js";export default r;',
      '_astro/jsx-runtime.js': 'export const j=1;',
      '_astro/react.js': 'export const r=Symbol.for("react.element");',
      '_astro/lazy.js': 'export const never=1;',
    });
    const weight = measurePageWeight(dist, 'index.html');
    expect(weight.files.sort()).toEqual(['/_astro/Island.js', '/_astro/client.js', '/_astro/jsx-runtime.js', '/_astro/react.js']);
    expect(weight.js).toBeGreaterThan(0);
  });

  it('leaves out what a script imports only later, unless asked', () => {
    const dist = site({
      'index.html': '<script type="module" src="/_astro/a.js"></script>',
      '_astro/a.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/b.js"])))=>i.map(i=>d[i]);import("./b.js");',
      '_astro/b.js': 'export const b=1;',
    });
    expect(measurePageWeight(dist, 'index.html').files).toEqual(['/_astro/a.js']);
    expect(measurePageWeight(dist, 'index.html', { lazy: true }).files.sort()).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  it('with a pattern, counts only the later imports it names', () => {
    const dist = site({
      'index.html': '<script type="module" src="/_astro/a.js"></script>',
      '_astro/a.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/Growth.x1.js","_astro/ics.x2.js"])))=>i.map(i=>d[i]);',
      '_astro/Growth.x1.js': 'import{c}from"./chart.js";export const g=c;',
      '_astro/chart.js': 'export const c=1;',
      '_astro/ics.x2.js': 'export const i=1;',
    });
    expect(measurePageWeight(dist, 'index.html', { lazy: /\/Growth\.\w+\.js$/ }).files.sort()).toEqual(['/_astro/Growth.x1.js', '/_astro/a.js', '/_astro/chart.js']);
  });
});
