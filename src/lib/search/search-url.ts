import type { ResultKind, SearchRequest } from './search-backend';

export const RESULT_KINDS: readonly ResultKind[] = ['guide', 'pack', 'myth', 'place', 'event'];
export const MAX_QUERY_LENGTH = 200;

/**
 * The /search/ request from its URL (`?q=辅食&kind=guide&band=6-12m&district=xiangshan`). Anything
 * unknown — a kind, band or district that does not exist, repeated or empty values — is dropped, not
 * guessed; the query is cut to 200 characters.
 */
export function parseSearchUrl(search: string, known: { bands: readonly string[]; districts: readonly string[] }): SearchRequest {
  const params = new URLSearchParams(search);
  const request: SearchRequest = { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH) };
  const kind = params.get('kind');
  if (kind && (RESULT_KINDS as readonly string[]).includes(kind)) request.kinds = [kind as ResultKind];
  const band = params.get('band');
  if (band && known.bands.includes(band)) request.band = band;
  const district = params.get('district');
  if (district && known.districts.includes(district)) request.district = district;
  return request;
}

/** The URL query for a request (only the fields that are set, in a fixed order). */
export function toSearchUrl({ q, kinds, band, district }: SearchRequest): string {
  const params = new URLSearchParams();
  params.set('q', q);
  if (kinds?.[0]) params.set('kind', kinds[0]);
  if (band) params.set('band', band);
  if (district) params.set('district', district);
  return `?${params.toString()}`;
}
