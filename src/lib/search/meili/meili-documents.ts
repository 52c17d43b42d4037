import type { EmbeddedIndexName } from '../embedded-backend';
import type { SearchDoc } from '../search-index';

/**
 * A search document as Meilisearch stores it: the same fields as the embedded index, plus what the
 * server needs to do our Chinese-specific matching itself — `pinyin` (our keys: whole, initials,
 * pairs, generated at build time) and `folded` (title and text with Traditional characters folded
 * to Simplified, for imported records typed in Traditional) — and `_geo` for places.
 */
export type MeiliDocument = Omit<SearchDoc, 'id' | 'pinyin'> & {
  /** Meilisearch's primary key: our id with characters it does not allow replaced (`g:slug` → `g_slug`). */
  id: string;
  /** Our own id, for links back to the embedded index and the judged query set. */
  ref: string;
  pinyin: string;
  folded: string;
  _geo?: { lat: number; lng: number };
};

/** One Meilisearch index per embedded index, named `{prefix}_{name}` (e.g. `huaibei_places`). */
export const toIndexUid = (prefix: string, name: EmbeddedIndexName) => `${prefix}_${name}`;

/** Meilisearch document ids allow only `a–z A–Z 0–9 - _` (at most 511 bytes). */
export function toMeiliId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_-]/g, '_');
  if (safe === '' || safe.length > 511) throw new Error(`toMeiliId: id "${id}" cannot be a Meilisearch document id`);
  return safe;
}

/** The Meilisearch form of a search document; `fold` folds Traditional characters, `position` is [lng, lat]. */
export function toMeiliDocument(doc: SearchDoc, fold: (text: string) => string, position?: readonly [number, number]): MeiliDocument {
  const { id, kind, title, url, summary, bands, district, placeKind, reviewed, text, pinyin } = doc;
  return {
    id: toMeiliId(id),
    ref: id,
    kind,
    title,
    url,
    summary,
    ...(bands ? { bands } : {}),
    ...(district ? { district } : {}),
    ...(placeKind ? { placeKind } : {}),
    ...(reviewed ? { reviewed } : {}),
    text,
    pinyin: pinyin ?? '',
    folded: fold(`${title} ${text}`),
    ...(position ? { _geo: { lat: position[1], lng: position[0] } } : {}),
  };
}
