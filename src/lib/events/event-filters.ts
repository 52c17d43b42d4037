import { AGE_BAND_IDS } from '../age/age-bands';
import { parseCivilDate } from '../age/civil-date';
import { toEventDay, toOccurrences, type EventTiming } from './event-times';

/** Filters of the events list, as they travel in the URL (`?district=lieshan&band=1-2y`). */
export interface EventFilters {
  district?: string;
  band?: string;
  type?: string;
  audience?: string;
  /** Only events with an occurrence on this civil date (Asia/Shanghai). */
  date?: string;
}

/** What the filters look at in one event. */
export interface FilterableEvent extends EventTiming {
  district: string;
  bands: readonly string[];
  type: string;
  audiences: readonly string[];
}

const KEYS = ['district', 'band', 'type', 'audience', 'date'] as const;

/**
 * Reads filters from a query string, keeping only known values (anything else is ignored, never
 * an error: a shared link with a typo still shows events).
 */
export function parseEventFilters(
  query: string,
  allowed: { districts: readonly string[]; types: readonly string[]; audiences: readonly string[] },
): EventFilters {
  const params = new URLSearchParams(query);
  const filters: EventFilters = {};
  const pick = (key: (typeof KEYS)[number], ok: (v: string) => boolean) => {
    const v = params.get(key);
    if (v !== null && ok(v)) filters[key] = v;
  };
  pick('district', (v) => allowed.districts.includes(v));
  pick('band', (v) => (AGE_BAND_IDS as readonly string[]).includes(v));
  pick('type', (v) => allowed.types.includes(v));
  pick('audience', (v) => allowed.audiences.includes(v));
  pick('date', (v) => parseCivilDate(v) !== undefined);
  return filters;
}

/** The query string for filters (stable key order, empty filters left out). */
export function toEventFilterQuery(filters: EventFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const v = filters[key];
    if (v) params.set(key, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the event passes every filter set. */
export function matchesEventFilters(event: FilterableEvent, filters: EventFilters): boolean {
  if (filters.district && event.district !== filters.district) return false;
  if (filters.band && !event.bands.includes(filters.band)) return false;
  if (filters.type && event.type !== filters.type) return false;
  if (filters.audience && !event.audiences.includes(filters.audience)) return false;
  if (filters.date && !toOccurrences(event).some((o) => toEventDay(o.start) === filters.date)) return false;
  return true;
}
