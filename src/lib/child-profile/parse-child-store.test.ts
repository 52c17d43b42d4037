import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHILD_STORE_VERSION, serializeChildStore, type ChildStore } from './child-store';
import { parseChildStore } from './parse-child-store';

const valid: ChildStore = {
  version: CHILD_STORE_VERSION,
  selectedId: 'b',
  children: [
    { id: 'a', nickname: '小满', birthDate: '2025-08-10', gestationWeeks: 34, sex: 'girl', milestones: ['9m-peekaboo'], givenDoses: ['hepb:1', 'je-i:1'], vaccineAnswer: { answer: 'all-given', on: '2026-03-01' }, parentConfirmedDoses: ['hepb:1'], vaccineChoices: { je: 'je-i' }, growth: [{ id: 'g1', date: '2025-09-10', weightKg: 4.2 }] },
    { id: 'b', nickname: '', dueDate: '2026-06-01', milestones: [], givenDoses: [], vaccineAnswer: undefined, parentConfirmedDoses: [], vaccineChoices: {}, growth: [] },
  ],
};

describe('parseChildStore', () => {
  it('reads nothing as an empty store', () => {
    expect(parseChildStore(null).status).toBe('empty');
    expect(parseChildStore('  ').status).toBe('empty');
  });

  it('round-trips what it writes', () => {
    const result = parseChildStore(serializeChildStore(valid));
    expect(result.status).toBe('ok');
    expect(result.store.children).toEqual(valid.children.map((c) => ({ ...c, gestationWeeks: c.gestationWeeks, sex: c.sex, birthDate: c.birthDate, dueDate: c.dueDate, district: undefined, growth: c.growth.map((g) => ({ weightKg: undefined, lengthCm: undefined, headCm: undefined, ...g })) })));
    expect(result.store.selectedId).toBe('b');
  });

  it('migrates the version 1 single-child format, keeping ticked milestones', () => {
    const v1 = JSON.stringify({ version: 1, child: { name: '豆豆', birth: '2024-02-29', weeks: 35, checked: { '6m-rolls': true, '6m-sits': false } } });
    const result = parseChildStore(v1);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(1);
    expect(result.store.version).toBe(3);
    expect(result.store.children).toHaveLength(1);
    expect(result.store.children[0]).toMatchObject({ nickname: '豆豆', birthDate: '2024-02-29', gestationWeeks: 35, milestones: ['6m-rolls'], vaccineAnswer: undefined, parentConfirmedDoses: [], vaccineChoices: {} });
  });

  it('migrates version 2: a child with ticked doses counts as answered dose by dose; choices come from the ticks', () => {
    const v2 = JSON.stringify({
      version: 2,
      children: [
        { id: 'a', birthDate: '2024-05-01', milestones: [], givenDoses: ['hepb:1', 'je-i:1', 'je-i:2', 'hepa-l:1'], growth: [] },
        { id: 'b', birthDate: '2025-09-01', milestones: [], givenDoses: [], growth: [] },
      ],
    });
    const result = parseChildStore(v2);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.migratedFrom).toBe(2);
    expect(result.store.version).toBe(CHILD_STORE_VERSION);
    expect(result.store.children[0]).toMatchObject({
      vaccineAnswer: { answer: 'tick-each', on: '2024-05-01' },
      parentConfirmedDoses: [],
      vaccineChoices: { je: 'je-i', hepa: 'hepa-l' },
      givenDoses: ['hepb:1', 'je-i:1', 'je-i:2', 'hepa-l:1'],
    });
    // No ticks: the first-use question is still to be asked.
    expect(result.store.children[1]?.vaccineAnswer).toBeUndefined();
    expect(result.store.children[1]?.vaccineChoices).toEqual({});
  });

  it('keeps parent-confirmed doses a subset of the given doses', () => {
    const raw = JSON.stringify({ version: 3, children: [{ id: 'a', birthDate: '2025-01-01', givenDoses: ['bcg:1'], parentConfirmedDoses: ['bcg:1', 'hepb:1'] }] });
    const result = parseChildStore(raw);
    expect(result.status === 'ok' && result.store.children[0]?.parentConfirmedDoses).toEqual(['bcg:1']);
  });

  it('migrates a version 1 pregnancy to a due date', () => {
    const result = parseChildStore(JSON.stringify({ version: 1, child: { birth: '2026-07-01', expecting: true } }));
    expect(result.status === 'ok' && result.store.children[0]?.dueDate).toBe('2026-07-01');
  });

  it.each([
    ['not JSON', '{"version":2,'],
    ['a list', '[]'],
    ['an unknown version', '{"version":"x","children":[]}'],
    ['an impossible birth date', JSON.stringify({ version: 2, children: [{ id: 'a', birthDate: '2023-02-29' }] })],
    ['both dates', JSON.stringify({ version: 2, children: [{ id: 'a', birthDate: '2023-02-28', dueDate: '2023-03-01' }] })],
    ['no date', JSON.stringify({ version: 2, children: [{ id: 'a' }] })],
    ['gestation out of range', JSON.stringify({ version: 2, children: [{ id: 'a', birthDate: '2023-02-28', gestationWeeks: 12 }] })],
    ['a measurement out of range', JSON.stringify({ version: 2, children: [{ id: 'a', birthDate: '2023-02-28', growth: [{ id: 'g', date: '2023-03-01', weightKg: 900 }] }] })],
    ['a duplicate id', JSON.stringify({ version: 2, children: [{ id: 'a', birthDate: '2023-02-28' }, { id: 'a', birthDate: '2023-02-28' }] })],
    ['a bad vaccine answer', JSON.stringify({ version: 3, children: [{ id: 'a', birthDate: '2023-02-28', vaccineAnswer: { answer: 'maybe', on: '2023-03-01' } }] })],
    ['a bad vaccine choice', JSON.stringify({ version: 3, children: [{ id: 'a', birthDate: '2023-02-28', vaccineChoices: { je: 3 } }] })],
    ['someone else’s file', JSON.stringify({ app: 'other', version: 2, children: [] })],
  ])('sets aside %s with a reason, never throwing', (_label, raw) => {
    const result = parseChildStore(raw);
    expect(result.status).toBe('unreadable');
    if (result.status === 'unreadable') expect(result.reason.length).toBeGreaterThan(0);
    expect(result.store.children).toEqual([]);
  });

  it('recognises a newer version’s data as newer, not unreadable, whatever its shape', () => {
    const result = parseChildStore('{"app":"yuertong","version":9,"people":{}}');
    expect(result.status).toBe('newer');
    if (result.status === 'newer') expect(result.version).toBe(9);
    // The very next version is newer too (read-only), even when it looks like ours.
    const next = parseChildStore(JSON.stringify({ app: 'yuertong', version: CHILD_STORE_VERSION + 1, children: [] }));
    expect(next).toMatchObject({ status: 'newer', version: CHILD_STORE_VERSION + 1 });
  });

  it('never throws on any text, and whatever it accepts re-serialises to something it accepts again', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(serializeChildStore(valid))), (raw) => {
        const result = parseChildStore(raw);
        if (result.status === 'ok') {
          expect(parseChildStore(serializeChildStore(result.store)).status).toBe('ok');
        }
      }),
    );
  });
});
