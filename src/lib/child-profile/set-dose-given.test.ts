import { describe, expect, it } from 'vitest';
import type { ChildProfile } from './child-store';
import { setDoseGiven } from './set-dose-given';

const child: ChildProfile = { id: 'a', nickname: '', birthDate: '2025-08-10', milestones: [], givenDoses: ['bcg:1', 'hepb:1'], parentConfirmedDoses: ['hepb:1'], vaccineChoices: {}, growth: [] };

describe('setDoseGiven', () => {
  it('ticks a dose once, without making it parent-confirmed', () => {
    const ticked = setDoseGiven(child, 'mmr:1', true);
    expect(ticked.givenDoses).toEqual(['bcg:1', 'hepb:1', 'mmr:1']);
    expect(ticked.parentConfirmedDoses).toEqual(['hepb:1']);
    expect(setDoseGiven(ticked, 'mmr:1', true).givenDoses).toEqual(['bcg:1', 'hepb:1', 'mmr:1']);
  });

  it('unticking removes the dose from the parent-confirmed ones too', () => {
    const unticked = setDoseGiven(child, 'hepb:1', false);
    expect(unticked.givenDoses).toEqual(['bcg:1']);
    expect(unticked.parentConfirmedDoses).toEqual([]);
    expect(setDoseGiven(child, 'mmr:1', false)).toEqual(child);
  });

  it('ignores keys that are not dose keys, such as a merged choice entry', () => {
    expect(setDoseGiven(child, 'choice:je:1', true)).toBe(child);
    expect(setDoseGiven(child, '', true)).toBe(child);
  });
});
