import { describe, expect, it } from 'vitest';
import { CHILD_STORE_VERSION, serializeChildStore, type ChildStore } from './child-store';
import { planStoreLoad, planStoreWrite, settleSetAside } from './plan-child-storage';

const store = (nickname = '小满'): ChildStore => ({ version: CHILD_STORE_VERSION, selectedId: 'a', children: [{ id: 'a', nickname, birthDate: '2025-08-10', milestones: [], givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, growth: [] }] });
const NEWER = JSON.stringify({ app: 'yuertong', version: CHILD_STORE_VERSION + 1, children: [] });
const BROKEN = '{"version":2,';

describe('planStoreLoad', () => {
  it('keeps a newer version’s data where it is, read-only', () => {
    const plan = planStoreLoad(NEWER, null);
    expect(plan).toMatchObject({ writable: false, newerVersion: CHILD_STORE_VERSION + 1, setAside: false, unreadable: undefined });
  });

  it('sets unreadable data aside, and offers it again on every later visit', () => {
    const first = planStoreLoad(BROKEN, null);
    expect(first).toMatchObject({ writable: true, setAside: true, unreadable: { place: 'aside' } });
    const later = planStoreLoad(null, BROKEN);
    expect(later).toMatchObject({ writable: true, setAside: false, unreadable: { place: 'aside', reason: '不是有效的 JSON' } });
    const withChild = planStoreLoad(serializeChildStore(store()), BROKEN);
    expect(withChild.store.children).toHaveLength(1);
    expect(withChild.unreadable?.place).toBe('aside');
  });

  it('never overwrites text already set aside with other unreadable text', () => {
    const plan = planStoreLoad('garbage', BROKEN);
    expect(plan).toMatchObject({ writable: false, setAside: false, unreadable: { place: 'main' } });
  });

  it('when setting aside fails (storage full), the text stays in the main key and nothing may be written over it', () => {
    const plan = settleSetAside(planStoreLoad(BROKEN, null), false);
    expect(plan).toMatchObject({ writable: false, unreadable: { place: 'main' } });
    expect(settleSetAside(planStoreLoad(BROKEN, null), true)).toMatchObject({ writable: true, unreadable: { place: 'aside' } });
  });

  it('migrates an older version', () => {
    expect(planStoreLoad(JSON.stringify({ version: 1, child: { birth: '2025-01-01' } }), null).migrated).toBe(true);
  });
});

describe('planStoreWrite', () => {
  it('merges with what another tab wrote since', () => {
    const baseline = store();
    const other = store();
    other.children[0]!.growth = [{ id: 'g', date: '2026-01-01', weightKg: 7 }];
    const mine = store('满满');
    const plan = planStoreWrite(serializeChildStore(other), mine, baseline);
    expect(plan.kind).toBe('write');
    if (plan.kind === 'write') expect(plan.store.children[0]).toMatchObject({ nickname: '满满', growth: [{ id: 'g' }] });
  });

  it('never writes over newer or unreadable data', () => {
    expect(planStoreWrite(NEWER, store(), store())).toEqual({ kind: 'blocked', because: 'newer' });
    expect(planStoreWrite(BROKEN, store(), store())).toEqual({ kind: 'blocked', because: 'unreadable' });
  });

  it('removes the key when the last child is deleted', () => {
    const plan = planStoreWrite(serializeChildStore(store()), { version: CHILD_STORE_VERSION, children: [] }, store());
    expect(plan).toMatchObject({ kind: 'write', remove: true });
  });
});
