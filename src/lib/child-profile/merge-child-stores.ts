import { CHILD_STORE_VERSION, type ChildProfile, type ChildStore, type GrowthRecord } from './child-store';

// Three-way merge for two tabs (or two windows) writing the same localStorage key. `baseline` is what this tab last
// read or wrote; `mine` is this tab's store now; `onDisk` is what is stored now (perhaps written by another tab).
// A change is whatever differs from the baseline: additions from both sides are kept, a deletion on either side
// (something in the baseline that a side no longer has) stays deleted, and when both sides changed one field, this
// tab's value wins (it is the change the parent just made here).

const SCALAR_FIELDS = ['nickname', 'birthDate', 'dueDate', 'gestationWeeks', 'sex', 'district'] as const;

function mergeValue<T>(onDisk: T, mine: T, baseline: T | undefined, same: (a: T, b: T) => boolean): T {
  if (baseline === undefined) return mine;
  return same(mine, baseline) ? onDisk : mine;
}

function mergeStrings(onDisk: string[], mine: string[], baseline: string[] | undefined): string[] {
  const base = new Set(baseline ?? []);
  const mineSet = new Set(mine);
  const diskSet = new Set(onDisk);
  const removed = (s: string) => base.has(s) && (!mineSet.has(s) || !diskSet.has(s));
  return [...new Set([...onDisk, ...mine])].filter((s) => !removed(s));
}

function mergeById<T extends { id: string }>(onDisk: T[], mine: T[], baseline: T[] | undefined, mergeItem: (d: T, m: T, b: T | undefined) => T): T[] {
  const base = new Map((baseline ?? []).map((x) => [x.id, x]));
  const mineById = new Map(mine.map((x) => [x.id, x]));
  const diskById = new Map(onDisk.map((x) => [x.id, x]));
  const out: T[] = [];
  for (const item of [...onDisk, ...mine.filter((x) => !diskById.has(x.id))]) {
    const d = diskById.get(item.id);
    const m = mineById.get(item.id);
    const b = base.get(item.id);
    if (b && (!d || !m)) continue; // deleted on purpose on one side
    out.push(d && m ? mergeItem(d, m, b) : item);
  }
  return out;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Per choice: a choice made, changed or cleared on one side is kept; when both sides changed it, this tab wins. */
function mergeChoices(onDisk: Record<string, string>, mine: Record<string, string>, baseline: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const choice of new Set([...Object.keys(onDisk), ...Object.keys(mine)])) {
    const value = baseline === undefined ? mine[choice] : mine[choice] === baseline[choice] ? onDisk[choice] : mine[choice];
    if (value !== undefined) out[choice] = value;
  }
  return out;
}

function mergeGrowth(onDisk: GrowthRecord, mine: GrowthRecord, baseline: GrowthRecord | undefined): GrowthRecord {
  return mergeValue(onDisk, mine, baseline, sameJson);
}

function mergeChild(onDisk: ChildProfile, mine: ChildProfile, baseline: ChildProfile | undefined): ChildProfile {
  const merged: ChildProfile = { ...onDisk };
  const fields = merged as unknown as Record<string, unknown>;
  for (const field of SCALAR_FIELDS) {
    fields[field] = mergeValue<unknown>(onDisk[field], mine[field], baseline ? baseline[field] ?? null : undefined, (a, b) => (a ?? null) === (b ?? null));
  }
  // A child is born or expected, never both: the date pair moves together, from the side that changed it.
  const dateSide = baseline && mine.birthDate === baseline.birthDate && mine.dueDate === baseline.dueDate ? onDisk : mine;
  merged.birthDate = dateSide.birthDate;
  merged.dueDate = dateSide.dueDate;
  merged.milestones = mergeStrings(onDisk.milestones, mine.milestones, baseline?.milestones);
  merged.givenDoses = mergeStrings(onDisk.givenDoses, mine.givenDoses, baseline?.givenDoses);
  // Still a subset of the given doses: a dose unticked on either side is no longer confirmed either.
  merged.parentConfirmedDoses = mergeStrings(onDisk.parentConfirmedDoses, mine.parentConfirmedDoses, baseline?.parentConfirmedDoses).filter((k) =>
    merged.givenDoses.includes(k),
  );
  merged.vaccineAnswer =
    mergeValue<ChildProfile['vaccineAnswer'] | null>(onDisk.vaccineAnswer ?? null, mine.vaccineAnswer ?? null, baseline ? baseline.vaccineAnswer ?? null : undefined, sameJson) ?? undefined;
  merged.vaccineChoices = mergeChoices(onDisk.vaccineChoices, mine.vaccineChoices, baseline?.vaccineChoices);
  merged.growth = mergeById(onDisk.growth, mine.growth, baseline?.growth, mergeGrowth);
  return merged;
}

/**
 * Merges this tab's store into what is stored now, keeping additions from both and deletions from either.
 * @example mergeChildStores(parseChildStore(localStorage.getItem(KEY)).store, state.store, lastWritten)
 */
export function mergeChildStores(onDisk: ChildStore, mine: ChildStore, baseline: ChildStore): ChildStore {
  const children = mergeById(onDisk.children, mine.children, baseline.children, mergeChild);
  const wanted = mine.selectedId !== baseline.selectedId ? mine.selectedId : onDisk.selectedId;
  const selectedId = children.some((c) => c.id === wanted) ? wanted : children.some((c) => c.id === mine.selectedId) ? mine.selectedId : children[0]?.id;
  return { version: CHILD_STORE_VERSION, selectedId, children };
}
