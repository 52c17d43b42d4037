import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight-ranges';
import { tokenize } from './tokenize';

const marked = (text: string, q: string) => highlightRanges(text, tokenize(q)).map(([s, e]) => text.slice(s, e));

describe('highlightRanges', () => {
  it('marks the query’s pairs in the text, merging neighbours', () => {
    expect(marked('添加辅食的信号', '辅食')).toEqual(['辅食']);
    expect(marked('相山区母婴室', '相山 母婴室')).toEqual(['相山', '母婴室']);
    expect(marked('6月龄开始添加辅食', '6月龄')).toEqual(['6月龄']);
  });
  it('reads the text as the index does: width, case and synonyms', () => {
    expect(marked('宝宝发烧了', '发热')).toEqual(['发烧']);
    expect(marked('婴儿睡眠', '宝宝睡眠')).toEqual(['婴儿睡眠']);
    expect(marked('补充维生素Ｄ', '维生素d')).toEqual(['维生素Ｄ']);
  });
  it('marks nothing for pinyin or for words that are not there', () => {
    expect(marked('相山区', 'xsq')).toEqual([]);
    expect(marked('辅食', '睡眠')).toEqual([]);
  });
  it('always returns ordered, disjoint ranges inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 20 }), (text, q) => {
        const ranges = highlightRanges(text, tokenize(q));
        let end = 0;
        for (const [s, e] of ranges) {
          expect(s).toBeGreaterThanOrEqual(end);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          end = e;
        }
      }),
      { numRuns: 500 },
    );
  });
});
