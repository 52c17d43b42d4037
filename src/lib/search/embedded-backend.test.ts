import { describe, expect, it } from 'vitest';
import { createEmbeddedBackend, type EmbeddedIndexName } from './embedded-backend';
import { buildSearchBundle, type SearchBundle, type SearchDoc } from './search-index';

const bundles: Record<EmbeddedIndexName, SearchBundle> = {
  content: buildSearchBundle([
    { id: 'g:food', kind: 'guide', title: '添加辅食', url: '/guides/food/', summary: '', text: '6月龄', bands: ['6-12m'] },
    { id: 'k:food', kind: 'pack', title: '辅食资源包', url: '/packs/food/', summary: '', text: '', bands: ['6-12m', '1-2y'] },
  ] satisfies SearchDoc[]),
  places: buildSearchBundle([{ id: 'p:1', kind: 'place', title: '示例·相山母婴室', url: '/places/1/', summary: '', text: '相山区 辅食', district: 'xiangshan' }] satisfies SearchDoc[]),
  events: buildSearchBundle([{ id: 'e:1', kind: 'event', title: '辅食课堂', url: '/events/1/', summary: '', text: '', bands: ['6-12m'], district: 'duji' }] satisfies SearchDoc[]),
};

const backendWith = (fail: EmbeddedIndexName[] = [], order: string[] = []) =>
  createEmbeddedBackend(async (name) => {
    order.push(name);
    if (fail.includes(name)) throw new Error('offline');
    return JSON.parse(JSON.stringify(bundles[name])) as SearchBundle;
  });

describe('createEmbeddedBackend', () => {
  it('searches every index, content first, and merges the results', async () => {
    const order: string[] = [];
    const { hits, tokens, incomplete } = await backendWith([], order).search({ q: '辅食' });
    expect(hits.map((h) => h.doc.id).sort()).toEqual(['e:1', 'g:food', 'k:food', 'p:1']);
    expect(tokens).toEqual(['辅食']);
    expect(incomplete).toBeUndefined();
    expect(order[0]).toBe('content');
  });
  it('filters by kind (fetching only the indexes needed), band and district', async () => {
    const order: string[] = [];
    const backend = backendWith([], order);
    expect((await backend.search({ q: '辅食', kinds: ['place'] })).hits.map((h) => h.doc.id)).toEqual(['p:1']);
    expect(order).toEqual(['places']);
    expect((await backend.search({ q: '辅食', band: '1-2y' })).hits.map((h) => h.doc.id)).toEqual(['k:food']);
    expect((await backend.search({ q: '辅食', district: 'duji' })).hits.map((h) => h.doc.id)).toEqual(['e:1']);
  });
  it('reports an index it cannot load as incomplete, shows the rest, and tries again next time', async () => {
    const order: string[] = [];
    const backend = backendWith(['places'], order);
    const progress: number[] = [];
    const response = await backend.search({ q: '辅食' }, (partial) => progress.push(partial.hits.length));
    expect(response.incomplete).toBe('offline');
    expect(response.hits.map((h) => h.doc.id)).not.toContain('p:1');
    expect(progress[0]).toBe(2); // content answered before the others
    await backend.search({ q: '辅食' });
    expect(order.filter((n) => n === 'places')).toHaveLength(2);
  });
});
