/**
 * Whether a key may be built into the site for browsers to use. Only a key that can do nothing but
 * search is acceptable: the built site is public, and so is every key in it.
 */
export interface SearchKeyEvidence {
  key: string;
  /** Keys known to be powerful (MEILI_ADMIN_KEY, MEILI_MASTER_KEY at build time). */
  adminKeys: readonly string[];
  /** The server's answer to `GET /keys` made with this key; absent when the server could not be reached. */
  listKeysStatus?: number;
  /** The key's actions as the server reports them (`GET /keys/{key}` with an admin key), when known. */
  actions?: readonly string[];
}

export type SearchKeyVerdict = { ok: true; verified: boolean } | { ok: false; reason: string };

/** Meilisearch generates API keys as 64 hexadecimal characters; a master key is chosen by a person. */
const GENERATED_KEY = /^[0-9a-f]{64}$/;

export function judgeSearchKey({ key, adminKeys, listKeysStatus, actions }: SearchKeyEvidence): SearchKeyVerdict {
  if (key.trim() === '') return { ok: false, reason: 'PUBLIC_MEILI_SEARCH_KEY is empty' };
  if (adminKeys.includes(key)) return { ok: false, reason: 'PUBLIC_MEILI_SEARCH_KEY is the admin or master key; create a key with actions ["search"] only' };
  if (actions) {
    const extra = actions.filter((a) => a !== 'search');
    if (extra.length > 0) return { ok: false, reason: `PUBLIC_MEILI_SEARCH_KEY can do more than search (actions: ${extra.join(', ')}); create a key with actions ["search"] only` };
  }
  if (listKeysStatus !== undefined && listKeysStatus >= 200 && listKeysStatus < 300) {
    return { ok: false, reason: 'PUBLIC_MEILI_SEARCH_KEY can list the server’s keys (GET /keys answered), so it is an admin key; create a key with actions ["search"] only' };
  }
  if (listKeysStatus === undefined && !GENERATED_KEY.test(key)) {
    return { ok: false, reason: 'the Meilisearch server could not be reached to check PUBLIC_MEILI_SEARCH_KEY, and it does not look like a generated API key (64 hex characters): it may be a master key' };
  }
  return { ok: true, verified: actions !== undefined || listKeysStatus !== undefined };
}
