import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGrowthTable, type GrowthTable } from '../growth/parse-growth-table';
import { buildGrowthChart } from './build-growth-chart';
import { placeGrowthRecords, toPercentileLinesAt, type GrowthTables } from './place-growth-records';

const dir = 'src/data/growth';
const tables: GrowthTables = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f): [string, GrowthTable] => {
      const parsed = parseGrowthTable(readFileSync(`${dir}/${f}`, 'utf8'));
      if (!parsed.ok) throw new Error(f);
      return [f.replace(/\.csv$/, ''), parsed.table];
    }),
);

describe('placeGrowthRecords', () => {
  it('says in plain words where a median girl lies, on either standard', () => {
    // WS/T 423 girls' weight P50 at 6 months.
    const p50 = toPercentileLinesAt(tables, 'chinese', 'weight', 'girl', 6)?.[3] ?? 0;
    const records = [{ id: 'a', date: '2025-08-10', weightKg: p50 }];
    const cn = placeGrowthRecords(records, { birthDate: '2025-02-10', gestationWeeks: undefined, sex: 'girl', indicator: 'weight', standard: 'chinese', tables });
    expect(cn.points[0]?.phrase).toBe('在第 50 百分位附近');
    const who = placeGrowthRecords(records, { birthDate: '2025-02-10', gestationWeeks: undefined, sex: 'girl', indicator: 'weight', standard: 'who', tables });
    expect(who.points[0]?.phrase).toMatch(/^大约在第 \d+ 百分位$/);
  });

  it('reads a preterm baby at corrected age, and flags a fall across two major lines gently', () => {
    const at = (months: number, line: number) => toPercentileLinesAt(tables, 'chinese', 'length', 'boy', months)?.[line] ?? 0;
    // Born 2025-01-01 at 32 weeks: corrected age is 8 weeks less until 24 months.
    const records = [
      { id: 'a', date: '2025-06-28', lengthCm: at(4, 3) + 0.05 }, // 4 months corrected, on P50
      { id: 'b', date: '2025-10-28', lengthCm: at(8, 1) - 0.1 }, // 8 months corrected, just under P10
    ];
    const placed = placeGrowthRecords(records, { birthDate: '2025-01-01', gestationWeeks: 32, sex: 'boy', indicator: 'length', standard: 'chinese', tables });
    expect(placed.points.map((p) => Math.round(p.ageMonths))).toEqual([4, 8]);
    expect(placed.points[0]?.position).toBe('length');
    expect(placed.concerns.map((c) => c.kind)).toEqual(['fall']);
    expect(placed.concerns[0]?.message).toContain('建议');
  });

  it('flags below P3, and interpolates the 3-monthly rows after 24 months', () => {
    const p3at26 = toPercentileLinesAt(tables, 'chinese', 'weight', 'boy', 26)?.[0] ?? 0;
    const [p3at24, p3at27] = [24, 27].map((m) => toPercentileLinesAt(tables, 'chinese', 'weight', 'boy', m)?.[0] ?? 0);
    expect(p3at26).toBeCloseTo((p3at24 ?? 0) + ((2 / 3) * ((p3at27 ?? 0) - (p3at24 ?? 0))), 6);
    const placed = placeGrowthRecords([{ id: 'a', date: '2027-03-01', weightKg: p3at26 - 0.5 }], { birthDate: '2025-01-01', gestationWeeks: undefined, sex: 'boy', indicator: 'weight', standard: 'chinese', tables });
    expect(placed.points[0]?.position).toBe('height');
    expect(placed.concerns.map((c) => c.kind)).toEqual(['below-P3']);
  });

  it('uses WHO length before 24 months and height after', () => {
    const before = toPercentileLinesAt(tables, 'who', 'length', 'boy', 23.9);
    const after = toPercentileLinesAt(tables, 'who', 'length', 'boy', 24);
    expect(before?.[3]).toBeGreaterThan(87.5);
    expect(after?.[3]).toBeCloseTo(87.1161, 3);
  });
});

describe('buildGrowthChart', () => {
  it('draws seven lines inside the plot and places points where the values are', () => {
    const chart = buildGrowthChart({
      linesAt: (m) => toPercentileLinesAt(tables, 'chinese', 'weight', 'girl', m),
      fromMonths: 0,
      toMonths: 12,
      points: [{ id: 'a', ageMonths: 6, value: 7.5 }],
    });
    expect(chart.lines.map((l) => l.name)).toEqual(['P3', 'P10', 'P25', 'P50', 'P75', 'P90', 'P97']);
    expect(chart.lines.every((l) => l.d.startsWith('M'))).toBe(true);
    const [pt] = chart.points;
    expect(pt && pt.x > chart.plot.left && pt.x < chart.plot.right && pt.y > chart.plot.top && pt.y < chart.plot.bottom).toBe(true);
    expect(chart.xTicks.map((t) => t.label)).toContain('12');
  });
});
