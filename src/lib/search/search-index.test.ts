import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareHits } from './search-backend';
import { buildSearchBundle, loadSearchBundle, searchBundle, type SearchDoc } from './search-index';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { pinyin } from 'pinyin-pro';
import { foldTraditional, parseOpenccCharacters, pickFoldPairs, toFoldMap } from './fold-traditional';
import { applySynonyms } from './synonyms';
import { tokenize, toPinyinKeys } from './tokenize';

const openccTable = parseOpenccCharacters(tsCharacters);
const syllables = (han: string) => pinyin(han, { toneType: 'none', type: 'array', v: true });

describe('tokenize', () => {
  it('makes Chinese bigrams, Latin and digit words, and folds width and case', () => {
    expect(tokenize('母婴室')).toEqual(['母婴', '婴室']);
    expect(tokenize('托')).toEqual(['托']);
    expect(tokenize('６月龄 FuShi')).toEqual(['6', '月龄', 'fushi']);
    expect(tokenize('foo: ~托育^ * - "')).toEqual(['foo', '托育']);
    expect(tokenize('')).toEqual([]);
  });
  it('folds Traditional characters with the shipped table, and synonyms to one form', () => {
    const pairs = pickFoldPairs(openccTable, '宝宝睡眠发热');
    const fold = toFoldMap(pairs);
    expect(foldTraditional('寶寶睡眠', fold)).toBe('宝宝睡眠');
    expect(pairs.length).toBeLessThan(20); // only the characters the index holds travel
    expect(tokenize('寶寶發燒', toFoldMap(pickFoldPairs(openccTable, '宝宝发烧')))).toEqual(tokenize('宝宝发热'));
    expect(applySynonyms('孩子拉肚子了，找哺乳室')).toBe('宝宝腹泻了，找母婴室');
    // Question words say nothing about the subject: 总是 and 怎么办 are cut out, and no pair spans them.
    expect(tokenize('宝宝晚上总是醒怎么办')).toEqual(['宝宝', '宝晚', '晚上', '醒']);
  });
  it('build-side and browser-side tokens are identical (the table survives JSON; any text)', () => {
    const text = '寶寶發燒、夜醒，托兒所在相山區嗎？';
    const buildMap = toFoldMap(pickFoldPairs(openccTable, foldTraditional(text, openccTable)));
    const shipped = toFoldMap(JSON.parse(JSON.stringify(pickFoldPairs(openccTable, foldTraditional(text, openccTable)))) as string);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (extra) => {
        expect(tokenize(text + extra, shipped)).toEqual(tokenize(text + extra, buildMap));
      }),
    );
    expect(tokenize(text, shipped)).toContain('托育');
  });
  it('makes pinyin keys: whole, initials and bigrams', () => {
    expect(toPinyinKeys('相山区', syllables).split(' ')).toEqual(['xiangshanqu', 'xsq']);
    expect(toPinyinKeys('添加辅食', syllables, { bigrams: true }).split(' ')).toEqual(['tianjiafushi', 'tjfs', 'jiafu', 'fushi']);
    expect(toPinyinKeys('no chinese', syllables)).toBe('');
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
  it('a one-character typo still finds the guide (黄担 → 黄疸), ranked below any real match', () => {
    const hits = searchBundle(loaded, '黄担');
    expect(hits.slice(0, 3).map((h) => h.doc.title).join()).toContain('黄疸');
    expect(Math.max(...hits.map((h) => h.share))).toBeLessThan(0.5);
  });
  it('a lone character in a query matches the pairs that hold it (醒 → 夜醒)', () => {
    const docs: SearchDoc[] = [
      { id: 'night', kind: 'guide', title: '夜醒多', url: '/n/', summary: '', text: '' },
      { id: 'other', kind: 'guide', title: '辅食', url: '/o/', summary: '', text: '' },
    ];
    expect(searchBundle(loadSearchBundle(buildSearchBundle(docs)), '总是醒').map((h) => h.doc.id)).toEqual(['night']);
  });
  it('merged results put more of the query matched first, whatever the index scores', () => {
    const doc = { id: 'x', kind: 'guide' as const, title: '', url: '', summary: '' };
    const sorted = [{ doc, score: 9, share: 0.5 }, { doc, score: 1, share: 1 }].sort(compareHits);
    expect(sorted.map((h) => h.share)).toEqual([1, 0.5]);
    // At the same share, guidance before places before events, whatever the scores.
    const tie = (['event', 'place', 'guide'] as const).map((kind, i) => ({ doc: { ...doc, kind }, score: 10 - i, share: 1 }));
    expect([...tie].sort(compareHits).map((h) => h.doc.kind)).toEqual(['guide', 'place', 'event']);
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
