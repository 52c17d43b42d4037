import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMPARED, parseShortlist, toggleShortlist } from './compare';
import { toCompareCentre } from './to-compare-centre';
import type { Centre } from '../../../schemas/place';

describe('shortlist', () => {
  it('adds, removes and refuses a fourth', () => {
    let s = toggleShortlist([], 'a-1').list;
    s = toggleShortlist(s, 'b-2').list;
    s = toggleShortlist(s, 'c-3').list;
    expect(toggleShortlist(s, 'd-4')).toEqual({ list: ['a-1', 'b-2', 'c-3'], full: true });
    expect(toggleShortlist(s, 'b-2')).toEqual({ list: ['a-1', 'c-3'], full: false });
  });

  it('reads whatever storage holds without throwing, keeping at most three valid ids', () => {
    expect(parseShortlist('["centre-a","centre-a","<x>",3,"centre-b"]')).toEqual(['centre-a', 'centre-b']);
    expect(parseShortlist('{')).toEqual([]);
    expect(parseShortlist(null)).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const list = parseShortlist(raw);
        expect(list.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(new Set(list).size).toBe(list.length);
      }),
    );
  });
});

describe('toCompareCentre', () => {
  it('puts every compared fact in words', () => {
    const c = {
      kind: 'centre', id: 'centre-a', name: '示例·园', district: 'x', address: '路1号', position: [116.8, 33.9], hours: 'Mo-Fr 08:00-17:00',
      holidays: 'closed', makeUpWorkdays: 'workday', verified: { date: new Date('2026-05-13'), by: '相山区卫健委' }, sample: true,
      creditCode: 'x', profit: 'non-profit', status: 'operating', operator: 'public', puhui: true, filing: { number: 'B-1', date: new Date('2026-03-30') },
      classes: [{ type: 'toddler', places: 20, vacancies: 3 }], ages: { fromMonths: 12, toMonths: 36 }, services: ['full-day'],
      fee: { minYuan: 1200, maxYuan: 1600 }, healthEvaluation: 'passed',
    } satisfies Centre;
    const { cells } = toCompareCentre(c);
    expect(cells.fee).toBe('1200–1600元/月');
    expect(cells.classes).toBe('托小班 20 个托位，空 3 个');
    expect(cells.hours).toBe('周一至周五 08:00–17:00；周六、周日休息；法定节假日休息');
    expect(cells.filing).toContain('B-1');
    expect(cells.verified).toContain('相山区卫健委');
    expect(cells.grade).toBe('未评定');
  });
});
