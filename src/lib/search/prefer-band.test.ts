import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from './search-backend';
import { preferBand } from './prefer-band';

const hit = (id: string, score: number, bands: string[] = [], kind: SearchHit['doc']['kind'] = 'guide', share = 1): SearchHit => ({
  doc: { id, kind, title: id, url: `/${id}/`, summary: '', bands },
  score,
  share,
});

describe('preferBand', () => {
  it("moves the child's band first only among equal results", () => {
    const hits = [hit('a', 5, ['0-6m']), hit('b', 3, ['1-2y']), hit('c', 3, ['6-12m']), hit('d', 3, ['6-12m', '1-2y']), hit('e', 1, ['6-12m'])];
    expect(preferBand(hits, '6-12m').map((h) => h.doc.id)).toEqual(['a', 'c', 'd', 'b', 'e']);
  });
  it('changes nothing without a band', () => {
    const hits = [hit('a', 3, ['1-2y']), hit('b', 3, ['6-12m'])];
    expect(preferBand(hits, undefined)).toEqual(hits);
  });
  it('never drops, duplicates or reorders across different scores (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 3 }), band: fc.constantFrom('0-6m', '6-12m', '1-2y') }), { maxLength: 20 }), (rows) => {
        const hits = rows.map((r, i) => hit(`g${i}`, r.score, [r.band])).sort((x, y) => y.score - x.score);
        const out = preferBand(hits, '6-12m');
        expect(out.map((h) => h.doc.id).sort()).toEqual(hits.map((h) => h.doc.id).sort());
        expect(out.map((h) => h.score)).toEqual(hits.map((h) => h.score));
      }),
    );
  });
});
