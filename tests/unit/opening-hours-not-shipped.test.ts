import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The `opening_hours` library reads hours at build time only; the browser gets the compact table and
// the small evaluator (src/lib/places/open-now.ts). Follow every import from the browser's modules.
const root = resolve(import.meta.dirname, '../..');
const browserEntries = readdirSync(join(root, 'src/components'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => join(root, 'src/components', f));

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && p.endsWith('.ts'));
}

function reachable(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    // Type-only imports vanish from the bundle.
    const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2] ?? '');
    seen.set(file, specs);
    for (const spec of specs) if (spec.startsWith('.')) queue.push(...[resolveModule(file, spec)].filter((p): p is string => !!p));
  }
  return seen;
}

describe('opening hours in the browser', () => {
  it('no browser module reaches the opening_hours library or the build-time expander', () => {
    const modules = reachable(browserEntries);
    expect(modules.size).toBeGreaterThan(5);
    expect([...modules.keys()].some((f) => f.endsWith('src/lib/places/open-now.ts'))).toBe(true);
    const offenders = [...modules].filter(([file, specs]) => specs.includes('opening_hours') || file.endsWith('expand-opening-hours.ts')).map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('the built bundle holds none of the library (when a build exists)', () => {
    const dir = join(root, 'dist/_astro');
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/This rule overwrites parts of the previous rule|opening_hours/);
    }
  });
});
