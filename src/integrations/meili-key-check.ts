// Astro integration: a site built with PUBLIC_MEILI_HOST carries PUBLIC_MEILI_SEARCH_KEY to every
// browser, so the build refuses a key that can do more than search. It asks the server when it can
// (GET /keys with the key itself must be refused; with MEILI_ADMIN_KEY set, the key's actions are
// read), and otherwise refuses keys that do not look like generated API keys.
import type { AstroIntegration } from 'astro';
import { judgeSearchKey, type SearchKeyVerdict } from '../lib/search/meili/judge-search-key';

async function status(url: string, key: string): Promise<{ status: number; body: unknown } | undefined> {
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(5000) });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  } catch {
    return undefined;
  }
}

export async function checkSearchKey({ host, key, adminKey }: { host: string; key: string; adminKey?: string }): Promise<SearchKeyVerdict> {
  const base = host.replace(/\/+$/, '');
  const listed = await status(`${base}/keys`, key);
  const described = adminKey && listed ? await status(`${base}/keys/${encodeURIComponent(key)}`, adminKey) : undefined;
  const actions = described?.status === 200 ? (described.body as { actions?: string[] }).actions : undefined;
  const adminKeys = [process.env['MEILI_ADMIN_KEY'], process.env['MEILI_MASTER_KEY'], adminKey].filter((k): k is string => Boolean(k));
  return judgeSearchKey({ key, adminKeys, ...(listed ? { listKeysStatus: listed.status } : {}), ...(actions ? { actions } : {}) });
}

export function meiliKeyCheck(): AstroIntegration {
  return {
    name: 'yuertong-meili-key-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const host = process.env['PUBLIC_MEILI_HOST'];
        if (!host) return;
        const verdict = await checkSearchKey({ host, key: process.env['PUBLIC_MEILI_SEARCH_KEY'] ?? '', ...(process.env['MEILI_ADMIN_KEY'] ? { adminKey: process.env['MEILI_ADMIN_KEY'] } : {}) });
        if (!verdict.ok) throw new Error(`Meilisearch: refusing to build the search key into the site: ${verdict.reason}.`);
        logger.info(verdict.verified ? 'PUBLIC_MEILI_SEARCH_KEY checked with the server: search only.' : 'PUBLIC_MEILI_SEARCH_KEY could not be checked (server unreachable); it looks like a generated key.');
      },
    },
  };
}
