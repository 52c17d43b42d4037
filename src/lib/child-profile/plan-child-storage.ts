import { createEmptyStore, type ChildStore } from './child-store';
import { mergeChildStores } from './merge-child-stores';
import { parseChildStore } from './parse-child-store';

// What the timeline does with what it finds in localStorage, decided here so the page only carries it out.
// Rules: data from a newer version is never moved, overwritten or deleted; unreadable data is set aside under its
// own key (and only then removed from the main key); a set-aside copy is never overwritten by another; and
// nothing is written over data this version cannot read.

/** Where unreadable data is: under the side key, or still under the main key (it could not be set aside). */
export type UnreadablePlace = 'aside' | 'main';

export interface StoreLoadPlan {
  store: ChildStore;
  /** False while the main key holds data this version must not write over (newer or unreadable). */
  writable: boolean;
  /** The main key holds a newer version's data: say 请更新页面. */
  newerVersion: number | undefined;
  /** Unreadable data waiting for the parent to download or discard it. */
  unreadable: { reason: string; place: UnreadablePlace } | undefined;
  /** Move the main key's text to the side key, then remove the main key; report back with `settleSetAside`. */
  setAside: boolean;
  /** The main key held an older version: write the migrated store back. */
  migrated: boolean;
}

/**
 * Decides what to do with the stored text.
 * @example planStoreLoad(localStorage.getItem(CHILD_STORE_KEY), localStorage.getItem(CHILD_STORE_UNREADABLE_KEY))
 */
export function planStoreLoad(mainRaw: string | null, asideRaw: string | null): StoreLoadPlan {
  const result = parseChildStore(mainRaw);
  const aside = asideRaw === null ? undefined : { reason: reasonOf(asideRaw), place: 'aside' as const };
  const base = { store: createEmptyStore(), writable: true, newerVersion: undefined, unreadable: aside, setAside: false, migrated: false };
  if (result.status === 'newer') return { ...base, writable: false, newerVersion: result.version };
  if (result.status === 'unreadable') {
    // A different text already set aside stays where it is: setting this one aside would overwrite it.
    if (asideRaw !== null && asideRaw !== mainRaw) return { ...base, writable: false, unreadable: { reason: result.reason, place: 'main' } };
    return { ...base, setAside: true, unreadable: { reason: result.reason, place: 'aside' } };
  }
  return { ...base, store: result.store, migrated: result.status === 'ok' && result.migratedFrom !== undefined };
}

/** After trying to set the text aside: when that write failed, the text stays under the main key, and nothing may be written over it. */
export function settleSetAside(plan: StoreLoadPlan, wroteAside: boolean): StoreLoadPlan {
  if (!plan.setAside || wroteAside) return { ...plan, setAside: false };
  return { ...plan, setAside: false, writable: false, unreadable: plan.unreadable && { ...plan.unreadable, place: 'main' } };
}

function reasonOf(raw: string): string {
  const result = parseChildStore(raw);
  if (result.status === 'unreadable') return result.reason;
  if (result.status === 'newer') return `来自更新的版本（${result.version}）`;
  return '已另外存放';
}

/** What to write: the merged store (undefined removes the key), or nothing when the stored data must not be written over. */
export type StoreWritePlan = { kind: 'write'; store: ChildStore; remove: boolean } | { kind: 'blocked'; because: 'newer' | 'unreadable' };

/**
 * Before every write, re-reads what is stored and merges this tab's changes into it, so another tab's changes survive.
 * @example planStoreWrite(localStorage.getItem(CHILD_STORE_KEY), state.store, lastWritten)
 */
export function planStoreWrite(diskRaw: string | null, mine: ChildStore, baseline: ChildStore): StoreWritePlan {
  const disk = parseChildStore(diskRaw);
  if (disk.status === 'newer') return { kind: 'blocked', because: 'newer' };
  if (disk.status === 'unreadable') return { kind: 'blocked', because: 'unreadable' };
  const store = mergeChildStores(disk.store, mine, baseline);
  return { kind: 'write', store, remove: store.children.length === 0 };
}
