import type { Settings } from 'meilisearch';

/**
 * Settings of every index we push. Chinese is segmented by Meilisearch (jieba) when the attribute is
 * localised as `cmn`; pinyin matching is ours (the `pinyin` field). Filters mirror /search/'s filters
 * plus geography; `_geo` is sortable for "nearest first" (`_geoPoint`).
 */
export const MEILI_SETTINGS = {
  searchableAttributes: ['title', 'pinyin', 'summary', 'text', 'folded'],
  filterableAttributes: ['kind', 'bands', 'district', '_geo'],
  sortableAttributes: ['_geo'],
  displayedAttributes: ['id', 'ref', 'kind', 'title', 'url', 'summary', 'bands', 'district', 'reviewed'],
  localizedAttributes: [{ attributePatterns: ['title', 'summary', 'text', 'folded'], locales: ['cmn'] }],
} as const satisfies Settings;
