import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PackGuide } from './pack-guide';
import { EMPTY_PACK_BUILDER_STATE, filterPackGuides, packBuilderReducer, toBuilderSelection, type PackBuilderAction, type PackBuilderState } from './pack-builder-state';
import { PACK_LIMITS } from './pack-limits';

const withGuides = (guideIds: string[]): PackBuilderState => ({ ...EMPTY_PACK_BUILDER_STATE, guideIds });

describe('packBuilderReducer', () => {
  it('adds a guide at the end, once', () => {
    const one = packBuilderReducer(withGuides(['a01']), { type: 'add', id: 'b02' });
    expect(one.guideIds).toEqual(['a01', 'b02']);
    expect(packBuilderReducer(one, { type: 'add', id: 'a01' })).toBe(one);
  });

  it('refuses a guide beyond the limit the link can carry', () => {
    const full = withGuides(Array.from({ length: PACK_LIMITS.maxGuides }, (_, i) => `a${String(i).padStart(2, '0')}`));
    expect(packBuilderReducer(full, { type: 'add', id: 'z99' }).guideIds).toHaveLength(PACK_LIMITS.maxGuides);
  });

  it('moves a guide up and down, and not past either end', () => {
    const state = withGuides(['a01', 'b02', 'c03']);
    expect(packBuilderReducer(state, { type: 'move', id: 'c03', by: -1 }).guideIds).toEqual(['a01', 'c03', 'b02']);
    expect(packBuilderReducer(state, { type: 'move', id: 'a01', by: 1 }).guideIds).toEqual(['b02', 'a01', 'c03']);
    expect(packBuilderReducer(state, { type: 'move', id: 'a01', by: -1 })).toBe(state);
    expect(packBuilderReducer(state, { type: 'move', id: 'c03', by: 1 })).toBe(state);
    expect(packBuilderReducer(state, { type: 'move', id: 'x99', by: 1 })).toBe(state);
  });

  it('removes a guide and keeps the others in order', () => {
    expect(packBuilderReducer(withGuides(['a01', 'b02', 'c03']), { type: 'remove', id: 'b02' }).guideIds).toEqual(['a01', 'c03']);
  });

  it('keeps typed fields and filters as typed, and resets to empty', () => {
    let state = packBuilderReducer(withGuides(['a01']), { type: 'field', field: 'phone', value: '0561-' });
    state = packBuilderReducer(state, { type: 'query', value: '噎' });
    state = packBuilderReducer(state, { type: 'band', value: '6-12m' });
    expect(state).toMatchObject({ phone: '0561-', query: '噎', band: '6-12m', guideIds: ['a01'] });
    expect(packBuilderReducer(state, { type: 'reset' })).toEqual(EMPTY_PACK_BUILDER_STATE);
  });

  it('never holds a duplicate or more guides than the limit, whatever the actions', () => {
    const id = fc.constantFrom(...Array.from({ length: 25 }, (_, i) => `a${String(i).padStart(2, '0')}`));
    const action: fc.Arbitrary<PackBuilderAction> = fc.oneof(
      id.map((i) => ({ type: 'add' as const, id: i })),
      id.map((i) => ({ type: 'remove' as const, id: i })),
      fc.tuple(id, fc.constantFrom(-1 as const, 1 as const)).map(([i, by]) => ({ type: 'move' as const, id: i, by })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 80 }), (actions) => {
        const state = actions.reduce(packBuilderReducer, EMPTY_PACK_BUILDER_STATE);
        expect(new Set(state.guideIds).size).toBe(state.guideIds.length);
        expect(state.guideIds.length).toBeLessThanOrEqual(PACK_LIMITS.maxGuides);
      }),
    );
  });
});

describe('filterPackGuides', () => {
  const guides: PackGuide[] = [
    { id: 'a01', slug: 'a', title: '满6个月加辅食', summary: '从哪儿开始', bands: ['6-12m'] },
    { id: 'b02', slug: 'b', title: '安全睡眠', summary: 'Back to sleep', bands: ['0-6m', '6-12m'] },
  ];
  it('filters by band and by text in the title or summary, ignoring case', () => {
    expect(filterPackGuides(guides, '', '').map((g) => g.id)).toEqual(['a01', 'b02']);
    expect(filterPackGuides(guides, '', '0-6m').map((g) => g.id)).toEqual(['b02']);
    expect(filterPackGuides(guides, ' back ', '').map((g) => g.id)).toEqual(['b02']);
    expect(filterPackGuides(guides, '辅食', '0-6m')).toEqual([]);
  });
});

describe('toBuilderSelection', () => {
  it('says a pack needs a guide, names a field that breaks its rule, and cleans the rest', () => {
    expect(toBuilderSelection(EMPTY_PACK_BUILDER_STATE)).toEqual({ ok: false, reason: 'empty' });
    expect(toBuilderSelection({ ...withGuides(['a01']), phone: '<svg>' })).toEqual({ ok: false, reason: 'invalid', invalidFields: ['phone'] });
    expect(toBuilderSelection({ ...withGuides(['a01']), title: '  家访 ' })).toEqual({ ok: true, selection: { guideIds: ['a01'], title: '家访', name: '', phone: '', organisation: '' } });
  });
});
