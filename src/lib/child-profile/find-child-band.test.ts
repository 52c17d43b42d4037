import { describe, expect, it } from 'vitest';
import { CHILD_STORE_VERSION, serializeChildStore } from './child-store';
import { findChildBand } from './find-child-band';

const store = (selectedId: string) =>
  serializeChildStore({
    version: CHILD_STORE_VERSION,
    selectedId,
    children: [
      { id: 'a', nickname: '小满', birthDate: '2026-03-01', milestones: [], givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, growth: [] },
      { id: 'b', nickname: '', dueDate: '2027-04-01', milestones: [], givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, growth: [] },
      { id: 'c', nickname: '', birthDate: '2024-06-01', milestones: [], givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, growth: [] },
    ],
  });

describe('findChildBand', () => {
  it("gives the selected child's band, pregnancy while expecting", () => {
    expect(findChildBand(store('a'), '2026-12-03')).toBe('6-12m');
    expect(findChildBand(store('b'), '2026-12-03')).toBe('pregnancy');
    expect(findChildBand(store('c'), '2026-12-03')).toBe('2-3y');
  });
  it('gives nothing without a readable profile', () => {
    expect(findChildBand(null, '2026-12-03')).toBeUndefined();
    expect(findChildBand('{not json', '2026-12-03')).toBeUndefined();
  });
});
