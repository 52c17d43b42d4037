/** A correction-log entry as the checker needs it: its id and what it says it changed. */
export interface CorrectionToCheck {
  id: string;
  guides: readonly string[];
  myths: readonly string[];
  packs: readonly string[];
}

/** The ids the site has: guide file slugs, myth card ids, pack slugs. */
export interface KnownTargets {
  guides: ReadonlySet<string>;
  myths: ReadonlySet<string>;
  packs: ReadonlySet<string>;
}

export interface CorrectionProblem {
  /** The entry's id. */
  id: string;
  /** The field and position, e.g. `guides[2]`. */
  field: string;
  reason: string;
}

const KINDS = [
  ['guides', '指导'],
  ['myths', '老观念卡片'],
  ['packs', '资源包'],
] as const;

/**
 * Every reason the correction log cannot be built: a guide, myth card or pack the site does not
 * have (a typo would silently drop the link from the corrected page), or two entries with one id.
 */
export function findCorrectionProblems(entries: readonly CorrectionToCheck[], known: KnownTargets): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push({ id: entry.id, field: 'id', reason: `“${entry.id}” 重复 (duplicate id)` });
    ids.add(entry.id);
    for (const [field, label] of KINDS) {
      entry[field].forEach((target, i) => {
        if (!known[field].has(target)) problems.push({ id: entry.id, field: `${field}[${i}]`, reason: `没有 “${target}” 这个${label} (unknown ${field.slice(0, -1)})` });
      });
    }
  }
  return problems;
}

/** One line per problem: `corrections.yaml: id: field: reason`. */
export function formatCorrectionProblems(problems: readonly CorrectionProblem[]): string {
  return problems.map((p) => `  src/content/corrections/corrections.yaml: ${p.id}: ${p.field}: ${p.reason}`).join('\n');
}

/** A correction-log entry as loaded: its fields under `data`. */
interface DatedEntry {
  data: { date: Date; guides: readonly string[] };
}

/** The entries that name a guide, newest first: what the guide page links to. */
export function correctionsForGuide<T extends DatedEntry>(entries: readonly T[], slug: string): T[] {
  return entries.filter((e) => e.data.guides.includes(slug)).sort(byNewest);
}

/** Newest first; the same day keeps file order. */
export function byNewest(a: DatedEntry, b: DatedEntry): number {
  return b.data.date.getTime() - a.data.date.getTime();
}
