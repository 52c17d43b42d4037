import type { APIRoute } from 'astro';
import { getPlaces } from '../../../data/get-places';
import { toCompareCentre } from '../../../lib/places/finder/to-compare-centre';
import type { Centre } from '../../../schemas/place';

// What /places/compare/ shows for each centre, already in words.
export const GET: APIRoute = async () => {
  const centres = (await getPlaces()).filter((p): p is Centre => p.kind === 'centre');
  return new Response(JSON.stringify(centres.map(toCompareCentre)), { headers: { 'Content-Type': 'application/json' } });
};
