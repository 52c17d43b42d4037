import { describe, expect, it } from 'vitest';
import type { ChildProfile, ChildStore } from './child-store';
import { childReducer } from './child-reducer';

const child = (id: string, extra: Partial<ChildProfile> = {}): ChildProfile => ({ id, nickname: id, birthDate: '2025-08-10', milestones: [], givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, growth: [], ...extra });
const store = (...children: ChildProfile[]): ChildStore => ({ version: 3, selectedId: children[0]?.id, children });

describe('childReducer', () => {
  it('adds a new child and selects it', () => {
    const next = childReducer(store(child('a')), { type: 'saveProfile', profile: child('b') });
    expect(next.children.map((c) => c.id)).toEqual(['a', 'b']);
    expect(next.selectedId).toBe('b');
  });

  it('an edit keeps the lists the store holds now, not the ones the form was opened with', () => {
    const s = store(child('a', { givenDoses: ['bcg:1'], growth: [{ id: 'g', date: '2026-01-01', weightKg: 7 }] }));
    const next = childReducer(s, { type: 'saveProfile', profile: child('a', { nickname: '满满' }) });
    expect(next.children[0]).toMatchObject({ nickname: '满满', givenDoses: ['bcg:1'] });
    expect(next.children[0]?.growth).toHaveLength(1);
  });

  it('ticks and unticks a dose and a milestone as sets, without touching the old store', () => {
    const s = store(child('a'));
    const ticked = childReducer(childReducer(s, { type: 'setDoseGiven', childId: 'a', doseKey: 'bcg:1', given: true }), { type: 'setDoseGiven', childId: 'a', doseKey: 'bcg:1', given: true });
    expect(ticked.children[0]?.givenDoses).toEqual(['bcg:1']);
    expect(s.children[0]?.givenDoses).toEqual([]);
    expect(childReducer(ticked, { type: 'setDoseGiven', childId: 'a', doseKey: 'bcg:1', given: false }).children[0]?.givenDoses).toEqual([]);
    expect(childReducer(s, { type: 'setMilestone', childId: 'a', milestoneId: 'm', done: true }).children[0]?.milestones).toEqual(['m']);
  });

  it('adds and removes a growth record', () => {
    const added = childReducer(store(child('a')), { type: 'addGrowth', childId: 'a', record: { id: 'g', date: '2026-01-01', weightKg: 7 } });
    expect(added.children[0]?.growth).toHaveLength(1);
    expect(childReducer(added, { type: 'removeGrowth', childId: 'a', recordId: 'g' }).children[0]?.growth).toEqual([]);
  });

  it('removing the selected child selects the first one left; delete all empties the store', () => {
    const s = { ...store(child('a'), child('b')), selectedId: 'a' };
    expect(childReducer(s, { type: 'removeChild', childId: 'a' })).toMatchObject({ selectedId: 'b' });
    expect(childReducer(s, { type: 'deleteAll' }).children).toEqual([]);
  });

  it('selects only a child that exists', () => {
    const s = store(child('a'), child('b'));
    expect(childReducer(s, { type: 'select', childId: 'b' }).selectedId).toBe('b');
    expect(childReducer(s, { type: 'select', childId: 'zz' })).toBe(s);
  });
});
