// Opt-in: the Meilisearch path against a real server. Runs only when MEILI_HOST and MEILI_ADMIN_KEY
// are set, e.g.  MEILI_HOST=http://127.0.0.1:7700 MEILI_ADMIN_KEY=… npx vitest run tests/meili-live
// It creates indexes named yuertong_live_<time>_*, and deletes them (and its search key) afterwards.
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncToMeili } from '../../scripts/lib/meili-sync';
import { checkSearchKey } from '../../src/integrations/meili-key-check';
import { createEmbeddedBackend } from '../../src/lib/search/embedded-backend';
import { buildMeiliQueries } from '../../src/lib/search/meili/build-meili-queries';
import { createMeiliBackend } from '../../src/lib/search/meili/meili-backend';
import { toIndexUid, toMeiliDocument } from '../../src/lib/search/meili/meili-documents';
import { buildSearchBundle, type SearchDoc } from '../../src/lib/search/search-index';

const host = process.env['MEILI_HOST'];
const adminKey = process.env['MEILI_ADMIN_KEY'];
if (!host || !adminKey) console.warn('[meili-live] skipped: set MEILI_HOST and MEILI_ADMIN_KEY to run these tests against a real Meilisearch server.');

describe.skipIf(!host || !adminKey)('against a real Meilisearch server (MEILI_HOST)', () => {
  let admin: Meilisearch;
  beforeAll(() => {
    admin = new Meilisearch({ host: host ?? '', apiKey: adminKey ?? '' });
  });
  const prefix = `yuertong_live_${Date.now()}`;
  const places: SearchDoc[] = [
    { id: 'p:near', kind: 'place', title: '示例·相山公园母婴室', url: '/places/near/', summary: '母婴室', text: '母婴室 相山区', district: 'xiangshan', pinyin: 'xsq' },
    { id: 'p:far', kind: 'place', title: '示例·濉溪医院母婴室', url: '/places/far/', summary: '母婴室', text: '母婴室 濉溪县', district: 'suixi', pinyin: 'sxx' },
  ];
  const geo: Record<string, [number, number]> = { 'p:near': [116.79, 33.96], 'p:far': [116.77, 33.72] };
  let searchKey = '';
  afterAll(async () => {
    for (const name of ['content', 'places', 'events'] as const) await admin.deleteIndex(toIndexUid(prefix, name)).waitTask().catch(() => undefined);
    if (searchKey) await admin.deleteKey(searchKey).catch(() => undefined);
  });

  it('syncs, searches with a search-only key (nearest first, radius), and the build check accepts that key only', async () => {
    const reports = await syncToMeili(admin, [
      { uid: toIndexUid(prefix, 'content'), docs: [] },
      { uid: toIndexUid(prefix, 'places'), docs: places.map((d) => toMeiliDocument(d, (t) => t, geo[d.id])) },
      { uid: toIndexUid(prefix, 'events'), docs: [] },
    ]);
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    searchKey = (await admin.createKey({ actions: ['search'], indexes: [`${prefix}_*`], expiresAt: null, description: 'yuertong live test' })).key;
    const engine = createMeiliBackend(new Meilisearch({ host: host ?? '', apiKey: searchKey }), { prefix, fallback: createEmbeddedBackend(async () => buildSearchBundle([])) });
    const sorted = await engine.search({ q: '母婴室', kinds: ['place'], near: { lat: 33.72, lng: 116.77 } } as never);
    expect(sorted.incomplete).toBeUndefined();
    expect(sorted.hits.map((h) => h.doc.id)).toEqual(['p:far', 'p:near']);
    const within = await engine.search({ q: '母婴室', kinds: ['place'], near: { lat: 33.72, lng: 116.77, radiusKm: 3 } } as never);
    expect(within.hits.map((h) => h.doc.id)).toEqual(['p:far']);
    await expect(checkSearchKey({ host: host ?? '', key: searchKey, adminKey: adminKey ?? '' })).resolves.toMatchObject({ ok: true });
    await expect(checkSearchKey({ host: host ?? '', key: adminKey ?? '' })).resolves.toMatchObject({ ok: false });
  });

  it('the server, like the double, refuses a bounding box with its corners swapped', async () => {
    const [query] = buildMeiliQueries({ q: '', kinds: ['place'], within: { north: 34, south: 33.9, east: 116.9, west: 116.7 } }, prefix);
    const { results } = await admin.multiSearch({ queries: [query as never] });
    expect(results[0]?.hits.map((h) => h['ref'])).toEqual(['p:near']);
    await expect(admin.multiSearch({ queries: [{ ...query, filter: ['_geoBoundingBox([33.9, 116.7], [34, 116.9])'] } as never] })).rejects.toThrow();
  });
});
