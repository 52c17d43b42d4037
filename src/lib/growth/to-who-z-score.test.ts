import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SD_COLUMNS, parseGrowthTable, type WhoGrowthTable } from './parse-growth-table';
import { toWhoMeasurement, toWhoZScore } from './to-who-z-score';

function readWhoTable(name: string): WhoGrowthTable {
  const result = parseGrowthTable(readFileSync(new URL(`../../data/growth/${name}.csv`, import.meta.url), 'utf8'));
  if (!result.ok || result.table.kind !== 'who') throw new Error(`${name} is not a WHO table`);
  return result.table;
}

const WEIGHT_BOYS_0 = { L: 0.3487, M: 3.3464, S: 0.14602 };
const NOMINAL_Z = [-3, -2, -1, 0, 1, 2, 3];

describe('toWhoZScore', () => {
  it('is 0 at the median and follows the LMS formula', () => {
    expect(toWhoZScore(3.3464, WEIGHT_BOYS_0, { weightBased: true })).toBe(0);
    // Reference values computed independently (CPython) from ((x/M)^L − 1)/(L·S).
    expect(toWhoZScore(4.0, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(1.2606194210465642, 12);
    expect(toWhoZScore(2.2, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(-2.6722254576492195, 12);
  });

  it('uses ln(x/M)/S when L = 0, and agrees with it as L approaches 0', () => {
    expect(toWhoZScore(11, { L: 0, M: 10, S: 0.1 }, { weightBased: false })).toBeCloseTo(0.9531017980432493, 14);
    expect(toWhoZScore(11, { L: 1e-12, M: 10, S: 0.1 }, { weightBased: false })).toBeCloseTo(0.9531017980432493, 10);
    expect(toWhoZScore(11, { L: -1e-12, M: 10, S: 0.1 }, { weightBased: false })).toBeCloseTo(0.9531017980432493, 10);
  });

  it('is (x/M − 1)/S for L = 1, with no restriction beyond ±3 SD', () => {
    const lms = { L: 1, M: 50, S: 0.04 };
    expect(toWhoZScore(60, lms, { weightBased: false })).toBeCloseTo(5, 12);
    expect(toWhoZScore(40, lms, { weightBased: false })).toBeCloseTo(-5, 12);
  });

  it('restricts weight-based z-scores beyond ±3 SD by the 2–3 SD step', () => {
    // Unrestricted LMS would give 4.4347 and −3.8189 (CPython).
    expect(toWhoZScore(6.0, WEIGHT_BOYS_0, { weightBased: false })).toBeCloseTo(4.434732142600214, 12);
    expect(toWhoZScore(6.0, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(4.585774285207116, 12);
    expect(toWhoZScore(1.8, WEIGHT_BOYS_0, { weightBased: false })).toBeCloseTo(-3.818920854627888, 12);
    expect(toWhoZScore(1.8, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(-3.739589424615126, 12);
    // By the formula itself, with SD lines from L, M, S.
    const [sd2, sd3, sd2neg, sd3neg] = [2, 3, -2, -3].map((z) => toWhoMeasurement(z, WEIGHT_BOYS_0)) as [number, number, number, number];
    expect(toWhoZScore(6.0, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(3 + (6.0 - sd3) / (sd3 - sd2), 12);
    expect(toWhoZScore(1.8, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(-3 + (1.8 - sd3neg) / (sd2neg - sd3neg), 12);
    // Continuous at ±3.
    expect(toWhoZScore(sd3, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(3, 12);
    expect(toWhoZScore(sd3neg, WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(-3, 12);
  });

  it('rejects a measurement that is not positive', () => {
    expect(() => toWhoZScore(0, WEIGHT_BOYS_0, { weightBased: true })).toThrow(RangeError);
    expect(() => toWhoZScore(Number.NaN, WEIGHT_BOYS_0, { weightBased: true })).toThrow(RangeError);
  });
});

describe('toWhoMeasurement', () => {
  it('inverts toWhoZScore', () => {
    for (const z of [-2.5, -1, 0, 0.7, 2.9]) {
      expect(toWhoZScore(toWhoMeasurement(z, WEIGHT_BOYS_0), WEIGHT_BOYS_0, { weightBased: true })).toBeCloseTo(z, 12);
    }
    expect(toWhoMeasurement(1, { L: 0, M: 10, S: 0.1 })).toBeCloseTo(10 * Math.exp(0.1), 12);
  });
});

// Our formula against the tables' own SD columns, row by row.
describe.each([
  ['who-length-for-age-boys', false],
  ['who-length-for-age-girls', false],
  ['who-height-for-age-boys', false],
  ['who-height-for-age-girls', false],
  ['who-head-circumference-for-age-boys', false],
  ['who-head-circumference-for-age-girls', false],
  ['who-weight-for-age-boys', true],
  ['who-weight-for-age-girls', true],
])('%s: every SD column against L, M, S', (name, weightBased) => {
  const table = readWhoTable(name);
  const cells = table.rows.flatMap((row) => SD_COLUMNS.map((column, i) => ({ row, column, nominal: NOMINAL_Z[i] ?? NaN, value: row[column] })));

  it('the value at each nominal z, computed from L, M, S, rounds to the printed column (±0.05)', () => {
    for (const { row, column, nominal, value } of cells) {
      const diff = Math.abs(toWhoMeasurement(nominal, row) - value);
      expect(diff, `month ${row.x} ${column}`).toBeLessThanOrEqual(0.05);
    }
  });

  if (!weightBased) {
    it('the z-score of each printed SD value is within 0.05 of its nominal z', () => {
      for (const { row, column, nominal, value } of cells) {
        const z = toWhoZScore(value, row, { weightBased });
        expect(Math.abs(z - nominal), `month ${row.x} ${column}: z = ${z}`).toBeLessThanOrEqual(0.05);
      }
    });
  } else {
    it('the z-score of each printed SD value is within rounding of its nominal z (the adjusted formula beyond ±3)', () => {
      for (const { row, column, nominal, value } of cells) {
        // 0.1 kg is up to 0.2 SD for a newborn, so the printed value pins z down only to the z-range it rounds from.
        const low = toWhoZScore(value - 0.05, row, { weightBased });
        const high = toWhoZScore(value + 0.05, row, { weightBased });
        expect(nominal, `month ${row.x} ${column}`).toBeGreaterThanOrEqual(low - 1e-9);
        expect(nominal, `month ${row.x} ${column}`).toBeLessThanOrEqual(high + 1e-9);
        expect(Math.abs(toWhoZScore(value, row, { weightBased }) - nominal), `month ${row.x} ${column}`).toBeLessThan(0.11);
      }
    });

    it('is within 0.05 of nominal except in the small-weight cells where 0.1 kg rounding is worth more than 0.05 SD', () => {
      const outside = cells.filter(({ row, nominal, value }) => Math.abs(toWhoZScore(value, row, { weightBased }) - nominal) > 0.05);
      expect(outside.length).toBe(name.endsWith('boys') ? 19 : 24);
      // Every one of them is a light weight (under 9 kg, in the first 26 months): 0.1 kg is a large step there.
      for (const { row, value } of outside) {
        expect(value).toBeLessThan(9);
        expect(row.x).toBeLessThanOrEqual(26);
      }
    });
  }
});
