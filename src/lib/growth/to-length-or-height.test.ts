import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGrowthTable, type WhoGrowthTable } from './parse-growth-table';
import { selectWhoLengthHeightTable, toLengthOrHeight } from './to-length-or-height';

function readWhoTable(name: string): WhoGrowthTable {
  const result = parseGrowthTable(readFileSync(new URL(`../../data/growth/${name}.csv`, import.meta.url), 'utf8'));
  if (!result.ok || result.table.kind !== 'who') throw new Error(`${name} is not a WHO table`);
  return result.table;
}

describe('toLengthOrHeight', () => {
  it('is length before 24 months and height from 24 months', () => {
    expect(toLengthOrHeight(0)).toBe('length');
    expect(toLengthOrHeight(23.99)).toBe('length');
    expect(toLengthOrHeight(24)).toBe('height');
    expect(toLengthOrHeight(60)).toBe('height');
  });
});

describe('selectWhoLengthHeightTable', () => {
  const tables = { length: readWhoTable('who-length-for-age-boys'), height: readWhoTable('who-height-for-age-boys') };

  it('picks the length table before 24 months and the height table from 24 months', () => {
    expect(selectWhoLengthHeightTable(23.5, tables)).toBe(tables.length);
    expect(selectWhoLengthHeightTable(24, tables)).toBe(tables.height);
    expect(selectWhoLengthHeightTable(40, tables)).toBe(tables.height);
  });

  it('matters at 24 months, where both WHO tables have a row 0.7 cm apart', () => {
    expect(tables.length.rows.at(-1)).toMatchObject({ x: 24, M: 87.8161 });
    expect(tables.height.rows[0]).toMatchObject({ x: 24, M: 87.1161 });
    expect(selectWhoLengthHeightTable(24, tables).rows[0]?.M).toBe(87.1161);
  });
});
