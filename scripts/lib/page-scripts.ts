// What a built page's scripts are and what they import: one reading of Astro's and Vite's output, shared by the page
// budgets (measure-page-weight.ts) and the test that keeps React off the reading pages.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Script URLs a page's HTML loads at once (module scripts, modulepreload links, island components, renderers and hooks), and its inline module code. */
export function entryScriptsOf(html: string): { urls: string[]; inline: string[] } {
  const urls = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="modulepreload"/g)].map((m) => m[1] ?? m[2] ?? ''),
    ...[...html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return { urls: urls.filter((u) => u.endsWith('.js')), inline };
}

/** Modules `code` imports at once (`import … from`, `export … from`, bare `import "…"`). */
export function staticImportsOf(code: string): string[] {
  return [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1] ?? '');
}

/** What `code` may load later: dynamic `import()` and Vite's preload list (`__vite__mapDeps`, site paths, with their CSS). */
export function lazyImportsOf(code: string): string[] {
  return [
    ...[...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1] ?? ''),
    ...[...code.matchAll(/__vite__mapDeps=[^[]*\[([^\]]*)\]/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/"([^"]+\.(?:js|css))"/g)].map((d) => `/${d[1] ?? ''}`)),
  ];
}

/** Resolves an import specifier seen in the module at site path `from` (e.g. /_astro/x.js) to a site path. */
export function resolveImport(from: string, spec: string): string {
  return spec.startsWith('/') ? spec : join(dirname(from), spec);
}

/**
 * Site paths of the scripts reachable from `entries` in the built site `dist`: by static imports, and by the later ones
 * that `followLater` accepts (none by default). CSS named by a later import is returned apart. Missing files are skipped.
 */
export function walkScripts(dist: string, entries: readonly string[], followLater: (path: string) => boolean = () => false): { scripts: string[]; css: string[] } {
  const seen = new Set<string>();
  const css = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (seen.has(url) || !existsSync(join(dist, url))) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    queue.push(...staticImportsOf(code).map((spec) => resolveImport(url, spec)));
    for (const later of lazyImportsOf(code).map((spec) => resolveImport(url, spec))) {
      if (!followLater(later)) continue;
      if (later.endsWith('.css')) css.add(later);
      else queue.push(later);
    }
  }
  return { scripts: [...seen], css: [...css] };
}
