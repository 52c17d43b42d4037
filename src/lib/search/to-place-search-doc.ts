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
 * A place as the search indexes hold it: name as title; kind, district and address as text; pinyin
 * keys of the name (without the 示例· sample mark), district and kind. Shared by the build and the
 * search-scale benchmark, so generated cities are indexed exactly as the real one.
 */
export function toPlaceSearchDoc(place: PlaceForSearch, labels: { kind: string; district: string }, toSyllables: (han: string) => string[]): SearchDoc {
  return {
    id: `p:${place.id}`,
    kind: 'place',
    title: place.name,
    url: `/places/${place.id}/`,
    summary: `${labels.kind} · ${labels.district} ${place.address}`,
    district: place.district,
    placeKind: place.kind,
    text: `${labels.kind} ${labels.district} ${place.address}`,
    pinyin: toPinyinKeys(`${place.name.replace(/^示例·/, '')} ${labels.district} ${labels.kind}`, toSyllables),
  };
}
