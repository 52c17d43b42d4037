import type { ImmunizationSchedule } from '../../schemas/schedule';
import type { ChildProfile } from './child-store';

/**
 * Records which alternative of a choice (乙脑 `je`, 甲肝 `hepa`) the child is on, or, with `undefined`, goes back to
 * 按接种门诊安排. A series id that is not in that choice is ignored (the profile comes back unchanged). Doses already
 * ticked are never removed: a dose of the other path stays stored, only hidden from the timeline.
 *
 * Which series belong to a choice is read from `schedule` when given; without it, from the schedule's naming rule
 * (a choice's series ids are `<choiceId>-<letter>`, e.g. `je-l`, `je-i`; a unit test holds the schedule to it).
 * @example chooseVaccineAlternative(child, 'je', 'je-i').vaccineChoices // { je: 'je-i' }
 */
export function chooseVaccineAlternative(
  profile: ChildProfile,
  choiceId: string,
  seriesId: string | undefined,
  schedule?: Pick<ImmunizationSchedule, 'series'>,
): ChildProfile {
  if (seriesId === undefined) {
    if (!(choiceId in profile.vaccineChoices)) return profile;
    const vaccineChoices = Object.fromEntries(Object.entries(profile.vaccineChoices).filter(([choice]) => choice !== choiceId));
    return { ...profile, vaccineChoices };
  }
  const inChoice = schedule
    ? schedule.series.some((s) => s.id === seriesId && s.choice === choiceId)
    : /^[a-z0-9]+$/.test(choiceId) && new RegExp(`^${choiceId}-[a-z0-9]+$`).test(seriesId);
  if (!inChoice || profile.vaccineChoices[choiceId] === seriesId) return profile;
  return { ...profile, vaccineChoices: { ...profile.vaccineChoices, [choiceId]: seriesId } };
}
