// The shipped correction log against its schema and the real content (the build checks the same).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCorrectionProblems } from '../../src/lib/content/find-correction-problems';
import { CorrectionSchema } from '../../src/schemas/correction';
import { SourceSchema } from '../../src/schemas/source';
import { readYaml } from './load-content';

const entries = (readYaml('src/content/corrections/corrections.yaml') as unknown[]).map((e) => CorrectionSchema.parse(e));
const names = (dir: string, ext: string) => new Set(readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)));

describe('the correction log', () => {
  it('names only guides, myth cards, packs and sources the site has', () => {
    const known = { guides: names('src/content/guides', '.md'), myths: names('src/content/myths', '.yaml'), packs: names('src/content/packs', '.yaml') };
    expect(findCorrectionProblems(entries, known)).toEqual([]);
    const sources = new Set((readYaml('src/content/sources/sources.yaml') as unknown[]).map((s) => SourceSchema.parse(s).id));
    expect(entries.flatMap((e) => e.sources).filter((id) => !sources.has(id))).toEqual([]);
  });
  it('records the corrections of issue 15 (drowning first aid first among them)', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(entries.find((e) => e.id === '2026-12-03-drowning-first-aid')?.guides).toEqual(['drowning-and-water-safety']);
  });
});

describe('CorrectionSchema', () => {
  const entry = { id: '2026-12-03-x', date: '2026-12-03', title: '测试更正', what: '测试用：改正了示例里的一句话。', why: '测试用：原来的说法不够准确。', sources: ['g1'] };
  it('needs a basis: sources, or basis in words', () => {
    expect(CorrectionSchema.safeParse(entry).success).toBe(true);
    expect(CorrectionSchema.safeParse({ ...entry, sources: [] }).success).toBe(false);
    expect(CorrectionSchema.safeParse({ ...entry, sources: [], basis: '本站的审核规则。' }).success).toBe(true);
  });
  it('refuses an id that is not kebab-case and a field it does not know', () => {
    expect(CorrectionSchema.safeParse({ ...entry, id: '2026 12 03' }).success).toBe(false);
    expect(CorrectionSchema.safeParse({ ...entry, slug: 'x' }).success).toBe(false);
  });
});
