import { describe, expect, it } from 'vitest';
import { loadImmunizationSchedule } from '../../../tests/unit/load-content';
import type { ChildProfile } from './child-store';
import { chooseVaccineAlternative } from './choose-vaccine-alternative';

const schedule = loadImmunizationSchedule();
const child: ChildProfile = { id: 'a', nickname: '', birthDate: '2025-08-10', milestones: [], givenDoses: ['je-l:1'], parentConfirmedDoses: [], vaccineChoices: {}, growth: [] };

describe('chooseVaccineAlternative', () => {
  it('records a series of the choice, and undefined goes back to 按接种门诊安排', () => {
    const chosen = chooseVaccineAlternative(child, 'je', 'je-i');
    expect(chosen.vaccineChoices).toEqual({ je: 'je-i' });
    expect(chosen.givenDoses).toEqual(['je-l:1']); // nothing ticked is thrown away
    expect(chooseVaccineAlternative(chosen, 'hepa', 'hepa-l', schedule).vaccineChoices).toEqual({ je: 'je-i', hepa: 'hepa-l' });
    expect(chooseVaccineAlternative(chosen, 'je', undefined).vaccineChoices).toEqual({});
    expect(chooseVaccineAlternative(child, 'je', undefined)).toBe(child);
  });

  it('ignores a series that is not in that choice', () => {
    for (const [choice, series] of [
      ['je', 'hepa-i'],
      ['je', 'mmr'],
      ['hepa', 'je-l'],
      ['nope', 'nope-x'],
    ] as const) {
      expect(chooseVaccineAlternative(child, choice, series, schedule)).toBe(child);
    }
    expect(chooseVaccineAlternative(child, 'je', 'hepa-i')).toBe(child);
    expect(chooseVaccineAlternative(child, 'je', 'mmr')).toBe(child);
    expect(chooseVaccineAlternative(child, 'j.*', 'je-l')).toBe(child);
  });

  it('the schedule follows the naming rule used without it (a choice’s series ids are <choice>-<letter>)', () => {
    const inChoice = schedule.series.filter((s) => s.choice);
    expect(inChoice.length).toBeGreaterThan(0);
    for (const s of inChoice) expect(chooseVaccineAlternative(child, s.choice ?? '', s.id).vaccineChoices).toEqual({ [s.choice ?? '']: s.id });
    for (const s of schedule.series.filter((x) => !x.choice)) {
      for (const choice of new Set(inChoice.map((x) => x.choice ?? ''))) expect(chooseVaccineAlternative(child, choice, s.id)).toBe(child);
    }
  });
});
