// The shortlist of centres to compare, kept on the device. Shipped to the browser: no dictionary here.

/** At most this many centres are compared side by side (a phone screen holds three columns). */
export const MAX_COMPARED = 3;
/** Storage key of the shortlist on the device (versioned). */
export const SHORTLIST_KEY = 'yt.compare.v1';

/** Row keys of the comparison, in order; `distance` is filled in on the device. */
export const COMPARE_ROWS = ['status', 'distance', 'puhui', 'fee', 'classes', 'hours', 'services', 'ages', 'filing', 'grade', 'verified'] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** One centre as the comparison shows it: everything already in words, from the build. */
export interface CompareCentre {
  id: string;
  name: string;
  sample: boolean;
  /** Whether it runs at all: the status row of a non-operating centre is highlighted. */
  operating: boolean;
  position: [number, number];
  cells: Record<Exclude<CompareRow, 'distance'>, string>;
}

/** The shortlist from storage: known-looking ids only, no duplicates, at most three; anything else is dropped. */
export function parseShortlist(raw: string | null): string[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    if (!Array.isArray(value)) return [];
    const ids = value.filter((v): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{1,63}$/.test(v));
    return [...new Set(ids)].slice(0, MAX_COMPARED);
  } catch {
    return [];
  }
}

/** Adds or removes `id`; a fourth centre is refused (`full`), never silently dropping one already chosen. */
export function toggleShortlist(list: readonly string[], id: string): { list: string[]; full: boolean } {
  if (list.includes(id)) return { list: list.filter((x) => x !== id), full: false };
  if (list.length >= MAX_COMPARED) return { list: [...list], full: true };
  return { list: [...list, id], full: false };
}
