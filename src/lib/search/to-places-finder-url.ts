import { applySynonyms } from './synonyms';

export interface PlacesFinderLinkOptions {
  /** The kinds of the place results. */
  resultKinds: readonly (string | undefined)[];
  /** The district filter of the search, if any. */
  district?: string | undefined;
  /** Districts of the city, to read one named in the query. */
  districts: readonly { id: string; name: string }[];
  /** Titles of the place results: a name fragment goes to the finder only if one of them holds it. */
  titles: readonly string[];
}

/** Words that name a kind of place (after synonyms are folded: 哺乳室 → 母婴室, 托儿所 → 托育机构). */
const KIND_WORDS: readonly [RegExp, string][] = [
  [/母婴室/, 'room'],
  [/托育/, 'centre'],
  [/接种|儿童保健|疫苗|门诊/, 'clinic'],
];

/** Words that say what kind of place is wanted, or only carry the question: the finder's filters say them. */
const KIND_AND_FILLER = /托育机构|托育|母婴室|接种|儿童保健|门诊|疫苗|附近的?|哪里有?|哪儿有?|在哪里?|有没有|最近的?|的|吗|呢|[？?，,。\s]/g;

/**
 * "See all places" on /search/ opens the places finder with the same question as filters — the kind
 * of place, the district (filtered, or named in the query: 相山区母婴室) and, when what is left of the
 * query is part of a result's name, that as the finder's text — rather than another search page.
 *
 * @example toPlacesFinderUrl('相山区母婴室', { resultKinds: ['room', 'centre'], districts, titles }).url // → '/places/?type=room&district=xiangshan'
 */
export function toPlacesFinderUrl(q: string, { resultKinds, district, districts, titles }: PlacesFinderLinkOptions): { url: string; placeKind?: string } {
  let rest = applySynonyms(q.normalize('NFKC'));
  // The kind the question names wins; otherwise the kind every result shares.
  const named = KIND_WORDS.filter(([words]) => words.test(rest)).map(([, kind]) => kind);
  const shared = [...new Set(resultKinds)];
  const placeKind = named.length === 1 ? named[0] : named.length === 0 && shared.length === 1 ? shared[0] : undefined;
  let inDistrict = district;
  for (const d of districts) {
    const short = d.name.replace(/[区县市]$/, '');
    if (rest.includes(d.name) || (short.length >= 2 && rest.includes(short))) {
      inDistrict ??= d.id;
      rest = rest.replace(d.name, '').replace(short, '');
    }
  }
  rest = rest.replace(KIND_AND_FILLER, '').trim();
  const params = new URLSearchParams();
  if (placeKind) params.set('type', placeKind);
  if (inDistrict) params.set('district', inDistrict);
  if (rest.length >= 2 && titles.some((t) => applySynonyms(t.normalize('NFKC')).includes(rest))) params.set('q', rest);
  const query = params.toString();
  return { url: query ? `/places/?${query}` : '/places/', ...(placeKind ? { placeKind } : {}) };
}
