import { describe, expect, it } from 'vitest';
import { mergeImportedEvents, withCalendarSequence } from './merge-imported-events';
import type { EventRecord } from './parse-event-csv';

const event = (id: string, extra: Record<string, unknown> = {}): EventRecord => ({ id, title: `活动${id}`, start: '2026-12-08T09:30:00+08:00', end: '2026-12-08T11:00:00+08:00', status: 'scheduled', ...extra });

describe('withCalendarSequence', () => {
  it('leaves a new event and an unchanged one alone', () => {
    expect(withCalendarSequence(undefined, event('a'))).toEqual(event('a'));
    expect(withCalendarSequence(event('a'), event('a'))).toEqual(event('a'));
  });
  it('raises the revision when the time changes, and again on the next change', () => {
    const moved = withCalendarSequence(event('a'), event('a', { start: '2026-12-08T14:00:00+08:00', end: '2026-12-08T15:00:00+08:00' }));
    expect(moved['sequence']).toBe(1);
    const movedAgain = withCalendarSequence(moved, event('a', { start: '2026-12-08T15:00:00+08:00', end: '2026-12-08T16:00:00+08:00' }));
    expect(movedAgain['sequence']).toBe(2);
    // Re-importing the same row keeps the revision it has.
    expect(withCalendarSequence(movedAgain, event('a', { start: '2026-12-08T15:00:00+08:00', end: '2026-12-08T16:00:00+08:00' }))['sequence']).toBe(2);
  });
  it('needs no explicit revision for a first cancellation or postponement (the status implies it)', () => {
    expect(withCalendarSequence(event('a'), event('a', { status: 'cancelled' }))['sequence']).toBeUndefined();
    const newTime = { start: '2026-12-15T09:30:00+08:00', end: '2026-12-15T11:00:00+08:00' };
    expect(withCalendarSequence(event('a', { status: 'postponed' }), event('a', { status: 'postponed', newTime }))['sequence']).toBeUndefined();
    // Cancelling an event that had been moved once: 1 → 2.
    expect(withCalendarSequence(event('a', { sequence: 1 }), event('a', { status: 'cancelled' }))['sequence']).toBe(2);
  });
});

describe('mergeImportedEvents', () => {
  it('adds, updates and keeps by id; --replace removes what the spreadsheet lacks', () => {
    const existing = [event('a'), event('b')];
    const imported = [event('b', { title: '活动b改名' }), event('c')];
    const merged = mergeImportedEvents(existing, imported, false);
    expect(merged.records.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(merged.summary).toEqual({ added: ['c'], changed: ['b'], removed: [], unchanged: 0 });
    const replaced = mergeImportedEvents(existing, imported, true);
    expect(replaced.records.map((e) => e.id)).toEqual(['b', 'c']);
    expect(replaced.summary.removed).toEqual(['a']);
  });
});
