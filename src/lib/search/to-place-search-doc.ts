import type { SearchDoc } from './search-index';
import { toPinyinKeys } from './tokenize';

export interface PlaceForSearch {
  id: string;
  name: string;
  district: string;
  address: string;
  kind: 'centre' | 'room' | 'clinic';
}

/**
 * A place as the search indexes hold it: name as title; its status when it is not operating, kind,
 * district and address as summary; kind, district and address as text; pinyin
 * keys of the name (without the 示例· sample mark), district and kind. Shared by the build and the
 * search-scale benchmark, so generated cities are indexed exactly as the real one.
 */
export function toPlaceSearchDoc(place: PlaceForSearch, labels: { kind: string; district: string; status?: string | undefined }, toSyllables: (han: string) => string[]): SearchDoc {
  // A place that is not operating says so first, in words, wherever a search shows it.
  const status = labels.status ? `${labels.status} · ` : '';
  return {
    id: `p:${place.id}`,
    kind: 'place',
    title: place.name,
    url: `/places/${place.id}/`,
    summary: `${status}${labels.kind} · ${labels.district} ${place.address}`,
    district: place.district,
    placeKind: place.kind,
    text: `${labels.kind} ${labels.district} ${place.address}`,
    pinyin: toPinyinKeys(`${place.name.replace(/^示例·/, '')} ${labels.district} ${labels.kind}`, toSyllables),
  };
}
