// No built file carries an editor-only note of the source registry (npm test builds dist/ first).
// The loader strips `editorNote` (src/lib/content/source-kinds.ts toPublicSource); this proves it over
// everything shipped: pages, printed booklets, search indexes and documents, the child page's data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dist = 'dist';
const shipped = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? shipped(join(dir, e.name)) : /\.(html|json|xml|txt|ics|csv)$/.test(e.name) ? [join(dir, e.name)] : []));

const registry = parse(readFileSync('src/content/sources/sources.yaml', 'utf8')) as { id: string; editorNote?: string }[];
// Whole notes and their clauses: a leak of part of a note is still a leak. Short clauses could be ordinary words.
const editorTexts = registry.flatMap((s) => (s.editorNote ? [s.editorNote, ...s.editorNote.split(/[；;。]/).map((c) => c.trim())] : [])).filter((c) => [...c].length >= 8);

describe('editor-only source notes', () => {
  it('the registry has some (so this test can fail)', () => {
    expect(editorTexts.length).toBeGreaterThan(50);
  });
  it('appear in no built file', () => {
    expect(existsSync(join(dist, 'index.html')), 'dist/ missing: run npm run build').toBe(true);
    const leaks: string[] = [];
    for (const file of shipped(dist)) {
      const text = readFileSync(file, 'utf8');
      for (const note of editorTexts) if (text.includes(note)) leaks.push(`${file}: ${note}`);
    }
    expect(leaks).toEqual([]);
  });
});
