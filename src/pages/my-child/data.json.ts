import type { APIRoute } from 'astro';
import { getChildData } from '../../data/get-child-data';

/** The build-time data the on-device child timeline computes from (precached for offline use). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getChildData()), { headers: { 'Content-Type': 'application/json' } });
