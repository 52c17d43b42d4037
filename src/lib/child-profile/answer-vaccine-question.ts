import type { CivilDate } from '../age/civil-date';
import type { TimelineDose } from './build-vaccine-timeline';
import type { ChildProfile } from './child-store';
import { listDosesDueSoFar } from './list-doses-due-so-far';

/**
 * Records the parent's answer to the first-use question, dated `today`. 'all-given' (是的，都按时打了) marks every dose
 * of `listDosesDueSoFar(timeline)` as given and as confirmed by the parent (家长确认, still editable one by one);
 * 'tick-each' (有没打的，我来逐个勾选) changes no dose. Either way, from now on late doses show their real status.
 * `timeline` must be built from this profile (on `today`).
 * @example answerVaccineQuestion(child, 'all-given', timeline, '2026-03-15').parentConfirmedDoses // ['hepb:1', 'bcg:1', …]
 */
export function answerVaccineQuestion(profile: ChildProfile, answer: 'all-given' | 'tick-each', timeline: readonly TimelineDose[], today: CivilDate): ChildProfile {
  const answered: ChildProfile = { ...profile, vaccineAnswer: { answer, on: today } };
  if (answer === 'tick-each') return answered;
  const keys = listDosesDueSoFar(timeline)
    .map((d) => d.key)
    .filter((k) => !profile.givenDoses.includes(k));
  return {
    ...answered,
    givenDoses: [...profile.givenDoses, ...keys],
    parentConfirmedDoses: [...new Set([...profile.parentConfirmedDoses, ...keys])],
  };
}
