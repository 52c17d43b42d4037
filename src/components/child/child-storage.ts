// Carries out, against localStorage, what src/lib/child-profile/plan-child-storage.ts decides.
import { CHILD_STORE_KEY, CHILD_STORE_UNREADABLE_KEY, serializeChildStore, type ChildStore } from '../../lib/child-profile/child-store';
import { planStoreLoad, planStoreWrite, settleSetAside, type StoreLoadPlan, type UnreadablePlace } from '../../lib/child-profile/plan-child-storage';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** True only when the browser accepted the write. */
function write(key: string, value: string | undefined): boolean {
  try {
    const ls = storage();
    if (!ls) return false;
    if (value === undefined) ls.removeItem(key);
    else ls.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the store, validating it every time. Unreadable data is moved to a side key (never silently deleted; left in
 * place when that fails), newer data is left untouched, and an older version is migrated and written back.
 */
export function loadStore(): StoreLoadPlan {
  const main = read(CHILD_STORE_KEY);
  let plan = planStoreLoad(main, read(CHILD_STORE_UNREADABLE_KEY));
  if (plan.setAside) plan = settleSetAside(plan, main !== null && write(CHILD_STORE_UNREADABLE_KEY, main) && write(CHILD_STORE_KEY, undefined));
  if (plan.migrated) write(CHILD_STORE_KEY, serializeChildStore(plan.store));
  return plan;
}

export type SaveOutcome = { kind: 'saved'; store: ChildStore } | { kind: 'blocked' } | { kind: 'failed' };

/** Re-reads what is stored, merges this tab's changes into it and writes the result; says plainly when it did not. */
export function saveStore(mine: ChildStore, baseline: ChildStore): SaveOutcome {
  const plan = planStoreWrite(read(CHILD_STORE_KEY), mine, baseline);
  if (plan.kind === 'blocked') return { kind: 'blocked' };
  return write(CHILD_STORE_KEY, plan.remove ? undefined : serializeChildStore(plan.store)) ? { kind: 'saved', store: plan.store } : { kind: 'failed' };
}

const keyOf = (place: UnreadablePlace) => (place === 'aside' ? CHILD_STORE_UNREADABLE_KEY : CHILD_STORE_KEY);

/** The unreadable text, where it is kept. */
export function readUnreadable(place: UnreadablePlace): string | null {
  return read(keyOf(place));
}

export function discardUnreadable(place: UnreadablePlace): void {
  write(keyOf(place), undefined);
}

/** Calls `onChange` when another tab changes the stored children. */
export function watchStore(onChange: () => void): void {
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === CHILD_STORE_KEY || e.key === CHILD_STORE_UNREADABLE_KEY) onChange();
  });
}

/** Offers text as a file download, made on the device (a blob: URL, no network). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
