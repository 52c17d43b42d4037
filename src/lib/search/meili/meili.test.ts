import { describe, expect, it } from 'vitest';
import { buildMeiliQueries, toGeoBoundingBoxFilter } from './build-meili-queries';
import { judgeSearchKey } from './judge-search-key';
import { toMeiliDocument, toMeiliId } from './meili-documents';
import { toSearchHits } from './to-search-response';

describe('Meilisearch documents', () => {
  it('ids keep only the characters Meilisearch allows; places carry _geo as lat/lng', () => {
    expect(toMeiliId('g:newborn-jaundice')).toBe('g_newborn-jaundice');
    expect(() => toMeiliId('')).toThrow(/cannot be/);
    const doc = toMeiliDocument({ id: 'p:r1', kind: 'place', title: '示例·母嬰室', url: '/places/r1/', summary: 's', text: 't', district: 'duji' }, (t) => t.replace('嬰', '婴'), [116.8, 33.95]);
    expect(doc).toMatchObject({ id: 'p_r1', ref: 'p:r1', _geo: { lat: 33.95, lng: 116.8 }, folded: '示例·母婴室 t', pinyin: '' });
  });
});

describe('buildMeiliQueries', () => {
  it('asks only the indexes the kinds need, with filters as Meilisearch strings and cmn locale', () => {
    const queries = buildMeiliQueries({ q: '辅食', kinds: ['guide'], band: '6-12m', district: 'du"ji' }, 'hb');
    expect(queries).toEqual([{ indexUid: 'hb_content', q: '辅食', filter: ['kind IN ["guide"]', 'bands = "6-12m"', 'district = "du\\"ji"'], limit: 20, locales: ['cmn'], showRankingScore: true }]);
    expect(buildMeiliQueries({ q: 'x' }, 'hb').map((q) => q.indexUid)).toEqual(['hb_content', 'hb_places', 'hb_events']);
  });
  it('places: nearest first with _geoPoint, radius in metres with _geoRadius', () => {
    const [places] = buildMeiliQueries({ q: '母婴室', kinds: ['place'], near: { lat: 33.9, lng: 116.8, radiusKm: 3 } }, 'hb');
    expect(places?.filter).toEqual(['_geoRadius(33.9, 116.8, 3000)']);
    expect(places?.sort).toEqual(['_geoPoint(33.9, 116.8):asc']);
  });
  it('bounding box: north-east corner first, and a swapped box never leaves the device', () => {
    expect(toGeoBoundingBoxFilter({ north: 34, south: 33.9, east: 116.9, west: 116.7 })).toBe('_geoBoundingBox([34, 116.9], [33.9, 116.7])');
    expect(() => toGeoBoundingBoxFilter({ north: 33.9, south: 34, east: 116.9, west: 116.7 })).toThrow(/north/);
  });
});

describe('toSearchHits', () => {
  it('maps hits back to our documents and drops malformed ones', () => {
    const hits = toSearchHits([{ indexUid: 'x', hits: [{ ref: 'g:a', kind: 'guide', title: 'T', url: '/a/', summary: 'S', _rankingScore: 0.8 }, { kind: 'guide', title: 'no ref' }, { ref: 'x', kind: 'admin' as never, title: 't', url: '/' }] }]);
    expect(hits).toEqual([{ doc: { id: 'g:a', kind: 'guide', title: 'T', url: '/a/', summary: 'S' }, score: 0.8, share: 0.8 }]);
  });
  it('keeps the reviewed mark of a signed-off guide, so its result does not say 待专业审核', () => {
    const [hit] = toSearchHits([{ indexUid: 'x', hits: [{ ref: 'g:a', kind: 'guide', title: 'T', url: '/a/', summary: 'S', reviewed: true }] }]);
    expect(hit?.doc.reviewed).toBe(true);
  });
});

describe('judgeSearchKey', () => {
  const key = 'a'.repeat(64);
  it('accepts a key that can only search', () => {
    expect(judgeSearchKey({ key, adminKeys: [], listKeysStatus: 403, actions: ['search'] })).toEqual({ ok: true, verified: true });
  });
  it('refuses empty, admin, over-broad and key-listing keys, saying why', () => {
    expect(judgeSearchKey({ key: ' ', adminKeys: [] })).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
    expect(judgeSearchKey({ key, adminKeys: [key] })).toMatchObject({ ok: false, reason: expect.stringContaining('admin or master') });
    expect(judgeSearchKey({ key, adminKeys: [], actions: ['search', 'documents.add'] })).toMatchObject({ ok: false, reason: expect.stringContaining('documents.add') });
    expect(judgeSearchKey({ key, adminKeys: [], listKeysStatus: 200 })).toMatchObject({ ok: false, reason: expect.stringContaining('GET /keys') });
  });
  it('unreachable server: only a generated-looking key passes, unverified', () => {
    expect(judgeSearchKey({ key: 'my-master-key-123', adminKeys: [] })).toMatchObject({ ok: false });
    expect(judgeSearchKey({ key, adminKeys: [] })).toEqual({ ok: true, verified: false });
  });
});
