import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { cspMetaFirst } from './src/integrations/csp-meta-first';
import { meiliKeyCheck } from './src/integrations/meili-key-check';
import { createContentDirectivesPlugin } from './src/integrations/content-directives-plugin';
import { createScheduleAgesPlugin } from './src/integrations/schedule-ages-plugin';
import { serviceWorker } from './src/integrations/service-worker';
import { buildCspDirectives } from './src/lib/security/build-csp-directives';
import { LARGE_TEXT_BOOT_SCRIPT } from './src/lib/site/large-text';
import { siteConfig } from './src/site.config';

// One id per build, shared by pages, scripts and the service worker (src/lib/site/build-data-url.ts).
process.env['PUBLIC_BUILD_ID'] ??= Date.now().toString(36);

export default defineConfig({
  site: siteConfig.siteUrl,
  // A fixture build (tests/build) keeps its own content cache so it never mixes with the real site's.
  ...(process.env['CONTENT_ROOT'] ? { cacheDir: './node_modules/.astro-fixture' } : {}),
  // Trailing slashes everywhere: the service worker maps /foo/ to foo/index.html, not /foo.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [meiliKeyCheck(), react(), sitemap({ filter: (page) => !page.includes('/offline/') && !page.includes('/data/quality/') && !page.includes('/packs/custom/') && !/\/packs\/[^/]+\/print\/$/.test(page) }), cspMetaFirst(), serviceWorker({ tileOrigins: siteConfig.map.tiles.hosts, buildId: process.env['PUBLIC_BUILD_ID'] })],
  security: {
    csp: {
      // A site built for a Meilisearch server may fetch from it (and only from it).
      directives: [...buildCspDirectives(siteConfig.map.tiles.hosts, process.env['PUBLIC_MEILI_HOST'] ? [new URL(process.env['PUBLIC_MEILI_HOST']).origin] : [])],
      // The 长辈模式 boot script is inline (it must run before first paint); allow exactly it.
      scriptDirective: { hashes: [`sha256-${createHash('sha256').update(LARGE_TEXT_BOOT_SCRIPT).digest('base64')}`] },
    },
  },
  markdown: {
    // Guides have no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: satteri({
      // Warning signs and red flags come from data ({{warning-signs:18}}, {{red-flags:fever}}); vaccine
      // and check-up ages from the schedule data ({{dose:mmr:1}}).
      mdastPlugins: [
        createContentDirectivesPlugin({ contentRoot: process.env['CONTENT_ROOT'] ?? './src/content' }),
        createScheduleAgesPlugin({ contentRoot: process.env['CONTENT_ROOT'] ?? './src/content' }),
      ],
    }),
  },
  devToolbar: { enabled: false },
});
