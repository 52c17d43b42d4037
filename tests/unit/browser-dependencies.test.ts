// Every library that ends up in a browser bundle is a runtime `dependency`, so `npm run audit`
// (which omits devDependencies) covers what families download. Found by following imports from
// each browser entry: page scripts in .astro files, the client modules beside them, the worker.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

/** The code of the browser-side part of a file: an .astro file's <script> blocks, or the whole module. */
function browserCode(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
}

/** Bare package names and local modules reached from the entries, through relative imports (type-only imports skipped). */
function reachedFrom(entries: string[]): { packages: Map<string, string>; modules: Set<string> } {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of browserCode(file).matchAll(IMPORT)) {
      if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (spec.startsWith('.')) {
        const local = resolveLocal(file, spec);
        if (local && /\.(ts|tsx)$/.test(local)) queue.push(local);
      } else if (!spec.startsWith('astro:') && !spec.startsWith('node:') && spec !== 'astro') {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
        if (!found.has(name)) found.set(name, file);
      }
    }
  }
  return { packages: found, modules: seen };
}

describe('libraries in browser bundles', () => {
  const entries = [...filesUnder('src/components', /\.(astro|ts|tsx)$/), ...filesUnder('src/layouts', /\.astro$/), ...filesUnder('src/pages', /\.astro$/), 'src/sw/sw.ts'];
  const { packages: reached, modules } = reachedFrom(entries);

  it('finds the ones we know ship (the walk works)', () => {
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['leaflet', 'lunr', 'workbox-precaching', 'workbox-window']));
  });

  it('are all runtime dependencies', () => {
    const missing = [...reached].filter(([name]) => !(name in (pkg.dependencies ?? {}))).map(([name, via]) => `${name} (via ${via})`);
    expect(missing, 'move these to "dependencies" so npm run audit covers them').toEqual([]);
  });

  // The `opening_hours` library reads hours at build time only; the browser gets the compact table and
  // the small evaluator (src/lib/places/open-now.ts).
  it('never include the opening_hours library or the build-time hours expander', () => {
    expect([...modules].some((f) => f.endsWith('src/lib/places/open-now.ts')), 'the walk reaches the evaluator').toBe(true);
    expect(reached.has('opening_hours')).toBe(false);
    expect([...modules].filter((f) => f.endsWith('expand-opening-hours.ts'))).toEqual([]);
  });

  it('the built bundle holds none of opening_hours (when a build exists)', () => {
    const dir = 'dist/_astro';
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/This rule overwrites parts of the previous rule|opening_hours/);
    }
  });
});
