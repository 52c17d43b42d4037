/// <reference lib="webworker" />
// The service worker (bundled by src/integrations/service-worker.ts, manifest injected by
// workbox-build). Pages are network-first with a short timeout so families see fresh content when
// online, and fall back to the precached copy (ignoring the query string, so filtered and searched
// views work offline), then to /offline/.
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { matchPrecache, precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[]; __TILE_ORIGINS: string[]; __BUILD_ID: string };

const TILE_ORIGINS: string[] = self.__TILE_ORIGINS;
const BUILD_ID: string = self.__BUILD_ID;

/** The precached page for a navigation, whatever its query string: /events/?district=x → /events/index.html. */
async function precachedPage(url: URL): Promise<Response | undefined> {
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  return (await matchPrecache(path)) ?? (await caches.match(url.pathname, { ignoreSearch: true }));
}

const pages = new NetworkFirst({
  cacheName: 'pages',
  networkTimeoutSeconds: 3,
  plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })],
});

registerRoute(
  new NavigationRoute(async (options) => {
    const url = new URL(options.request.url);
    try {
      const response = await pages.handle(options);
      if (response.ok || response.status === 404) return response;
    } catch {
      // Offline or timed out: fall through to the saved copy.
    }
    return (await precachedPage(url)) ?? ((await matchPrecache('/offline/index.html')) as Response);
  }),
);

// Map tiles: only those a person viewed, fetched with CORS (opaque responses would cost ~7 MB of quota each).
registerRoute(
  ({ url }) => TILE_ORIGINS.includes(url.origin),
  new CacheFirst({
    cacheName: 'tiles',
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 1000, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true }),
    ],
  }),
);

// Data a page asks for with its build id (src/lib/site/build-data-url.ts). This worker's own build:
// the precached copy (or a runtime copy kept for that build). Another build's page (network-first
// pages arrive before the worker updates): the network, so no page runs on another build's data;
// offline, a copy of that build's file fetched earlier, or a failure the page reports.
const dataPlugins = [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })];
const sameBuildData = new StaleWhileRevalidate({ cacheName: 'build-data', plugins: dataPlugins });
const otherBuildData = new NetworkFirst({ cacheName: 'build-data', networkTimeoutSeconds: 10, plugins: dataPlugins });
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.destination !== 'document' && url.searchParams.has('build'),
  async (options) => {
    const url = new URL(options.request.url);
    if (url.searchParams.get('build') !== BUILD_ID) return otherBuildData.handle(options);
    return (await matchPrecache(url.pathname)) ?? sameBuildData.handle(options);
  },
);

// Routes match in registration order. The precache route comes before every runtime route for
// non-navigation requests, so a precached file (the /places/data/*.json behind the finder's filters)
// is always answered from the precache, online or off; navigations above stay network-first.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

// Place and event files not in the precache (detail pages' assets, calendar files): kept once
// opened, refreshed in the background.
registerRoute(
  ({ url, request }) => request.destination !== 'document' && /^\/(places|events)\//.test(url.pathname),
  new StaleWhileRevalidate({ cacheName: 'details', plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })] }),
);

// Search indexes not in the precache (places, events): kept once used, refreshed in the background.
// Registered after the precache route, so the precached content index is always served from it.
registerRoute(({ url }) => /^\/search\/[a-z]+\.json$/.test(url.pathname), new StaleWhileRevalidate({ cacheName: 'search' }));

setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache('/offline/index.html')) ?? Response.error();
  return Response.error();
});

// A new version waits until the person agrees (the page sends SKIP_WAITING from the update prompt).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | undefined)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
