import tsCharacters from 'opencc-js/dict/TSCharacters';
import { pinyin } from 'pinyin-pro';
import { parseOpenccCharacters, pickFoldPairs } from '../lib/search/fold-traditional';
import type { EmbeddedIndexName } from '../lib/search/embedded-backend';
import type { SearchDoc } from '../lib/search/search-index';
import { toPlaceSearchDoc } from '../lib/search/to-place-search-doc';
import { toPinyinKeys } from '../lib/search/tokenize';
import { EVENT_TYPE_LABELS } from '../lib/i18n/place-labels';
import { t } from '../lib/i18n/translate';
import { siteConfig } from '../site.config';
import { getEvents } from './get-events';
import { getGuides } from './get-guides';
import { getMyths } from './get-myths';
import { getPacks } from './get-packs';
import { getPlaces } from './get-places';

/** The search documents of each index: only what people search by, never whole bodies. */
let cached: Promise<Record<EmbeddedIndexName, SearchDoc[]>> | undefined;

/** Built once per build for the three index endpoints. */
export function getSearchDocs(): Promise<Record<EmbeddedIndexName, SearchDoc[]>> {
  cached ??= loadSearchDocs();
  return cached;
}

/** Toneless pinyin syllables of a run of Chinese characters (pinyin-pro, build time only). */
const syllablesOf = (han: string) => pinyin(han, { toneType: 'none', type: 'array', v: true });
/** Pinyin keys (whole, initials, bigrams) of names and titles, generated at build time. */
const pinyinOf = (text: string, bigrams = false) => toPinyinKeys(text, syllablesOf, { bigrams });

/** OpenCC's Traditional → Simplified character table, parsed once per build. */
let openccTable: Map<string, string> | undefined;
export function getOpenccTable(): Map<string, string> {
  openccTable ??= parseOpenccCharacters(tsCharacters);
  return openccTable;
}

/** The Traditional → Simplified pairs an index needs: only characters its documents contain. */
export function foldPairsFor(docs: readonly SearchDoc[]): string {
  return pickFoldPairs(getOpenccTable(), docs.map((d) => `${d.title} ${d.text}`).join(''));
}

async function loadSearchDocs(): Promise<Record<EmbeddedIndexName, SearchDoc[]>> {
  const [guides, myths, packs, places, events] = await Promise.all([getGuides(), getMyths(), getPacks(), getPlaces(), getEvents()]);
  const district = (id: string) => siteConfig.districts.find((d) => d.id === id)?.name ?? id;
  return {
    content: [
      ...guides.map((g): SearchDoc => ({
        id: `g:${g.id}`,
        kind: 'guide',
        title: g.data.title,
        url: `/guides/${g.id}/`,
        summary: g.data.summary,
        bands: [...g.data.bands],
        ...(g.data.review ? { reviewed: true as const } : {}),
        text: [g.data.summary, ...g.data.bands.map((b) => t(`band.${b}`)), ...g.data.topics.map((x) => t(`topic.${x}`))].join(' '),
        pinyin: pinyinOf(g.data.title, true),
      })),
      ...myths.map((m): SearchDoc => ({ id: `m:${m.id}`, kind: 'myth', title: m.data.belief, url: `/myths/#myth-${m.id}`, summary: m.data.instead.slice(0, 60), text: '' })),
      ...packs.map(({ pack, guides: packGuides }): SearchDoc => ({
        id: `k:${pack.id}`,
        kind: 'pack',
        title: pack.data.title,
        url: `/packs/${pack.id}/`,
        summary: pack.data.purpose,
        bands: [...pack.data.bands],
        text: [pack.data.purpose, ...pack.data.bands.map((b) => t(`band.${b}`)), ...packGuides.map((g) => g.data.title)].join(' '),
        pinyin: pinyinOf(pack.data.title, true),
      })),
    ],
    places: places.map((p) => toPlaceSearchDoc(p, { kind: t(`places.kind.${p.kind}`), district: district(p.district), status: 'status' in p && p.status !== 'operating' ? t(`place.status.${p.status}`) : undefined }, syllablesOf)),
    events: events.map(({ event: e, venue }): SearchDoc => ({
      id: `e:${e.id}`,
      kind: 'event',
      title: e.title,
      url: `/events/${e.id}/`,
      summary: `${EVENT_TYPE_LABELS[e.type]} · ${district(e.district)} · ${venue.name}`,
      bands: [...e.bands],
      district: e.district,
      text: `${EVENT_TYPE_LABELS[e.type]} ${district(e.district)} ${venue.name} ${e.bands.map((b) => t(`band.${b}`)).join(' ')}`,
      pinyin: pinyinOf(`${e.title} ${district(e.district)}`),
    })),
  };
}
