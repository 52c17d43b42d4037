import type { APIRoute } from 'astro';
import { getPackGuideIndex } from '../../data/get-pack-guide-index';

/**
 * The guide index the pack builder, custom pack and custom print pages fetch (precached): one file
 * a device downloads once, instead of the same ~8 KB inside each of the three pages.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getPackGuideIndex()), { headers: { 'Content-Type': 'application/json' } });
