import type { APIRoute } from 'astro';
import { getPlaces } from '../../../data/get-places';
import { getOpenccTable, getSearchDocs } from '../../../data/get-search-docs';
import { EMBEDDED_INDEXES, type EmbeddedIndexName } from '../../../lib/search/embedded-backend';
import { foldTraditional } from '../../../lib/search/fold-traditional';
import { toMeiliDocument } from '../../../lib/search/meili/meili-documents';

// The documents of each index in Meilisearch's form, for `npm run search:meili-sync` (never fetched
// by pages, not precached). Public data only: the same titles, summaries and addresses as the pages.
export const getStaticPaths = () => EMBEDDED_INDEXES.map(({ name }) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  const [docs, places] = await Promise.all([getSearchDocs(), getPlaces()]);
  const table = getOpenccTable();
  const positions = new Map(places.map((p) => [`p:${p.id}`, p.position]));
  const fold = (text: string) => foldTraditional(text, table);
  return new Response(JSON.stringify(docs[params['name'] as EmbeddedIndexName].map((d) => toMeiliDocument(d, fold, positions.get(d.id)))));
};
