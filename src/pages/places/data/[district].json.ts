import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlaces } from '../../../data/get-places';
import { toOpeningHoursTable } from '../../../lib/places/expand-opening-hours';
import { encodeMapData } from '../../../lib/places/finder/map-data';
import { siteConfig } from '../../../site.config';

// One compact file per district for the map and the filters on /places/ (see map-data.ts).
export const getStaticPaths = (() => siteConfig.districts.map((d) => ({ params: { district: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const places = (await getPlaces()).filter((p) => p.district === params.district);
  return new Response(JSON.stringify(encodeMapData(params.district ?? '', places, (p) => toOpeningHoursTable(p))), { headers: { 'Content-Type': 'application/json' } });
};
