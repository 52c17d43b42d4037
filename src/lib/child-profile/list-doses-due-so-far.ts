import type { TimelineDose } from './build-vaccine-timeline';

const PAST_NOT_GIVEN = new Set<TimelineDose['status']>(['unanswered', 'due', 'overdue']);

/**
 * The doses 「是的，都按时打了」 records as given: every dose whose date has come and that is not marked given.
 * Left out: the merged entry of a choice not made yet (we cannot know which vaccine was given — the parent picks it),
 * and `confirm` doses (the data do not settle their date for this child, so "on time" has no meaning for them: the
 * page keeps saying 请向接种门诊确认 and the parent can tick them one by one).
 * @example listDosesDueSoFar(buildVaccineTimeline(schedule, birth, today, child)).map((d) => d.key) // ['bcg:1', 'hepb:1', …]
 */
export function listDosesDueSoFar(timeline: readonly TimelineDose[]): TimelineDose[] {
  return timeline.filter((d) => PAST_NOT_GIVEN.has(d.status) && d.alternatives.length === 0);
}
