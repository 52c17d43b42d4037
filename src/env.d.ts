/// <reference types="astro/client" />

// Public build-time settings (see docs/deployment.md). Read with dot access so the build replaces
// them and drops the Meilisearch client from sites that do not use it.
interface ImportMetaEnv {
  /** Meilisearch server for search, e.g. https://search.example.cn; unset: the embedded indexes. */
  readonly PUBLIC_MEILI_HOST?: string;
  /** A key that can only search (the build checks). */
  readonly PUBLIC_MEILI_SEARCH_KEY?: string;
  /** Index names are `{prefix}_content`, `{prefix}_places`, `{prefix}_events` (default: yuertong). */
  readonly PUBLIC_MEILI_INDEX_PREFIX?: string;
  /** This build's id (astro.config.ts sets it when unset): ties data URLs to the build (build-data-url.ts). */
  readonly PUBLIC_BUILD_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
