import type { APIRoute } from 'astro';
import { getPlaces } from '../../data/get-places';
import { toPlacesCsv } from '../../lib/places/build-open-data';
import { siteConfig } from '../../site.config';

export const GET: APIRoute = async () => new Response(toPlacesCsv(await getPlaces(), siteConfig.siteUrl));
