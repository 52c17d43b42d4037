import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGrowthConcerns, type GrowthPoint } from './find-growth-concerns';
import { parseGrowthTable, type ChineseGrowthTable } from './parse-growth-table';
import { placeOnChineseStandard } from './place-on-chinese-standard';

function readChineseTable(name: string): ChineseGrowthTable {
  const result = parseGrowthTable(readFileSync(new URL(`../../data/growth/${name}.csv`, import.meta.url), 'utf8'));
  if (!result.ok || result.table.kind !== 'wst423') throw new Error(`${name} is not a WS/T 423 table`);
  return result.table;
}

// Girls' weight-for-age, P3 … P97:
//  6 months: 6.4, 6.8, 7.2, 7.8, 8.4, 9.0, 9.6
//  9 months: 7.2, 7.6, 8.1, 8.7, 9.4, 10.0, 10.8
// 12 months: 7.7, 8.2, 8.8, 9.4, 10.1, 10.9, 11.6
const weightGirls = readChineseTable('cn-wst423-2022-weight-for-age-girls');

function point(date: string, ageMonths: number, kg: number): GrowthPoint {
  const placement = placeOnChineseStandard(kg, weightGirls, ageMonths);
  if (!placement) throw new Error(`no placement at ${ageMonths} months`);
  return { date, placement };
}

// Words that would alarm or diagnose.
const ALARMING = /营养不良|发育迟缓|疾病|异常|危险|严重|肥胖|诊断/;

describe('findGrowthConcerns', () => {
  it('flags a fall across two percentile lines', () => {
    // On P50 at 6 months, between P10 and P25 at 9 months: crossed P50 and P25.
    const concerns = findGrowthConcerns([point('2024-07-01', 6, 7.8), point('2024-10-01', 9, 7.9)]);
    expect(concerns).toHaveLength(1);
    expect(concerns[0]).toMatchObject({ kind: 'fall', date: '2024-10-01', previousDate: '2024-07-01', linesCrossed: 2 });
    expect(concerns[0]?.message).toBe(
      '和上次（2024年7月1日）相比，上次在第 50 百分位附近，这次在第 10 到第 25 百分位之间，往下跨过了 2 条百分位线。' +
        '生病、喂养变化或测量误差都可能带来这样的变化，不必过于担心；建议带孩子到社区卫生服务中心或儿童保健门诊，请医生结合孩子的整体情况看一看。',
    );
    expect(concerns[0]?.message).not.toMatch(ALARMING);
  });

  it('does not flag a fall across one line', () => {
    // On P50 at 6 months, between P25 and P50 at 9 months: crossed P50 only.
    expect(findGrowthConcerns([point('2024-07-01', 6, 7.8), point('2024-10-01', 9, 8.4)])).toEqual([]);
    // From on P50 to exactly on P25: P25 is reached, not crossed.
    expect(findGrowthConcerns([point('2024-07-01', 6, 7.8), point('2024-10-01', 9, 8.1)])).toEqual([]);
  });

  it('counts lines at each point’s own age: a weight that stands still for six months falls across three', () => {
    // 7.8 kg: on P50 at 6 months, between P3 and P10 at 12 months (crossed P50, P25, P10).
    expect(findGrowthConcerns([point('2024-07-01', 6, 7.8), point('2025-01-01', 12, 7.8)])).toMatchObject([{ kind: 'fall', linesCrossed: 3 }]);
  });

  it('flags a rise across two or more lines, gently', () => {
    // Between P10 and P25 at 6 months (7.0), between P75 and P90 at 9 months (9.7): crossed P25, P50, P75.
    const concerns = findGrowthConcerns([point('2024-07-01', 6, 7.0), point('2024-10-01', 9, 9.7)]);
    expect(concerns).toMatchObject([{ kind: 'rise', linesCrossed: 3, date: '2024-10-01' }]);
    expect(concerns[0]?.message).toContain('往上跨过了 3 条百分位线');
    expect(concerns[0]?.message).not.toMatch(ALARMING);
    // Between P25 and P50 to between P50 and P75: one line, no flag.
    expect(findGrowthConcerns([point('2024-07-01', 6, 7.5), point('2024-10-01', 9, 9.0)])).toEqual([]);
  });

  it('flags a point strictly below P3 or above P97, and not one on the line', () => {
    const concerns = findGrowthConcerns([point('2024-07-01', 6, 6.3), point('2024-10-01', 9, 10.9)]);
    expect(concerns.map((c) => [c.kind, c.date])).toEqual([
      ['below-P3', '2024-07-01'],
      ['rise', '2024-10-01'],
      ['above-P97', '2024-10-01'],
    ]);
    expect(concerns[0]?.message).toContain('低于第 3 百分位');
    expect(concerns[0]?.message).toContain('儿童保健门诊');
    expect(concerns[2]?.message).toContain('高于第 97 百分位');
    for (const c of concerns) expect(c.message).not.toMatch(ALARMING);
    expect(findGrowthConcerns([point('2024-07-01', 6, 6.4)])).toEqual([]);
    expect(findGrowthConcerns([point('2024-07-01', 6, 9.6)])).toEqual([]);
  });

  it('compares points in date order, whatever order they come in', () => {
    const later = point('2024-10-01', 9, 7.9);
    const earlier = point('2024-07-01', 6, 7.8);
    expect(findGrowthConcerns([later, earlier])).toMatchObject([{ kind: 'fall', date: '2024-10-01', previousDate: '2024-07-01' }]);
  });

  it('says nothing about a child growing along her line, or about no points at all', () => {
    const steady = [point('2024-07-01', 6, 7.2), point('2024-10-01', 9, 8.1), point('2025-01-01', 12, 8.8)];
    expect(steady.map((p) => p.placement.nearLine)).toEqual(['P25', 'P25', 'P25']);
    expect(findGrowthConcerns(steady)).toEqual([]);
    expect(findGrowthConcerns([])).toEqual([]);
  });

  it('compares consecutive points only: two one-line falls in a row are not flagged', () => {
    // P50 (6 m) → between P25 and P50 (9 m, 8.4) → between P10 and P25 (12 m, 8.5).
    expect(findGrowthConcerns([point('2024-07-01', 6, 7.8), point('2024-10-01', 9, 8.4), point('2025-01-01', 12, 8.5)])).toEqual([]);
  });
});
