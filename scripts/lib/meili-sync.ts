// The work of `npm run search:meili-sync`, separate from the command line so tests drive it against
// the Meilisearch double through the official client.
import type { Meilisearch } from 'meilisearch';
import type { MeiliDocument } from '../../src/lib/search/meili/meili-documents';
import { MEILI_SETTINGS } from '../../src/lib/search/meili/meili-settings';

export interface SyncIndex {
  uid: string;
  docs: MeiliDocument[];
}

export interface BatchFailure {
  index: string;
  batch: number;
  ids: string[];
  code: string;
  message: string;
}

export interface SyncReport {
  index: string;
  sent: number;
  deleted: number;
  failures: BatchFailure[];
}

/**
 * Pushes each index's documents: creates the index if missing, applies the settings, sends the
 * documents in batches and waits for every task, then removes documents the data no longer has.
 * Safe to re-run: additions replace documents by id, and the same data gives the same index.
 * Stale documents are removed only when every batch succeeded, so a failed run never deletes.
 */
export async function syncToMeili(client: Meilisearch, indexes: readonly SyncIndex[], { batchSize = 1000, log = (_: string): void => undefined }: { batchSize?: number; log?: (line: string) => void } = {}): Promise<SyncReport[]> {
  const reports: SyncReport[] = [];
  for (const { uid, docs } of indexes) {
    const created = await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists') throw new Error(`${uid}: could not create the index: ${created.error?.message ?? 'unknown error'}`);
    const settings = await client.index(uid).updateSettings(MEILI_SETTINGS as never).waitTask();
    if (settings.status === 'failed') throw new Error(`${uid}: settings refused: ${settings.error?.message ?? 'unknown error'}`);
    const failures: BatchFailure[] = [];
    for (let start = 0, batch = 1; start < docs.length; start += batchSize, batch++) {
      const chunk = docs.slice(start, start + batchSize);
      const task = await client.index(uid).addDocuments(chunk, { primaryKey: 'id' }).waitTask();
      if (task.status === 'failed') failures.push({ index: uid, batch, ids: chunk.map((d) => d.id), code: task.error?.code ?? 'unknown', message: task.error?.message ?? 'unknown error' });
      log(`${uid}: batch ${batch} (${chunk.length} documents) ${task.status}`);
    }
    let deleted = 0;
    if (failures.length === 0) {
      const keep = new Set(docs.map((d) => d.id));
      const stale: string[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await client.index(uid).getDocuments({ fields: ['id'], limit: 1000, offset });
        for (const d of page.results) if (!keep.has(String(d['id']))) stale.push(String(d['id']));
        if (offset + 1000 >= page.total) break;
      }
      if (stale.length > 0) {
        const task = await client.index(uid).deleteDocuments(stale).waitTask();
        if (task.status === 'failed') throw new Error(`${uid}: could not remove ${stale.length} old documents: ${task.error?.message ?? ''}`);
        deleted = stale.length;
      }
    }
    reports.push({ index: uid, sent: docs.length, deleted, failures });
  }
  return reports;
}
