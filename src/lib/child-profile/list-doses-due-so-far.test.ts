import { describe, expect, it } from 'vitest';
import { loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { buildVaccineTimeline, type ChildVaccineState } from './build-vaccine-timeline';
import { listDosesDueSoFar } from './list-doses-due-so-far';

const schedule = loadImmunizationSchedule();
const notAnswered: ChildVaccineState = { givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, vaccineAnswer: undefined };

describe('listDosesDueSoFar', () => {
  it('a 7-month-old: every dose whose date has come and that is not ticked, in date order', () => {
    const doses = listDosesDueSoFar(buildVaccineTimeline(schedule, '2025-08-10', '2026-03-15', { ...notAnswered, givenDoses: ['bcg:1'] }));
    expect(doses.map((d) => d.key)).toEqual(['hepb:1', 'hepb:2', 'dtap:1', 'polio:1', 'polio:2', 'dtap:2', 'polio:3', 'dtap:3', 'hepb:3', 'mpsv-a:1']);
    expect(doses.every((d) => d.status === 'unanswered')).toBe(true);
  });

  it('leaves out upcoming doses, the merged entry of a choice not made yet, and doses to confirm with the clinic', () => {
    // A 10-month-old: 乙脑 (8 months) is due, but which vaccine it was is for the parent to say.
    const open = listDosesDueSoFar(buildVaccineTimeline(schedule, '2025-05-10', '2026-03-15', notAnswered));
    expect(open.some((d) => d.choice === 'je')).toBe(false);
    expect(open.some((d) => d.key === 'mmr:1')).toBe(true);
    const chosen = listDosesDueSoFar(buildVaccineTimeline(schedule, '2025-05-10', '2026-03-15', { ...notAnswered, vaccineChoices: { je: 'je-i' } }));
    expect(chosen.filter((d) => d.choice === 'je').map((d) => d.key)).toEqual(['je-i:1', 'je-i:2']);
    // Born 2024-10-15: DTaP 1 is for the clinic to confirm (the 2025 change), so it is not recorded in bulk.
    const straddling = buildVaccineTimeline(schedule, '2024-10-15', '2025-06-01', notAnswered);
    expect(straddling.find((d) => d.key === 'dtap:1')?.status).toBe('confirm');
    expect(listDosesDueSoFar(straddling).some((d) => d.key === 'dtap:1')).toBe(false);
    expect(listDosesDueSoFar(straddling).every((d) => d.date <= '2025-06-01')).toBe(true);
  });
});
