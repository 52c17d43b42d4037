import type { APIRoute } from 'astro';
import { getSearchDocs } from '../../data/get-search-docs';
import { buildSearchBundle } from '../../lib/search/search-index';

// One index per kind, built at build time; the page fetches them only when search is used.
export const getStaticPaths = () => ['content', 'places', 'events'].map((kind) => ({ params: { kind } }));

export const GET: APIRoute = async ({ params }) => {
  const docs = await getSearchDocs();
  return new Response(JSON.stringify(buildSearchBundle(docs[params['kind'] as keyof typeof docs])));
};
