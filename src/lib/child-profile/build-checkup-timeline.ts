import type { CheckupSchedule } from '../../schemas/schedule';
import { addDays, type CivilDate } from '../age/civil-date';
import { toDateAtAge } from '../schedule/age-offset';

/** Past visits, the latest one reached ('current'), and those ahead. */
export type VisitStatus = 'past' | 'current' | 'upcoming';

export interface TimelineVisit {
  id: string;
  name: string;
  date: CivilDate;
  /** For a window of weeks (pregnancy): its last day. */
  untilDate: CivilDate | undefined;
  window: string | undefined;
  covers: string | undefined;
  status: VisitStatus;
}

function withStatus<T extends { date: CivilDate; untilDate: CivilDate | undefined }>(visits: T[], today: CivilDate): (T & { status: VisitStatus })[] {
  const reached = visits.filter((v) => v.date <= today);
  const current = reached.at(-1);
  return visits.map((v) => ({
    ...v,
    status: v.date > today ? 'upcoming' : v === current && (v.untilDate === undefined || v.untilDate >= today) ? 'current' : 'past',
  }));
}

/** The child health check-ups (0–6岁儿童健康管理) dated for a child born on `birthDate`. */
export function buildCheckupTimeline(schedule: CheckupSchedule, birthDate: CivilDate, today: CivilDate): TimelineVisit[] {
  const visits = schedule.visits
    .map((v) => ({ id: v.id, name: v.name, date: toDateAtAge(birthDate, v.age), untilDate: undefined, window: v.window, covers: v.covers }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return withStatus(visits, today);
}

/** A step of pregnancy care placed by gestational weeks (a basic-service visit, a guideline visit or a key test). */
export interface PrenatalWeekItem {
  id: string;
  name: string;
  fromWeek?: number | undefined;
  toWeek?: number | undefined;
  window: string;
  covers?: string | undefined;
}

/**
 * Pregnancy visits or tests dated from a due date: week w (w weeks + 0 days) begins (40 − w) weeks before the due date.
 * Steps without weeks (postpartum) are left out here; the page lists them as text. Each list gets its own statuses.
 */
export function buildPrenatalTimeline(items: readonly PrenatalWeekItem[], dueDate: CivilDate, today: CivilDate): TimelineVisit[] {
  const startOfWeek = (week: number) => addDays(dueDate, -(40 - week) * 7);
  const visits = items.flatMap((v) =>
    v.toWeek === undefined
      ? []
      : [{ id: v.id, name: v.name, date: startOfWeek(v.fromWeek ?? 4), untilDate: addDays(startOfWeek(v.toWeek + 1), -1), window: v.window, covers: v.covers }],
  );
  return withStatus(visits, today);
}
