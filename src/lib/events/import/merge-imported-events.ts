import { mergeImportedPlaces, type ImportSummary } from '../../places/csv/merge-imported-places';
import { toCalendarSequence } from '../to-calendar-event';
import type { EventRecord } from './parse-event-csv';

export type { ImportSummary };

const TIMING_KEYS = ['start', 'end', 'recurrence', 'status', 'newTime'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Sequenced = Parameters<typeof toCalendarSequence>[0];

/**
 * The calendar revision an imported event needs so that phones which saved or subscribed to it take
 * the change (iCalendar SEQUENCE): when its time, repeat or status differs from what was published,
 * one more than before; otherwise what it had. Left out when the status already implies it.
 */
export function withCalendarSequence(previous: EventRecord | undefined, next: EventRecord): EventRecord {
  const { sequence: _ignored, ...rest } = next;
  const implied = toCalendarSequence(rest as unknown as Sequenced);
  if (!previous) return rest as EventRecord;
  const before = toCalendarSequence(previous as unknown as Sequenced);
  const changed = TIMING_KEYS.some((k) => !same(previous[k], next[k]));
  const sequence = changed ? Math.max(before + 1, implied) : Math.max(before, implied);
  return (sequence > implied ? { ...rest, sequence } : rest) as EventRecord;
}

/**
 * Merges imported events into the imported file by id, as places do: with `replace` the spreadsheet
 * becomes the whole file; without it, events are updated or added and the rest kept. Every updated
 * event carries the calendar revision its change needs.
 */
export function mergeImportedEvents(existing: readonly EventRecord[], imported: readonly EventRecord[], replace: boolean): { records: EventRecord[]; summary: ImportSummary } {
  const before = new Map(existing.map((e) => [e.id, e]));
  return mergeImportedPlaces(existing, imported.map((e) => withCalendarSequence(before.get(e.id), e)), replace);
}
