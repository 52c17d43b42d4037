// Astro integration: after `astro build`, bundle src/sw/sw.ts with esbuild and inject the precache
// manifest with workbox-build. The build fails if any file meant for the precache is dropped, and
// reports the precache size (budget: 3 MB for the sample site).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/**
 * What the precache holds: the shell, offline page, hubs, guides, lists, their data, the search page
 * and its content index (the place and event indexes are cached when first used).
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
  '_astro/*.{js,css}',
  'manifest.webmanifest',
  'favicon.svg',
  'icons/*.{png,svg}',
  // The compact data behind the /places/ filters and map (the full GeoJSON is open data, not needed offline).
  'places/data/*.json',
];

export const PRECACHE_BUDGET_BYTES = 3 * 1024 * 1024;

export function serviceWorker(options: { tileOrigins: string[] }): AstroIntegration {
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
          define: { 'self.__TILE_ORIGINS': JSON.stringify(options.tileOrigins), 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        });
        const { count, size, warnings } = await injectManifest({
          swSrc: bundled,
          swDest: join(out, 'sw.js'),
          globDirectory: out,
          globPatterns: PRECACHE_PATTERNS,
          // The React runtime is built for the islands to come; no page loads it yet.
          globIgnores: ['sw.js', 'sw.src.js', '**/*.map', '_astro/client.*.js'],
          maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        });
        rmSync(bundled);
        if (warnings.length > 0) throw new Error(`service worker: precache warnings (files dropped?):\n${warnings.join('\n')}`);
        logger.info(`precache: ${count} files, ${(size / 1024).toFixed(0)} KiB`);
        if (size > PRECACHE_BUDGET_BYTES) logger.warn(`precache ${(size / 1024).toFixed(0)} KiB is over the ${PRECACHE_BUDGET_BYTES / 1024} KiB budget`);
      },
    },
  };
}
