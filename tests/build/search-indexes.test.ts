// The built search indexes (dist/search/*.json; npm test builds first), searched with the engine the
// browser runs: every title finds its own record, and the first download stays small.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createEmbeddedBackend, EMBEDDED_INDEXES, type EmbeddedIndexName } from '../../src/lib/search/embedded-backend';
import type { SearchBundle } from '../../src/lib/search/search-index';

const path = (name: string) => `dist/search/${name}.json`;
const built = EMBEDDED_INDEXES.every(({ name }) => existsSync(path(name)));
const read = (name: EmbeddedIndexName) => JSON.parse(readFileSync(path(name), 'utf8')) as SearchBundle;

describe('the built search indexes', () => {
  it('exist: npm test builds the site first', () => {
    expect(built, 'dist/search/*.json missing: run npm run build').toBe(true);
  });
  if (!built) return;
  const backend = createEmbeddedBackend(async (name) => read(name));

  it('hold every kind: guides, packs, myths, places and events', () => {
    const kinds = new Set(EMBEDDED_INDEXES.flatMap(({ name }) => read(name).docs.map((d) => d.kind)));
    expect([...kinds].sort()).toEqual(['event', 'guide', 'myth', 'pack', 'place']);
  });

  it('find every record by its own title in the top 3 (for a recurring event, one with that title)', async () => {
    for (const { name } of EMBEDDED_INDEXES) {
      for (const doc of read(name).docs) {
        const top = (await backend.search({ q: doc.title })).hits.slice(0, 3);
        expect(
          top.some((h) => h.doc.id === doc.id || (doc.kind === 'event' && h.doc.title === doc.title)),
          `${doc.id} ${doc.title}`,
        ).toBe(true);
      }
    }
  });

  it('keep the first download small: the content index a first query needs is at most 45 KB gzip', () => {
    expect(gzipSync(readFileSync(path('content'))).length).toBeLessThanOrEqual(45_000);
  });
});
