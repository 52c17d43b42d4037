import { CHILD_STORE_KEY, CHILD_STORE_UNREADABLE_KEY, serializeChildStore, type ChildStore } from '../../lib/child-profile/child-store';
import { parseChildStore } from '../../lib/child-profile/parse-child-store';

export type LoadNotice = { kind: 'unreadable'; reason: string } | { kind: 'migrated' } | undefined;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Reads the store, validating it every time. Unreadable data is moved to a side key (never silently deleted) and the
 * caller shows a notice; an older version is migrated and written back at once.
 */
export function loadStore(): { store: ChildStore; notice: LoadNotice } {
  const ls = storage();
  let raw: string | null;
  try {
    raw = ls?.getItem(CHILD_STORE_KEY) ?? null;
  } catch {
    raw = null;
  }
  const result = parseChildStore(raw);
  if (result.status === 'unreadable') {
    try {
      ls?.setItem(CHILD_STORE_UNREADABLE_KEY, raw ?? '');
      ls?.removeItem(CHILD_STORE_KEY);
    } catch {
      /* nothing more we can do: the notice still shows */
    }
    return { store: result.store, notice: { kind: 'unreadable', reason: result.reason } };
  }
  if (result.status === 'ok' && result.migratedFrom !== undefined) {
    saveStore(result.store);
    return { store: result.store, notice: { kind: 'migrated' } };
  }
  return { store: result.store, notice: undefined };
}

/** Writes the store; false when the browser refuses (private mode, full storage). */
export function saveStore(store: ChildStore): boolean {
  try {
    const ls = storage();
    if (!ls) return false;
    if (store.children.length === 0) ls.removeItem(CHILD_STORE_KEY);
    else ls.setItem(CHILD_STORE_KEY, serializeChildStore(store));
    return true;
  } catch {
    return false;
  }
}

/** The set-aside text, if any. */
export function readUnreadable(): string | null {
  try {
    return storage()?.getItem(CHILD_STORE_UNREADABLE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function discardUnreadable(): void {
  try {
    storage()?.removeItem(CHILD_STORE_UNREADABLE_KEY);
  } catch {
    /* ignore */
  }
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
