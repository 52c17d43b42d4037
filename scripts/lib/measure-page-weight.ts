import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip bytes of what one built page loads before any interaction: HTML, CSS and JS (images excluded). */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** JS modules reachable by static `import` from a module, transitively (dynamic imports load later). */
function staticImports(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1] ?? '';
    const resolved = spec.startsWith('/') ? spec : join(file, '..', spec);
    if (existsSync(join(dist, resolved))) staticImports(dist, resolved, seen);
  }
}

/** Files a module loads later by dynamic import (Vite lists them, with their CSS, in `__vite__mapDeps`); only those whose name matches `only`, when given. */
function lazyDependencies(dist: string, scripts: Set<string>, css: string[], only: RegExp | undefined): void {
  for (const file of [...scripts]) {
    const code = readFileSync(join(dist, file), 'utf8');
    const list = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(code)?.[1] ?? '';
    for (const m of list.matchAll(/"([^"]+)"/g)) {
      const dep = `/${m[1] ?? ''}`;
      if (only && !only.test(dep)) continue;
      if (dep.endsWith('.css')) {
        if (!css.includes(dep)) css.push(dep);
      } else staticImports(dist, dep, scripts);
    }
  }
}

/**
 * Measures the page whose HTML file is `htmlFile` (e.g. `guides/x/index.html`) in the built site folder
 * `dist`. With `lazy`, also what its scripts import later (the map when it scrolls into view); with a pattern,
 * only the later imports whose file name matches it (the growth section, loaded when a child is stored).
 */
export function measurePageWeight(dist: string, htmlFile: string, { lazy = false }: { lazy?: boolean | RegExp | undefined } = {}): PageWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) staticImports(dist, m[1] ?? '', scripts);
  // Inline module scripts may import bundles; island components load their code when they hydrate.
  for (const m of html.matchAll(/import\s*["'](\/_astro\/[^"']+\.js)["']/g)) staticImports(dist, m[1] ?? '', scripts);
  for (const m of html.matchAll(/component-url="([^"]+)"|renderer-url="([^"]+)"/g)) staticImports(dist, m[1] ?? m[2] ?? '', scripts);
  if (lazy) lazyDependencies(dist, scripts, css, lazy instanceof RegExp ? lazy : undefined);
  const cssBytes = css.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  const jsBytes = [...scripts].reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  const htmlBytes = gz(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes, files: [...css, ...scripts] };
}
