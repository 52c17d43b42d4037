import { describe, expect, it } from 'vitest';
import { correctionsForGuide, findCorrectionProblems, formatCorrectionProblems } from './find-correction-problems';

const known = { guides: new Set(['drowning-and-water-safety', 'newborn-jaundice']), myths: new Set(['tepid-sponging']), packs: new Set(['safe-sleep']) };
const entry = { id: 'a', guides: ['drowning-and-water-safety'], myths: ['tepid-sponging'], packs: ['safe-sleep'] };

describe('findCorrectionProblems', () => {
  it('passes entries that name only what the site has', () => {
    expect(findCorrectionProblems([entry, { id: 'b', guides: [], myths: [], packs: [] }], known)).toEqual([]);
  });
  it('names the entry, the field and the unknown guide, myth card or pack', () => {
    const problems = findCorrectionProblems([{ id: 'a', guides: ['newborn-jaundice', 'drowning'], myths: ['nope'], packs: ['safe-sleeps'] }], known);
    expect(problems.map((p) => `${p.id} ${p.field}`)).toEqual(['a guides[1]', 'a myths[0]', 'a packs[0]']);
    expect(formatCorrectionProblems(problems)).toContain('corrections.yaml: a: guides[1]: 没有 “drowning” 这个指导');
  });
  it('refuses two entries with one id (the anchor guides link to)', () => {
    expect(findCorrectionProblems([entry, entry], known)).toEqual([{ id: 'a', field: 'id', reason: '“a” 重复 (duplicate id)' }]);
  });
});

describe('correctionsForGuide', () => {
  it('lists the entries that name the guide, newest first', () => {
    const entries = [
      { id: 'old', data: { date: new Date('2026-01-01'), guides: ['g'] } },
      { id: 'other', data: { date: new Date('2026-06-01'), guides: ['h'] } },
      { id: 'new', data: { date: new Date('2026-12-03'), guides: ['h', 'g'] } },
    ];
    expect(correctionsForGuide(entries, 'g').map((e) => e.id)).toEqual(['new', 'old']);
    expect(correctionsForGuide(entries, 'x')).toEqual([]);
  });
});
