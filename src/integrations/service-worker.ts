// Astro integration: after `astro build`, bundle src/sw/sw.ts with esbuild and inject the precache
// manifest with workbox-build. The build fails if any file meant for the precache is dropped, and
// reports the precache size (budget: 3 MB for the sample site).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';

/**
 * What the precache holds: the shell, offline page, hubs, guides, lists, their data, the search page
 * and its content index, the custom pack page and its guide index (the place and event indexes are cached when first used).
 */
export const PRECACHE_PATTERNS = [
  'index.html',
  'offline/index.html',
  '404.html',
  'ages/**/index.html',
  'guides/**/index.html',
  'myths/index.html',
  'places/index.html',
  'places/compare/index.html',
  'events/index.html',
  'search/index.html',
  'search/content.json',
  'my-child/index.html',
  'my-child/data.json',
  'my-child/growth.json',
  'privacy/index.html',
  // A custom pack link (/packs/custom/?p=…) opens offline, and a health worker can make a pack offline
  // (/packs/new/): the two pages and the guide index they fetch.
  'packs/custom/index.html',
  'packs/new/index.html',
  'packs/guides.json',
  '_astro/*.{js,css}',
  'manifest.webmanifest',
  'favicon.svg',
  'icons/*.{png,svg}',
  // The compact data behind the /places/ filters and map (the full GeoJSON is open data, not needed offline).
  'places/data/*.json',
];

/**
 * What installing the app costs a family on a metered connection: the precache as transferred (gzip,
 * as any static host serves it). Storage is not the constraint (a few MB of a quota in the hundreds).
 */
// 1,250 KB until the React runtime (~70 KB gzip, for the /my-child/ and pack builder islands) joined the
// precache so both work offline (issue #17 item 9), with the builder page and the guide index it
// fetches: 1,195 → 1,306 KB measured, hence 1,350 KB.
export const PRECACHE_TRANSFER_BUDGET_BYTES = 1_350_000;

export function serviceWorker(options: { tileOrigins: string[]; buildId: string }): AstroIntegration {
  return {
    name: 'yuertong-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundled = join(out, 'sw.src.js');
        await build({
          entryPoints: [fileURLToPath(new URL('../sw/sw.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          outfile: bundled,
          define: { 'self.__TILE_ORIGINS': JSON.stringify(options.tileOrigins), 'self.__BUILD_ID': JSON.stringify(options.buildId), 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        });
        const selection = {
          globDirectory: out,
          globPatterns: PRECACHE_PATTERNS,
          globIgnores: ['sw.js', 'sw.src.js', '**/*.map'],
          maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        };
        const { count, size, warnings } = await injectManifest({ swSrc: bundled, swDest: join(out, 'sw.js'), ...selection });
        const { manifestEntries } = await getManifest(selection);
        rmSync(bundled);
        if (warnings.length > 0) throw new Error(`service worker: precache warnings (files dropped?):\n${warnings.join('\n')}`);
        const transfer = (manifestEntries ?? []).reduce((sum, e) => sum + gzipSync(readFileSync(join(out, e.url))).length, 0);
        logger.info(`precache: ${count} files, ${(size / 1024).toFixed(0)} KiB stored, ${(transfer / 1000).toFixed(0)} KB gzip to download`);
        if (transfer > PRECACHE_TRANSFER_BUDGET_BYTES) {
          throw new Error(`service worker: the precache downloads ${transfer} bytes gzip, over the ${PRECACHE_TRANSFER_BUDGET_BYTES} budget`);
        }
      },
    },
  };
}
