import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWords, splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it('cuts after each sentence end', () => {
    expect(splitSentences('发烧了。先量体温！别慌？')).toEqual(['发烧了。', '先量体温！', '别慌？']);
  });
  it('keeps closing quotes and following spaces with their sentence', () => {
    expect(splitSentences('医生说：“多喝水。” 然后休息')).toEqual(['医生说：“多喝水。” ', '然后休息']);
  });
  it('keeps repeated marks together', () => {
    expect(splitSentences('真的吗？！好……')).toEqual(['真的吗？！', '好……']);
  });
  it('does not cut at decimal points or commas', () => {
    expect(splitSentences('超过38.5℃，要就医。')).toEqual(['超过38.5℃，要就医。']);
  });
  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
  it('loses no characters: the pieces joined are the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom(...'。！？!?；;…”」） \n字a1')).map((a) => a.join(''))), (text) => {
        const pieces = splitSentences(text);
        expect(pieces.join('')).toBe(text);
        for (const p of pieces) expect(p.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('hasWords', () => {
  it('is false for punctuation and spaces only', () => {
    expect(hasWords(' 。” ')).toBe(false);
    expect(hasWords('好')).toBe(true);
  });
});
