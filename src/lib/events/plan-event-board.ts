import type { CivilDate } from '../age/civil-date';
import { matchesEventFilters, type EventFilters, type FilterableEvent } from './event-filters';
import { classifyEvent, toEventDay, toOccurrences, type EventGroup, type Occurrence } from './event-times';

/** One event as the board sees it: its (effective) timing, what the filters look at, and whether it is off. */
export interface BoardEvent extends FilterableEvent {
  /** Cancelled, or postponed without a new time (see isGoingAhead). */
  off: boolean;
}

export interface PlacedEvent {
  /** Position of the event in the input. */
  index: number;
  group: EventGroup;
  /** The occurrence happening now or next; undefined once all are over. */
  occurrence: Occurrence | undefined;
  visible: boolean;
  off: boolean;
}

export interface EventBoardPlan {
  /**
   * Every event once, in display order: by section (today with what is on now, this week, later,
   * past); within an upcoming section the events that go ahead first, then the off ones, each by time; the past latest first.
   */
  placed: PlacedEvent[];
  /** Visible upcoming events (not past) that go ahead, and that are off. */
  counts: { goingAhead: number; off: number };
  /**
   * This week (today included) among the visible events: 'some' go ahead, all that match are 'off',
   * or it is 'empty'; and the next visible event after this week that goes ahead.
   */
  week: { state: 'some' | 'off' | 'empty'; next: PlacedEvent | undefined };
  /**
   * Sessions a day of the events that go ahead and match every filter but the date (the month grid,
   * where choosing a day sets the date filter).
   */
  dayCounts: Record<CivilDate, number>;
}

/** Sections of the page, in order: what is happening now is listed under 今天. */
const SECTION_ORDER: Record<EventGroup, number> = { now: 0, today: 0, 'this-week': 1, later: 2, past: 3 };
const THIS_WEEK = new Set<EventGroup>(['now', 'today', 'this-week']);

/**
 * Groups, filters and orders the events of a list against `now` (in Asia/Shanghai), as the page's
 * script does on the device. With `limit` (the home and band pages) only the first `limit` upcoming
 * events that go ahead are visible: nothing past, nothing off.
 */
export function planEventBoard(events: readonly BoardEvent[], options: { now: Date; filters: EventFilters; limit?: number | undefined }): EventBoardPlan {
  const { now, filters, limit } = options;
  const { date: _date, ...withoutDate } = filters;
  const dayCounts: Record<CivilDate, number> = {};
  const placed = events.map((event, index): PlacedEvent => {
    const { group, occurrence } = classifyEvent(event, now);
    const matches = matchesEventFilters(event, filters);
    if (!event.off && matchesEventFilters(event, withoutDate)) {
      for (const o of toOccurrences(event)) {
        const day = toEventDay(o.start);
        dayCounts[day] = (dayCounts[day] ?? 0) + 1;
      }
    }
    return { index, group, occurrence, visible: matches, off: event.off };
  });
  const startOf = (p: PlacedEvent) => p.occurrence?.start.getTime() ?? 0;
  const lastEnd = (p: PlacedEvent) => toOccurrences(events[p.index] as BoardEvent).at(-1)?.end.getTime() ?? 0;
  placed.sort((a, b) => {
    const bySection = SECTION_ORDER[a.group] - SECTION_ORDER[b.group];
    if (bySection !== 0) return bySection;
    if (a.group === 'past') return lastEnd(b) - lastEnd(a) || a.index - b.index;
    return Number(a.off) - Number(b.off) || startOf(a) - startOf(b) || a.index - b.index;
  });
  if (limit !== undefined) {
    let shown = 0;
    for (const p of placed) {
      p.visible = p.visible && p.group !== 'past' && !p.off && shown < limit;
      if (p.visible) shown++;
    }
  }
  const upcoming = placed.filter((p) => p.visible && p.group !== 'past');
  const thisWeek = upcoming.filter((p) => THIS_WEEK.has(p.group));
  return {
    placed,
    counts: { goingAhead: upcoming.filter((p) => !p.off).length, off: upcoming.filter((p) => p.off).length },
    week: {
      state: thisWeek.some((p) => !p.off) ? 'some' : thisWeek.length > 0 ? 'off' : 'empty',
      next: upcoming.find((p) => p.group === 'later' && !p.off),
    },
    dayCounts,
  };
}
