import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlacesFinderUrl } from './to-places-finder-url';

const districts = [
  { id: 'xiangshan', name: '相山区' },
  { id: 'lieshan', name: '烈山区' },
  { id: 'suixi', name: '濉溪县' },
];

describe('toPlacesFinderUrl', () => {
  it('turns a kind and a district in the query into the finder filters', () => {
    expect(toPlacesFinderUrl('相山区母婴室', { resultKinds: ['room', 'centre'], districts, titles: [] })).toEqual({ url: '/places/?type=room&district=xiangshan', placeKind: 'room' });
    expect(toPlacesFinderUrl('附近的哺乳室在哪里', { resultKinds: ['room'], districts, titles: [] }).url).toBe('/places/?type=room');
    expect(toPlacesFinderUrl('濉溪托育', { resultKinds: ['centre', 'room'], districts, titles: [] }).url).toBe('/places/?type=centre&district=suixi');
  });
  it('uses the kind all results share when the question names none, and no kind when they differ', () => {
    expect(toPlacesFinderUrl('相山', { resultKinds: ['room', 'room'], districts, titles: [] })).toEqual({ url: '/places/?type=room&district=xiangshan', placeKind: 'room' });
    expect(toPlacesFinderUrl('相山', { resultKinds: ['room', 'centre'], districts, titles: [] })).toEqual({ url: '/places/?district=xiangshan' });
  });
  it('keeps a district filter from the search', () => {
    expect(toPlacesFinderUrl('母婴室', { resultKinds: [], district: 'lieshan', districts, titles: [] }).url).toBe('/places/?type=room&district=lieshan');
  });
  it('passes a name fragment only when a result holds it', () => {
    expect(toPlacesFinderUrl('万达母婴室', { resultKinds: ['room'], districts, titles: ['示例·万达广场母婴室'] }).url).toBe('/places/?type=room&q=%E4%B8%87%E8%BE%BE');
    expect(toPlacesFinderUrl('量子母婴室', { resultKinds: ['room'], districts, titles: ['示例·万达广场母婴室'] }).url).toBe('/places/?type=room');
  });
  it('always gives a /places/ address, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom('room', 'centre', 'clinic'), { maxLength: 3 }), (q, resultKinds) => {
        const url = new URL(toPlacesFinderUrl(q, { resultKinds, districts, titles: ['示例·某某母婴室'] }).url, 'https://x.example');
        expect(url.pathname).toBe('/places/');
        expect([...url.searchParams.keys()].every((k) => ['type', 'district', 'q'].includes(k))).toBe(true);
      }),
    );
  });
});
