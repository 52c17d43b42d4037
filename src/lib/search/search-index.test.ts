import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSearchBundle, loadSearchBundle, searchBundle, type SearchDoc } from './search-index';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('makes Chinese bigrams, Latin and digit words, and folds width and case', () => {
    expect(tokenize('母婴室')).toEqual(['母婴', '婴室']);
    expect(tokenize('托')).toEqual(['托']);
    expect(tokenize('６月龄 FuShi')).toEqual(['6', '月龄', 'fushi']);
    expect(tokenize('foo: ~托育^ * - "')).toEqual(['foo', '托育']);
    expect(tokenize('')).toEqual([]);
  });
  it('is the same function on both sides: a saved and reloaded index returns the same results', () => {
    const docs: SearchDoc[] = [
      { id: 'a', kind: 'guide', title: '添加辅食', url: '/a/', summary: '', text: '6月龄 开始' },
      { id: 'b', kind: 'guide', title: '安全睡眠', url: '/b/', summary: '', text: '仰睡' },
    ];
    const bundle = JSON.parse(JSON.stringify(buildSearchBundle(docs)));
    expect(searchBundle(loadSearchBundle(bundle), '辅食').map((h) => h.doc.id)).toEqual(['a']);
    expect(searchBundle(loadSearchBundle(buildSearchBundle(docs)), '睡眠 仰睡').map((h) => h.doc.id)).toEqual(['b']);
  });
});

// The real guides, as the build indexes them.
const guideDir = new URL('../../content/guides/', import.meta.url);
const guides: SearchDoc[] = readdirSync(guideDir).map((f) => {
  const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(new URL(f, guideDir), 'utf8'))?.[1] ?? '') as { title: string; summary: string };
  return { id: f, kind: 'guide', title: front.title, url: `/guides/${f}/`, summary: front.summary, text: front.summary };
});
const loaded = loadSearchBundle(buildSearchBundle(guides));

describe('searching the real guides', () => {
  it('finds every guide by its own title in the top 3', () => {
    for (const g of guides) {
      const top = searchBundle(loaded, g.title).slice(0, 3).map((h) => h.doc.id);
      expect(top, g.title).toContain(g.id);
    }
  });
  it('never throws and never returns everything, whatever people type', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const hits = searchBundle(loaded, q);
        expect(hits.length).toBeLessThan(guides.length);
      }),
      { numRuns: 300 },
    );
    for (const q of ['*', 'foo:', '~', '^', '-', '""', '😀', 'x'.repeat(10_000)]) expect(searchBundle(loaded, q).length).toBeLessThan(guides.length);
  });
});
