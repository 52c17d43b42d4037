import type { APIRoute } from 'astro';
import { toPlaceTemplateCsv } from '../../../lib/places/csv/parse-place-csv';
import { PLACE_KINDS, type PlaceKind } from '../../../schemas/place';
import { siteConfig } from '../../../site.config';

export const getStaticPaths = () => PLACE_KINDS.map((kind) => ({ params: { kind } }));

const [district] = siteConfig.districts;
const city = district && { district, centre: siteConfig.map.centre, phoneAreaCode: siteConfig.phoneAreaCode };

// With a byte-order mark so Excel opens the Chinese headers correctly.
export const GET: APIRoute = ({ params }) => new Response(`\uFEFF${toPlaceTemplateCsv(params['kind'] as PlaceKind, city)}`);
