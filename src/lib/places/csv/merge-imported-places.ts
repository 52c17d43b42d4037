import type { PlaceRecord } from './parse-place-csv';

/** What an import changes in one kind's file. */
export interface ImportSummary {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges imported records into the existing ones by id. With `replace`, the imported records become
 * the whole file (samples and anything missing from the spreadsheet are removed); without it,
 * existing records are updated or kept and new ones added, in the spreadsheet's order after the rest.
 * Generic over the record: events merge the same way (by id).
 */
export function mergeImportedPlaces<T extends { id: string } = PlaceRecord>(
  existing: readonly T[],
  imported: readonly T[],
  replace: boolean,
): { records: T[]; summary: ImportSummary } {
  const before = new Map(existing.map((r) => [r.id, r]));
  const incoming = new Map(imported.map((r) => [r.id, r]));
  const added = imported.filter((r) => !before.has(r.id)).map((r) => r.id);
  const changed = imported.filter((r) => before.has(r.id) && !same(before.get(r.id), r)).map((r) => r.id);
  const unchanged = imported.length - added.length - changed.length;
  if (replace) {
    const removed = existing.filter((r) => !incoming.has(r.id)).map((r) => r.id);
    return { records: [...imported], summary: { added, changed, removed, unchanged } };
  }
  const records = [...existing.map((r) => incoming.get(r.id) ?? r), ...imported.filter((r) => !before.has(r.id))];
  return { records, summary: { added, changed, removed: [], unchanged } };
}
