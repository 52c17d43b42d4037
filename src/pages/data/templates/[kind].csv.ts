import type { APIRoute } from 'astro';
import { toPlaceTemplateCsv } from '../../../lib/places/csv/parse-place-csv';
import { PLACE_KINDS, type PlaceKind } from '../../../schemas/place';

export const getStaticPaths = () => PLACE_KINDS.map((kind) => ({ params: { kind } }));

// With a byte-order mark so Excel opens the Chinese headers correctly.
export const GET: APIRoute = ({ params }) => new Response(`\uFEFF${toPlaceTemplateCsv(params['kind'] as PlaceKind)}`);
