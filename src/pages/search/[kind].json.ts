import type { APIRoute } from 'astro';
import { foldPairsFor, getSearchDocs } from '../../data/get-search-docs';
import { EMBEDDED_INDEXES, type EmbeddedIndexName } from '../../lib/search/embedded-backend';
import { buildSearchBundle } from '../../lib/search/search-index';

// One index per kind, built at build time; the page fetches them only when search is used.
export const getStaticPaths = () => EMBEDDED_INDEXES.map(({ name }) => ({ params: { kind: name } }));

export const GET: APIRoute = async ({ params }) => {
  const docs = (await getSearchDocs())[params['kind'] as EmbeddedIndexName];
  return new Response(JSON.stringify(buildSearchBundle(docs, foldPairsFor(docs))));
};
