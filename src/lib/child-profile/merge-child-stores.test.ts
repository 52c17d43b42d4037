import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHILD_STORE_VERSION, type ChildProfile, type ChildStore } from './child-store';
import { mergeChildStores } from './merge-child-stores';

const child = (id: string, extra: Partial<ChildProfile> = {}): ChildProfile => ({ id, nickname: '', birthDate: '2025-08-10', milestones: [], givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, growth: [], ...extra });
const store = (...children: ChildProfile[]): ChildStore => ({ version: CHILD_STORE_VERSION, selectedId: children[0]?.id, children });
const clone = <T>(v: T): T => structuredClone(v);

describe('mergeChildStores', () => {
  const baseline = store(child('a', { nickname: '小满', growth: [{ id: 'g1', date: '2025-09-10', weightKg: 4.2 }] }));

  it('keeps a measurement added in one tab when the other tab renames the child', () => {
    const tabA = clone(baseline);
    tabA.children[0]!.growth.push({ id: 'g2', date: '2025-10-10', weightKg: 5.1 });
    const tabB = clone(baseline);
    tabB.children[0]!.nickname = '满满';
    // A wrote first; B merges before writing.
    const merged = mergeChildStores(tabA, tabB, baseline);
    expect(merged.children[0]?.nickname).toBe('满满');
    expect(merged.children[0]?.growth.map((g) => g.id)).toEqual(['g1', 'g2']);
  });

  it('keeps deletions made on purpose on either side', () => {
    const mine = clone(baseline);
    mine.children[0]!.growth = [];
    const onDisk = clone(baseline);
    onDisk.children[0]!.milestones = ['6m-sits'];
    const merged = mergeChildStores(onDisk, mine, baseline);
    expect(merged.children[0]?.growth).toEqual([]);
    expect(merged.children[0]?.milestones).toEqual(['6m-sits']);
    // A child deleted in the other tab stays deleted even though this tab still has it unchanged.
    expect(mergeChildStores(store(), clone(baseline), baseline).children).toEqual([]);
    // A child deleted here stays deleted although the other tab still has it.
    expect(mergeChildStores(clone(baseline), store(), baseline).children).toEqual([]);
  });

  it('keeps children added in both tabs, and unticks only what was unticked', () => {
    const base = store(child('a', { milestones: ['x', 'y'], givenDoses: ['bcg:1'] }));
    const mine = clone(base);
    mine.children.push(child('b'));
    mine.children[0]!.milestones = ['x'];
    const onDisk = clone(base);
    onDisk.children.push(child('c'));
    onDisk.children[0]!.givenDoses = ['bcg:1', 'hepb:1'];
    const merged = mergeChildStores(onDisk, mine, base);
    expect(merged.children.map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(merged.children[0]?.milestones).toEqual(['x']);
    expect(merged.children[0]?.givenDoses).toEqual(['bcg:1', 'hepb:1']);
  });

  it('merges the vaccine answer, parent confirmations and choices three ways', () => {
    const base = store(child('a', { givenDoses: ['bcg:1', 'hepb:1'], parentConfirmedDoses: ['bcg:1', 'hepb:1'], vaccineChoices: { je: 'je-l' } }));
    const mine = clone(base);
    // This tab: unticks hepb:1 (so it is no longer confirmed either) and goes back to 按接种门诊安排 for 乙脑.
    mine.children[0]!.givenDoses = ['bcg:1'];
    mine.children[0]!.vaccineChoices = {};
    const onDisk = clone(base);
    // The other tab: answers the question and chooses 甲肝灭活.
    onDisk.children[0]!.vaccineAnswer = { answer: 'all-given', on: '2026-03-01' };
    onDisk.children[0]!.vaccineChoices = { je: 'je-l', hepa: 'hepa-i' };
    const merged = mergeChildStores(onDisk, mine, base).children[0];
    expect(merged?.givenDoses).toEqual(['bcg:1']);
    expect(merged?.parentConfirmedDoses).toEqual(['bcg:1']);
    expect(merged?.vaccineAnswer).toEqual({ answer: 'all-given', on: '2026-03-01' });
    expect(merged?.vaccineChoices).toEqual({ hepa: 'hepa-i' });
    // Both changed the answer: this tab wins.
    const mine2 = clone(onDisk);
    mine2.children[0]!.vaccineAnswer = { answer: 'tick-each', on: '2026-03-02' };
    expect(mergeChildStores(onDisk, mine2, base).children[0]?.vaccineAnswer).toEqual({ answer: 'tick-each', on: '2026-03-02' });
  });

  it('moves a birth date and a due date together, so a child is never both born and expected', () => {
    const base = store(child('a', { birthDate: undefined, dueDate: '2026-06-01' }));
    const mine = clone(base);
    mine.children[0] = { ...mine.children[0]!, dueDate: undefined, birthDate: '2026-05-20' };
    const onDisk = clone(base);
    onDisk.children[0]!.nickname = '豆豆';
    const merged = mergeChildStores(onDisk, mine, base).children[0];
    expect(merged).toMatchObject({ birthDate: '2026-05-20', dueDate: undefined, nickname: '豆豆' });
  });

  it('with nothing changed elsewhere, the result is this tab’s store', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 });
    fc.assert(
      fc.property(ids, ids, fc.string({ maxLength: 5 }), (baseIds, mineIds, name) => {
        const base = store(...baseIds.map((id) => child(id)));
        const mine = store(...mineIds.map((id) => child(id, { nickname: name })));
        const merged = mergeChildStores(clone(base), mine, base);
        const byId = (a: ChildProfile, b: ChildProfile) => a.id.localeCompare(b.id);
        expect([...merged.children].sort(byId)).toEqual([...mine.children].sort(byId));
      }),
    );
  });
});
