import { describe, expect, it } from 'vitest';
import { entryScriptsOf, lazyImportsOf, resolveImport, staticImportsOf } from '../../scripts/lib/page-scripts';

describe('entryScriptsOf', () => {
  it('finds module scripts, modulepreload links (either attribute order), island urls and inline code', () => {
    const html = [
      '<script type="module" src="/_astro/a.js"></script>',
      '<link rel="modulepreload" href="/_astro/b.js"><link href="/_astro/c.js" rel="modulepreload">',
      '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js" before-hydration-url="/_astro/hook.js"></astro-island>',
      '<script type="module">import "/_astro/d.js";</script>',
      '<link rel="stylesheet" href="/_astro/x.css">',
    ].join('');
    const { urls, inline } = entryScriptsOf(html);
    expect(urls.sort()).toEqual(['/_astro/Island.js', '/_astro/a.js', '/_astro/b.js', '/_astro/c.js', '/_astro/client.js', '/_astro/hook.js']);
    expect(inline).toEqual(['import "/_astro/d.js";']);
  });
});

describe('imports', () => {
  it('tells static imports from later ones', () => {
    const code = 'import{a}from"./a.js";export{b}from"./b.js";import"./c.js";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/L.js","_astro/L.css"])))=>i.map(i=>d[i]);()=>import("./L.js")';
    expect(staticImportsOf(code)).toEqual(['./a.js', './b.js', './c.js']);
    expect(lazyImportsOf(code)).toEqual(['./L.js', '/_astro/L.js', '/_astro/L.css']);
  });

  it('resolves relative specifiers against the importing module, site paths as they are', () => {
    expect(resolveImport('/_astro/x.js', './y.js')).toBe('/_astro/y.js');
    expect(resolveImport('/_astro/x.js', '/other/z.js')).toBe('/other/z.js');
  });
});
