import type { APIRoute } from 'astro';
import { getPlaces } from '../../../data/get-places';
import { toCivilDate } from '../../../lib/age/civil-date';
import { toEventTemplateCsv } from '../../../lib/events/import/parse-event-csv';
import { toPlaceTemplateCsv } from '../../../lib/places/csv/parse-place-csv';
import { PLACE_KINDS, type PlaceKind } from '../../../schemas/place';
import { siteConfig } from '../../../site.config';

export const getStaticPaths = () => [...PLACE_KINDS, 'event'].map((kind) => ({ params: { kind } }));

const [district] = siteConfig.districts;
const city = district && { district, centre: siteConfig.map.centre, phoneAreaCode: siteConfig.phoneAreaCode };

// With a byte-order mark so Excel opens the Chinese headers correctly.
export const GET: APIRoute = async ({ params }) => {
  if (params['kind'] !== 'event') return new Response(`\uFEFF${toPlaceTemplateCsv(params['kind'] as PlaceKind, city)}`);
  // The events template's first row names a real place of this build (a clinic, where parent classes
  // usually are), so its example of 地点编号 imports as it is; dated from the build day.
  const places = await getPlaces();
  const venue = places.find((p) => p.kind === 'clinic' && !p.sample) ?? places.find((p) => p.kind === 'clinic') ?? places[0];
  const fallbackDistrict = { id: 'district', name: '某某区' };
  const eventCity = { district: district ?? fallbackDistrict, centre: siteConfig.map.centre, phoneAreaCode: siteConfig.phoneAreaCode };
  return new Response(`\uFEFF${toEventTemplateCsv(eventCity, toCivilDate(new Date()), venue?.id)}`);
};
