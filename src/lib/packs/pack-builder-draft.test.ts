import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePackBuilderStart, isEmptyPackBuilderState, PACK_BUILDER_DRAFT_VERSION, parsePackBuilderDraft, serializePackBuilderDraft } from './pack-builder-draft';
import { EMPTY_PACK_BUILDER_STATE, type PackBuilderState } from './pack-builder-state';

const known = new Set(['a01', 'b02', 'c03']);
const draft: PackBuilderState = { guideIds: ['c03', 'a01'], title: '7个月宝宝家访', name: '王医生', phone: '0561-', organisation: '', query: '噎', band: '6-12m' };

describe('parsePackBuilderDraft', () => {
  it('reads back what was stored, in the same order', () => {
    expect(parsePackBuilderDraft(serializePackBuilderDraft(draft), known)).toEqual({ ok: true, state: draft, droppedGuides: 0 });
  });

  it('says nothing was stored', () => {
    expect(parsePackBuilderDraft(null, known)).toEqual({ ok: false, reason: 'none' });
    expect(parsePackBuilderDraft('', known)).toEqual({ ok: false, reason: 'none' });
  });

  it('drops guides the site no longer has, and counts them', () => {
    expect(parsePackBuilderDraft(serializePackBuilderDraft({ ...draft, guideIds: ['a01', 'z99', 'b02'] }), known)).toMatchObject({ ok: true, state: { guideIds: ['a01', 'b02'] }, droppedGuides: 1 });
  });

  it('sets aside a draft of another version or shape as broken', () => {
    const stored = JSON.parse(serializePackBuilderDraft(draft)) as Record<string, unknown>;
    for (const bad of ['{', '[]', 'null', '42', '"text"', JSON.stringify({ ...stored, v: PACK_BUILDER_DRAFT_VERSION + 1 }), JSON.stringify({ ...stored, guideIds: 'a01' }), JSON.stringify({ ...stored, guideIds: ['<script>'] }), JSON.stringify({ ...stored, band: '99y' }), JSON.stringify({ ...stored, title: 7 }), JSON.stringify({ ...stored, name: 'x'.repeat(500) })]) {
      expect(parsePackBuilderDraft(bad, known), bad).toEqual({ ok: false, reason: 'broken' });
    }
  });

  it('never throws on any string, and anything it accepts is a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const parsed = parsePackBuilderDraft(text, known);
        if (parsed.ok) expect(parsed.state.guideIds.every((id) => known.has(id))).toBe(true);
      }),
    );
  });

  it('never throws on stored objects close to a draft', () => {
    const nearDraft = fc.record({ v: fc.oneof(fc.constant(1), fc.anything()), guideIds: fc.oneof(fc.array(fc.constantFrom('a01', 'b02', 'z99', 'A1', '')), fc.anything()), title: fc.anything(), name: fc.string(), phone: fc.string(), organisation: fc.string(), query: fc.string(), band: fc.oneof(fc.constantFrom('', '6-12m'), fc.anything()) }, { requiredKeys: [] });
    fc.assert(fc.property(nearDraft, (value) => void parsePackBuilderDraft(JSON.stringify(value) ?? 'x', known)));
  });
});

describe('choosePackBuilderStart', () => {
  const restored = parsePackBuilderDraft(serializePackBuilderDraft({ ...draft, phone: '' }), known);
  const sameLink = { guideIds: ['c03', 'a01'], title: '7个月宝宝家访', name: '王医生', phone: '', organisation: '' };

  it('takes the draft when the address holds the same pack (a reload)', () => {
    expect(choosePackBuilderStart(restored, sameLink)).toMatchObject({ source: 'draft', state: { query: '噎', band: '6-12m' } });
  });

  it('takes the draft when it differs only by a field still being typed (never in the link)', () => {
    const typing = parsePackBuilderDraft(serializePackBuilderDraft({ ...draft, phone: '0561-abc' }), known);
    expect(choosePackBuilderStart(typing, sameLink)).toMatchObject({ source: 'draft', state: { phone: '0561-abc' } });
    expect(choosePackBuilderStart(typing, { ...sameLink, title: '别的' }).source).toBe('link');
  });

  it('takes a different linked pack over the draft', () => {
    expect(choosePackBuilderStart(restored, { ...sameLink, guideIds: ['b02'] })).toEqual({ source: 'link', droppedGuides: 0, state: { ...EMPTY_PACK_BUILDER_STATE, ...sameLink, guideIds: ['b02'] } });
  });

  it('takes the draft without a link, and starts empty without either', () => {
    expect(choosePackBuilderStart(restored, undefined).source).toBe('draft');
    expect(choosePackBuilderStart({ ok: false, reason: 'broken' }, undefined)).toEqual({ source: 'empty', droppedGuides: 0, state: EMPTY_PACK_BUILDER_STATE });
    expect(isEmptyPackBuilderState(EMPTY_PACK_BUILDER_STATE)).toBe(true);
    expect(isEmptyPackBuilderState({ ...EMPTY_PACK_BUILDER_STATE, band: '0-6m' })).toBe(false);
  });
});
