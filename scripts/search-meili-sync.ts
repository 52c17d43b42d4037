// npm run search:meili-sync — pushes the site's search documents to a Meilisearch server.
// Reads MEILI_HOST and MEILI_ADMIN_KEY from the environment only (never from a file, never written
// anywhere), and the documents from the built site (dist/search/documents/*.json: run `npm run build`
// first, after every data import). MEILI_INDEX_PREFIX names the indexes (default: yuertong).
import { existsSync, readFileSync } from 'node:fs';
import { Meilisearch } from 'meilisearch';
import { EMBEDDED_INDEXES } from '../src/lib/search/embedded-backend';
import { toIndexUid, type MeiliDocument } from '../src/lib/search/meili/meili-documents';
import { syncToMeili } from './lib/meili-sync';

const host = process.env['MEILI_HOST'];
const apiKey = process.env['MEILI_ADMIN_KEY'];
const prefix = process.env['MEILI_INDEX_PREFIX'] ?? 'yuertong';
if (!host || !apiKey) {
  console.error('search:meili-sync needs MEILI_HOST and MEILI_ADMIN_KEY in the environment, e.g.\n  MEILI_HOST=https://search.example.cn MEILI_ADMIN_KEY=… npm run search:meili-sync');
  process.exit(2);
}
const files = EMBEDDED_INDEXES.map(({ name }) => ({ name, path: `dist/search/documents/${name}.json` }));
const missing = files.filter((f) => !existsSync(f.path));
if (missing.length > 0) {
  console.error(`search:meili-sync: ${missing.map((f) => f.path).join(', ')} missing: run \`npm run build\` first.`);
  process.exit(2);
}
const client = new Meilisearch({ host, apiKey });
try {
  const reports = await syncToMeili(
    client,
    files.map(({ name, path }) => ({ uid: toIndexUid(prefix, name), docs: JSON.parse(readFileSync(path, 'utf8')) as MeiliDocument[] })),
    { log: (line) => console.log(line) },
  );
  let failed = false;
  for (const r of reports) {
    console.log(`${r.index}: ${r.sent} documents sent, ${r.deleted} old documents removed`);
    for (const f of r.failures) {
      failed = true;
      console.error(`  batch ${f.batch} FAILED (${f.code}): ${f.message}\n  documents: ${f.ids.join(', ')}`);
    }
  }
  process.exit(failed ? 1 : 0);
} catch (error) {
  console.error(`search:meili-sync failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
