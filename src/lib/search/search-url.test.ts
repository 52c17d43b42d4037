import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchUrl, toSearchUrl } from './search-url';

const known = { bands: ['pregnancy', '0-6m', '6-12m'], districts: ['xiangshan', 'duji'] };

describe('parseSearchUrl / toSearchUrl', () => {
  it('reads the query and the known filters', () => {
    expect(parseSearchUrl('?q=%E8%BE%85%E9%A3%9F&kind=guide&band=6-12m&district=duji', known)).toEqual({ q: '辅食', kinds: ['guide'], band: '6-12m', district: 'duji' });
    expect(parseSearchUrl('', known)).toEqual({ q: '' });
  });
  it('drops unknown kinds, bands and districts, and cuts long queries', () => {
    expect(parseSearchUrl('?q=a&kind=admin&band=99y&district=beijing', known)).toEqual({ q: 'a' });
    expect(parseSearchUrl(`?q=${'x'.repeat(5000)}`, known).q).toHaveLength(200);
  });
  it('round-trips any request it produced, and never throws on any URL', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(undefined, 'guide', 'place'), fc.constantFrom(undefined, '0-6m'), fc.constantFrom(undefined, 'duji'), (q, kind, band, district) => {
        const request = { q, ...(kind ? { kinds: [kind] as ['guide'] } : {}), ...(band ? { band } : {}), ...(district ? { district } : {}) };
        expect(parseSearchUrl(toSearchUrl(request), known)).toEqual(request);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const request = parseSearchUrl(raw, known);
        expect(request.q.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});
