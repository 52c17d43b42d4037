// Astro integration: after the build, move each page's Content-Security-Policy <meta> first in
// <head> (see src/lib/security/move-csp-meta-first.ts for why). Runs before the service worker
// integration hashes the pages for its precache.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveCspMetaFirst } from '../lib/security/move-csp-meta-first';

export function cspMetaFirst(): AstroIntegration {
  return {
    name: 'yuertong-csp-meta-first',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let moved = 0;
        for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(out, file);
          const html = readFileSync(path, 'utf8');
          const next = moveCspMetaFirst(html);
          if (next !== html) {
            writeFileSync(path, next);
            moved += 1;
          }
        }
        logger.info(`Content-Security-Policy first in <head> on ${moved} pages`);
      },
    },
  };
}
