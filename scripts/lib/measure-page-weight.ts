import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryScriptsOf, resolveImport, staticImportsOf, walkScripts } from './page-scripts.ts';

/** Gzip bytes of what one built page loads before any interaction: HTML, CSS and JS (images excluded). */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/**
 * Measures the page whose HTML file is `htmlFile` (e.g. `guides/x/index.html`) in the built site folder
 * `dist`. With `lazy`, also what its scripts import later (the map when it scrolls into view); with a pattern,
 * only the later imports whose file name matches it (the growth section, loaded when a child is stored).
 */
export function measurePageWeight(dist: string, htmlFile: string, { lazy = false }: { lazy?: boolean | RegExp | undefined } = {}): PageWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const { urls, inline } = entryScriptsOf(html);
  // Inline module scripts may import bundles; island components load their code when they hydrate.
  const entries = [...urls, ...inline.flatMap((code) => staticImportsOf(code).map((spec) => resolveImport('/', spec)))];
  const followLater = lazy instanceof RegExp ? (path: string) => lazy.test(path) : () => lazy;
  const walked = walkScripts(dist, entries, followLater);
  const css = [...new Set([...[...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ''), ...walked.css])];
  const cssBytes = css.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  const jsBytes = walked.scripts.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  const htmlBytes = gz(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes, files: [...css, ...walked.scripts] };
}
