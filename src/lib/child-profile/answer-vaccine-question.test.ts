import { describe, expect, it } from 'vitest';
import { loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { answerVaccineQuestion } from './answer-vaccine-question';
import { buildVaccineTimeline } from './build-vaccine-timeline';
import type { ChildProfile } from './child-store';
import { setDoseGiven } from './set-dose-given';

const schedule = loadImmunizationSchedule();
const TODAY = '2026-03-15';
// The new mother of issue #17: a 7-month-old just saved, nothing ticked.
const child: ChildProfile = { id: 'a', nickname: '', birthDate: '2025-08-10', milestones: [], givenDoses: ['bcg:1'], parentConfirmedDoses: [], vaccineChoices: {}, growth: [] };
const timelineOf = (p: ChildProfile) => buildVaccineTimeline(schedule, '2025-08-10', TODAY, p);

describe('answerVaccineQuestion', () => {
  it('“是的，都按时打了” records every dose due so far as given and parent-confirmed: nothing is left late', () => {
    const answered = answerVaccineQuestion(child, 'all-given', timelineOf(child), TODAY);
    expect(answered.vaccineAnswer).toEqual({ answer: 'all-given', on: TODAY });
    expect(answered.parentConfirmedDoses).toHaveLength(10);
    expect(answered.parentConfirmedDoses).not.toContain('bcg:1'); // ticked by hand before: not the answer's doing
    expect(answered.givenDoses).toEqual(expect.arrayContaining(['bcg:1', 'hepb:1', 'mpsv-a:1']));
    const after = timelineOf(answered);
    expect(after.filter((d) => d.date <= TODAY).every((d) => d.status === 'given')).toBe(true);
    expect(after.find((d) => d.key === 'hepb:1')?.confirmedByParent).toBe(true);
    expect(after.find((d) => d.key === 'mmr:1')?.status).toBe('upcoming');
    // Still editable: unticking one brings it back, with its real status now that the question is answered.
    const edited = setDoseGiven(answered, 'hepb:1', false);
    expect(timelineOf(edited).find((d) => d.key === 'hepb:1')?.status).toBe('overdue');
    expect(edited.parentConfirmedDoses).not.toContain('hepb:1');
  });

  it('“有没打的，我来逐个勾选” changes no dose and lets late doses show their real status', () => {
    const answered = answerVaccineQuestion(child, 'tick-each', timelineOf(child), TODAY);
    expect(answered).toEqual({ ...child, vaccineAnswer: { answer: 'tick-each', on: TODAY } });
    expect(timelineOf(child).some((d) => d.status === 'overdue')).toBe(false);
    expect(timelineOf(answered).find((d) => d.key === 'hepb:1')?.status).toBe('overdue');
  });

  it('does not change the profile it is given', () => {
    const copy = structuredClone(child);
    answerVaccineQuestion(child, 'all-given', timelineOf(child), TODAY);
    expect(child).toEqual(copy);
  });
});
