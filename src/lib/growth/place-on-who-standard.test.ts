import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGrowthTable, type WhoGrowthTable } from './parse-growth-table';
import { placeOnWhoStandard } from './place-on-who-standard';
import { selectWhoLengthHeightTable } from './to-length-or-height';

function readWhoTable(name: string): WhoGrowthTable {
  const result = parseGrowthTable(readFileSync(new URL(`../../data/growth/${name}.csv`, import.meta.url), 'utf8'));
  if (!result.ok || result.table.kind !== 'who') throw new Error(`${name} is not a WHO table`);
  return result.table;
}

const weightBoys = readWhoTable('who-weight-for-age-boys');
const lengthTables = { length: readWhoTable('who-length-for-age-girls'), height: readWhoTable('who-height-for-age-girls') };

describe('placeOnWhoStandard', () => {
  it('puts the median at z 0, the 50th percentile', () => {
    const placement = placeOnWhoStandard(3.3464, weightBoys, 0, 'weight-for-age');
    expect(placement).toMatchObject({ z: 0, percentile: 50, phrase: '大约在第 50 百分位' });
  });

  it('reads between monthly rows', () => {
    // Halfway between months 0 and 1: M = (3.3464 + 4.4709) / 2.
    expect(placeOnWhoStandard((3.3464 + 4.4709) / 2, weightBoys, 0.5, 'weight-for-age')?.z).toBeCloseTo(0, 12);
  });

  it('gives the percentile of the z-score', () => {
    // A girl of 30 months standing 2 SD above the median: WHO height table, M·(1 + 2S).
    const height = selectWhoLengthHeightTable(30, lengthTables);
    const row = height.rows.find((r) => r.x === 30);
    const placement = placeOnWhoStandard((row?.M ?? NaN) * (1 + 2 * (row?.S ?? NaN)), height, 30, 'length-height-for-age');
    expect(placement?.z).toBeCloseTo(2, 12);
    expect(placement?.percentile).toBeCloseTo(97.72498680518208, 10);
    expect(placement?.phrase).toBe('大约在第 98 百分位');
  });

  it('restricts weight-for-age beyond +3 SD but not length', () => {
    expect(placeOnWhoStandard(6.0, weightBoys, 0, 'weight-for-age')?.z).toBeCloseTo(4.585774285207116, 12);
    expect(placeOnWhoStandard(6.0, weightBoys, 0, 'weight-for-age')?.phrase).toBe('高于第 99 百分位');
    expect(placeOnWhoStandard(1.8, weightBoys, 0, 'weight-for-age')?.phrase).toBe('低于第 1 百分位');
  });

  it('gives nothing outside the table ages', () => {
    expect(placeOnWhoStandard(20, weightBoys, 60.5, 'weight-for-age')).toBeUndefined();
    expect(placeOnWhoStandard(90, lengthTables.length, 25, 'length-height-for-age')).toBeUndefined();
  });
});
