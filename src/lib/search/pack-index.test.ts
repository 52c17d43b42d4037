import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { packLunrIndex, unpackLunrIndex, type LunrIndexJson } from './pack-index';

/** A lunr index over word lists, with references as positions (as search-index.ts builds them). */
const buildIndex = (docs: readonly { title: string[]; text: string[] }[]) =>
  lunr(function () {
    this.tokenizer = ((value: unknown) => String(value ?? '').split(' ').filter(Boolean).map((t) => new lunr.Token(t, {}))) as unknown as typeof lunr.tokenizer;
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('ref');
    this.field('title', { boost: 10 });
    this.field('text');
    docs.forEach((d, ref) => this.add({ ref: String(ref), title: d.title.join(' '), text: d.text.join(' ') }));
  });

const boosts = { title: 10, text: 1 };
const tokensOf = (docs: readonly { title: string[]; text: string[] }[]) => (field: string, ref: number) => docs[ref]?.[field as 'title' | 'text'] ?? [];

const word = fc.constantFrom('宝宝', '辅食', '睡眠', '黄疸', 'xsq', 'fushi', '6', '月龄', '母婴', '婴室');
const doc = fc.record({ title: fc.array(word, { maxLength: 4 }), text: fc.array(word, { maxLength: 8 }) });

describe('packLunrIndex / unpackLunrIndex', () => {
  it('round-trip: the unpacked index gives the same results and scores as lunr’s own JSON', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 3 }), (docs, query) => {
        const index = buildIndex(docs);
        const json = index.toJSON() as unknown as LunrIndexJson;
        const packed = JSON.parse(JSON.stringify(packLunrIndex(json, docs.length, { tokensOf: tokensOf(docs), boosts })));
        const run = (i: lunr.Index) => i.query((q) => q.term(query, { usePipeline: false })).map((r) => [r.ref, r.score.toFixed(6)]);
        expect(run(lunr.Index.load(unpackLunrIndex(packed)))).toEqual(run(lunr.Index.load(json)));
      }),
      { numRuns: 200 },
    );
  });
  it('is smaller than lunr’s JSON', () => {
    const docs = Array.from({ length: 200 }, (_, i) => ({ title: [`t${i}`, '宝宝'], text: ['辅食', `w${i % 17}`, `v${i % 5}`] }));
    const json = buildIndex(docs).toJSON() as unknown as LunrIndexJson;
    expect(JSON.stringify(packLunrIndex(json, docs.length, { tokensOf: tokensOf(docs), boosts })).length).toBeLessThan(JSON.stringify(json).length / 2);
  });
  it('refuses to pack when the term frequencies it is given would not give back lunr’s scores', () => {
    const docs = [{ title: ['宝宝', '辅食'], text: ['睡眠'] }, { title: ['宝宝'], text: [] }];
    const json = buildIndex(docs).toJSON() as unknown as LunrIndexJson;
    expect(() => packLunrIndex(json, 2, { tokensOf: () => ['宝宝'], boosts })).toThrow(/scores of title\/0 differ/);
    expect(() => packLunrIndex(json, 2, { tokensOf: tokensOf(docs), boosts: { title: 1 } })).toThrow(/differ/);
  });
  it('refuses references that are not positions, and formats it does not know', () => {
    const json = lunr(function () {
      this.ref('id');
      this.field('title');
      this.add({ id: 'g:a', title: 'x' });
    }).toJSON() as unknown as LunrIndexJson;
    expect(() => packLunrIndex(json, 1, { tokensOf: () => ['x'], boosts: {} })).toThrow(/reference "g:a"/);
    expect(() => unpackLunrIndex({ v: 2 } as never)).toThrow(/unknown format 2/);
  });
});
