import type { APIRoute } from 'astro';
import { foldPairsFor, getSearchDocs, type SearchKind } from '../../data/get-search-docs';
import { buildSearchBundle } from '../../lib/search/search-index';

// One index per kind, built at build time; the page fetches them only when search is used.
export const getStaticPaths = () => ['content', 'places', 'events'].map((kind) => ({ params: { kind } }));

export const GET: APIRoute = async ({ params }) => {
  const docs = (await getSearchDocs())[params['kind'] as SearchKind];
  return new Response(JSON.stringify(buildSearchBundle(docs, foldPairsFor(docs))));
};
