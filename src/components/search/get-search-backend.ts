import { createEmbeddedBackend } from '../../lib/search/embedded-backend';
import type { SearchBackend } from '../../lib/search/search-backend';
import type { SearchBundle } from '../../lib/search/search-index';

let backend: SearchBackend | undefined;

/** The one search engine of this page, shared by the header box and /search/. */
export function getSearchBackend(): SearchBackend {
  backend ??= createEmbeddedBackend(async (name) => {
    const response = await fetch(`/search/${name}.json`);
    if (!response.ok) throw new Error(`search index ${name}: HTTP ${response.status}`);
    return (await response.json()) as SearchBundle;
  });
  return backend;
}
