import { EMBEDDED_INDEXES } from '../embedded-backend';
import type { SearchRequest } from '../search-backend';
import { toIndexUid } from './meili-documents';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** What the Meilisearch engine can do beyond the shared request: nearest first, within a radius or a box. */
export interface MeiliSearchRequest extends SearchRequest {
  near?: GeoPoint & { radiusKm?: number };
  within?: { north: number; south: number; east: number; west: number };
}

export interface MeiliQuery {
  indexUid: string;
  q: string;
  filter: string[];
  limit: number;
  locales: ['cmn'];
  showRankingScore: true;
  sort?: string[];
}

/** A filter value as a Meilisearch string literal (double quotes, backslash-escaped). */
const literal = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * `_geoBoundingBox` takes the north-east corner first, then the south-west one (Meilisearch docs,
 * "Filter by geo bounding box"): the other order is an error. Throws on a box whose north is south
 * of its south, so a swapped box never reaches the server.
 */
export function toGeoBoundingBoxFilter({ north, south, east, west }: NonNullable<MeiliSearchRequest['within']>): string {
  if (!(north > south)) throw new Error(`toGeoBoundingBoxFilter: north (${north}) must be greater than south (${south})`);
  return `_geoBoundingBox([${north}, ${east}], [${south}, ${west}])`;
}

/** One query per index the request needs, for `client.multiSearch({ queries })`. */
export function buildMeiliQueries(request: MeiliSearchRequest, prefix: string, limit = 20): MeiliQuery[] {
  const wanted = EMBEDDED_INDEXES.filter(({ kinds }) => !request.kinds?.length || kinds.some((k) => request.kinds?.includes(k)));
  return wanted.map(({ name, kinds }) => {
    const filter: string[] = [];
    const ofIndex = request.kinds?.length ? kinds.filter((k) => request.kinds?.includes(k)) : [];
    if (ofIndex.length > 0 && ofIndex.length < kinds.length) filter.push(`kind IN [${ofIndex.map(literal).join(', ')}]`);
    if (request.band) filter.push(`bands = ${literal(request.band)}`);
    if (request.district) filter.push(`district = ${literal(request.district)}`);
    const query: MeiliQuery = { indexUid: toIndexUid(prefix, name), q: request.q, filter, limit, locales: ['cmn'], showRankingScore: true };
    if (name === 'places') {
      if (request.near?.radiusKm) filter.push(`_geoRadius(${request.near.lat}, ${request.near.lng}, ${Math.round(request.near.radiusKm * 1000)})`);
      if (request.within) filter.push(toGeoBoundingBoxFilter(request.within));
      if (request.near) query.sort = [`_geoPoint(${request.near.lat}, ${request.near.lng}):asc`];
    }
    return query;
  });
}
