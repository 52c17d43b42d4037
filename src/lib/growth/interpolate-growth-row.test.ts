import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpolateGrowthRow } from './interpolate-growth-row';
import { parseGrowthTable, type GrowthTable } from './parse-growth-table';

function readTable(name: string): GrowthTable {
  const result = parseGrowthTable(readFileSync(new URL(`../../data/growth/${name}.csv`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.table;
}

const lengthBoys = readTable('cn-wst423-2022-length-height-for-age-boys');
const weightGirls = readTable('cn-wst423-2022-weight-for-age-girls');
const headBoys = readTable('cn-wst423-2022-head-circumference-for-age-boys');
const whoWeightBoys = readTable('who-weight-for-age-boys');

describe('interpolateGrowthRow', () => {
  it('returns each row itself at its own x', () => {
    for (const table of [lengthBoys, weightGirls, headBoys, whoWeightBoys]) {
      for (const row of table.rows) expect(interpolateGrowthRow(table, row.x)).toEqual(row);
    }
    expect(interpolateGrowthRow(lengthBoys, 24)).toMatchObject({ x: 24, P50: 88.2, SD3: 97.5 });
  });

  it('halfway between 24 and 27 months is the mean of the two rows, column by column', () => {
    const [at24, at27] = [lengthBoys.rows[24], lengthBoys.rows[25]];
    expect([at24?.x, at27?.x]).toEqual([24, 27]);
    const mid = interpolateGrowthRow(lengthBoys, 25.5) as Record<string, number>;
    expect(mid['x']).toBe(25.5);
    for (const [key, value] of Object.entries(at24 ?? {})) {
      if (key !== 'x') expect(mid[key]).toBeCloseTo((value + ((at27 as Record<string, number> | undefined)?.[key] ?? NaN)) / 2, 12);
    }
    // The printed values: P50 88.2 and 90.8, P3 82.4 and 84.8.
    expect(mid['P50']).toBeCloseTo(89.5, 12);
    expect(mid['P3']).toBeCloseTo(83.6, 12);
  });

  it('is linear at other fractions, for every kind of column', () => {
    // A third of the way from 24 (88.2) to 27 months (90.8).
    expect(interpolateGrowthRow(lengthBoys, 25)).toMatchObject({ x: 25 });
    expect((interpolateGrowthRow(lengthBoys, 25) as Record<string, number>)['P50']).toBeCloseTo(88.2 + 2.6 / 3, 12);
    // WHO: L, M and S too; month 0 → 1: M 3.3464 → 4.4709, L 0.3487 → 0.2297.
    const who = interpolateGrowthRow(whoWeightBoys, 0.25) as Record<string, number>;
    expect(who['M']).toBeCloseTo(3.3464 + 0.25 * (4.4709 - 3.3464), 12);
    expect(who['L']).toBeCloseTo(0.3487 + 0.25 * (0.2297 - 0.3487), 12);
  });

  it('never extrapolates', () => {
    expect(interpolateGrowthRow(lengthBoys, -0.01)).toBeUndefined();
    expect(interpolateGrowthRow(lengthBoys, 81)).toMatchObject({ x: 81 });
    expect(interpolateGrowthRow(lengthBoys, 81.01)).toBeUndefined();
    expect(interpolateGrowthRow(headBoys, 36)).toMatchObject({ x: 36 });
    expect(interpolateGrowthRow(headBoys, 36.5)).toBeUndefined();
    expect(interpolateGrowthRow(whoWeightBoys, 60.2)).toBeUndefined();
    expect(interpolateGrowthRow(lengthBoys, Number.NaN)).toBeUndefined();
    expect(interpolateGrowthRow(lengthBoys, Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(interpolateGrowthRow({ rows: [] }, 0)).toBeUndefined();
  });
});
