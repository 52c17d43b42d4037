// The Meilisearch path, driven through the official client against the loopback double
// (tests/support/meili-double.ts): sync, the search engine, its fallback, and the key check.
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncToMeili } from '../../scripts/lib/meili-sync';
import { checkSearchKey } from '../../src/integrations/meili-key-check';
import { createEmbeddedBackend } from '../../src/lib/search/embedded-backend';
import { buildMeiliQueries } from '../../src/lib/search/meili/build-meili-queries';
import { createMeiliBackend } from '../../src/lib/search/meili/meili-backend';
import { toIndexUid, toMeiliDocument, type MeiliDocument } from '../../src/lib/search/meili/meili-documents';
import { buildSearchBundle, type SearchDoc } from '../../src/lib/search/search-index';
import { startMeiliDouble, type MeiliDouble } from '../support/meili-double';

const same = (text: string) => text;
const guide: SearchDoc = { id: 'g:food', kind: 'guide', title: '满6个月加辅食', url: '/guides/food/', summary: '先吃富含铁的泥糊', text: '辅食 6月龄', bands: ['6-12m'], pinyin: 'fushi' };
const places: SearchDoc[] = [
  { id: 'p:room-near', kind: 'place', title: '示例·相山公园母婴室', url: '/places/room-near/', summary: '母婴室', text: '母婴室 相山区', district: 'xiangshan', pinyin: 'xsq' },
  { id: 'p:room-far', kind: 'place', title: '示例·濉溪医院母婴室', url: '/places/room-far/', summary: '母婴室', text: '母婴室 濉溪县', district: 'suixi', pinyin: 'sxx' },
];
const positions: Record<string, [number, number]> = { 'p:room-near': [116.79, 33.96], 'p:room-far': [116.77, 33.72] };
const docsOf = (list: SearchDoc[]) => list.map((d) => toMeiliDocument(d, same, positions[d.id]));
const content = { uid: toIndexUid('t', 'content'), docs: docsOf([guide]) };
const placeIndex = { uid: toIndexUid('t', 'places'), docs: docsOf(places) };
const events = { uid: toIndexUid('t', 'events'), docs: [] as MeiliDocument[] };

let double: MeiliDouble;
beforeAll(async () => {
  double = await startMeiliDouble();
});
afterAll(() => double.close());

describe('npm run search:meili-sync (syncToMeili)', () => {
  it('creates the indexes with our settings, sends every document, and is safe to re-run', async () => {
    const admin = new Meilisearch({ host: double.url, apiKey: double.adminKey });
    const first = await syncToMeili(admin, [content, placeIndex, events], { batchSize: 1 });
    expect(first.map((r) => [r.index, r.sent, r.failures.length])).toEqual([['t_content', 1, 0], ['t_places', 2, 0], ['t_events', 0, 0]]);
    const settings = await admin.index('t_places').getSettings();
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['_geo', 'kind', 'bands', 'district']));
    expect(settings.sortableAttributes).toEqual(['_geo']);
    expect(settings.localizedAttributes?.[0]?.locales).toEqual(['cmn']);
    expect(settings.searchableAttributes).toEqual(expect.arrayContaining(['pinyin', 'folded']));
    // Re-run with one place gone: same indexes, the old document removed, nothing else changed.
    const again = await syncToMeili(admin, [content, { ...placeIndex, docs: placeIndex.docs.slice(0, 1) }, events]);
    expect(again.map((r) => [r.index, r.deleted])).toEqual([['t_content', 0], ['t_places', 1], ['t_events', 0]]);
    expect([...(double.indexes.get('t_places')?.docs.keys() ?? [])]).toEqual(['p_room-near']);
    await syncToMeili(admin, [content, placeIndex, events]);
  });

  it('reports a failed batch with its document ids, and removes nothing on that run', async () => {
    const admin = new Meilisearch({ host: double.url, apiKey: double.adminKey });
    const broken = { ...placeIndex.docs[1], id: 'p_room-broken', _geo: { lat: 95, lng: 116.7 } } as MeiliDocument;
    const [report] = await syncToMeili(admin, [{ uid: 't_places', docs: [placeIndex.docs[0] as MeiliDocument, broken] }], { batchSize: 1 });
    expect(report?.failures).toEqual([{ index: 't_places', batch: 2, ids: ['p_room-broken'], code: 'invalid_document_geo_field', message: expect.stringContaining('p_room-broken') }]);
    expect(report?.deleted).toBe(0);
    expect(double.indexes.get('t_places')?.docs.has('p_room-far')).toBe(true);
  });

  it('the double refuses what the real server refuses: writes with a search key, unknown settings', async () => {
    const searchOnly = new Meilisearch({ host: double.url, apiKey: double.searchKey });
    await expect(searchOnly.index('t_places').addDocuments([placeIndex.docs[0] as MeiliDocument])).rejects.toThrow(/invalid/i);
    const admin = new Meilisearch({ host: double.url, apiKey: double.adminKey });
    await expect(admin.index('t_places').updateSettings({ searchableAttribute: ['title'] } as never)).rejects.toThrow(/Unknown field `searchableAttribute`/);
  });
});

describe('the Meilisearch engine (createMeiliBackend) through the official client', () => {
  const fallback = createEmbeddedBackend(async (name) => buildSearchBundle(name === 'content' ? [guide] : name === 'places' ? places.slice(0, 1) : []));
  const engine = (host: string) => createMeiliBackend(new Meilisearch({ host, apiKey: double.searchKey }), { prefix: 't', fallback });

  it('answers from the server with results grouped as the embedded engine gives them', async () => {
    const { hits, incomplete } = await engine(double.url).search({ q: '母婴室' });
    expect(hits.map((h) => h.doc.id).sort()).toEqual(['p:room-far', 'p:room-near']);
    expect(incomplete).toBeUndefined();
    const filtered = await engine(double.url).search({ q: '母婴室', district: 'suixi' });
    expect(filtered.hits.map((h) => h.doc.id)).toEqual(['p:room-far']);
    const band = await engine(double.url).search({ q: '辅食', band: '6-12m' });
    expect(band.hits.map((h) => h.doc.id)).toEqual(['g:food']);
  });

  it('sorts places nearest first and filters by radius (_geoPoint, _geoRadius)', async () => {
    const near = { lat: 33.72, lng: 116.77 };
    const sorted = await engine(double.url).search({ q: '母婴室', kinds: ['place'], near } as never);
    expect(sorted.hits.map((h) => h.doc.id)).toEqual(['p:room-far', 'p:room-near']);
    const within = await engine(double.url).search({ q: '母婴室', kinds: ['place'], near: { ...near, radiusKm: 3 } } as never);
    expect(within.hits.map((h) => h.doc.id)).toEqual(['p:room-far']);
  });

  it('sends _geoBoundingBox north-east corner first; the double rejects the other order', async () => {
    const client = new Meilisearch({ host: double.url, apiKey: double.searchKey });
    const [query] = buildMeiliQueries({ q: '', kinds: ['place'], within: { north: 34, south: 33.9, east: 116.9, west: 116.7 } }, 't');
    const { results } = await client.multiSearch({ queries: [query as never] });
    expect(results[0]?.hits.map((h) => h['id'])).toEqual(['p_room-near']);
    await expect(client.multiSearch({ queries: [{ ...query, filter: ['_geoBoundingBox([33.9, 116.7], [34, 116.9])'] } as never] })).rejects.toThrow(/top latitude/);
  });

  it('falls back to the device’s indexes when the server is down, and says places are limited', async () => {
    const { hits, incomplete } = await engine('http://127.0.0.1:9').search({ q: '母婴室' });
    expect(incomplete).toBe('places-on-device');
    expect(hits.map((h) => h.doc.id)).toEqual(['p:room-near']);
  });
});

describe('the build-time key check (checkSearchKey)', () => {
  it('accepts a search-only key and refuses an admin or master key, asking the server', async () => {
    await expect(checkSearchKey({ host: double.url, key: double.searchKey, adminKey: double.adminKey })).resolves.toEqual({ ok: true, verified: true });
    await expect(checkSearchKey({ host: double.url, key: double.adminKey })).resolves.toMatchObject({ ok: false, reason: expect.stringContaining('GET /keys') });
    await expect(checkSearchKey({ host: double.url, key: double.masterKey })).resolves.toMatchObject({ ok: false });
  });
  it('unreachable: refuses a key that does not look generated, accepts one that does (unverified)', async () => {
    await expect(checkSearchKey({ host: 'http://127.0.0.1:9', key: 'masterKey-chosen-by-a-person' })).resolves.toMatchObject({ ok: false, reason: expect.stringContaining('could not be reached') });
    await expect(checkSearchKey({ host: 'http://127.0.0.1:9', key: double.searchKey })).resolves.toEqual({ ok: true, verified: false });
  });
});
