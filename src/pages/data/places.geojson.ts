import type { APIRoute } from 'astro';
import { getPlaces } from '../../data/get-places';
import { toPlacesGeoJson } from '../../lib/places/build-open-data';
import { siteConfig } from '../../site.config';

export const GET: APIRoute = async () => new Response(JSON.stringify(toPlacesGeoJson(await getPlaces(), siteConfig.siteUrl)));
