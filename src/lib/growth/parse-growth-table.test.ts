import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGrowthTable, type GrowthTableError } from './parse-growth-table';

const readCsv = (name: string) => readFileSync(new URL(`../../data/growth/${name}.csv`, import.meta.url), 'utf8');

const CN_HEADER = 'month,P3,P10,P25,P50,P75,P90,P97,SD3neg,SD2neg,SD1neg,SD0,SD1,SD2,SD3';
const CN_ROW_0 = '0,2.8,3.0,3.2,3.5,3.7,4.0,4.2,2.4,2.7,3.1,3.5,3.9,4.3,4.7';
const CN_ROW_1 = '1,3.7,3.9,4.2,4.6,4.9,5.2,5.6,3.2,3.6,4.1,4.6,5.1,5.6,6.2';
const WHO_HEADER = 'month,L,M,S,SD3neg,SD2neg,SD1neg,SD0,SD1,SD2,SD3';
const WHO_ROW_0 = '0,0.3487,3.3464,0.14602,2.1,2.5,2.9,3.3,3.9,4.4,5.0';

function errorsOf(text: string): GrowthTableError[] {
  const result = parseGrowthTable(text);
  if (result.ok) throw new Error('expected the CSV to be rejected');
  return result.errors;
}

describe('parseGrowthTable: the real tables', () => {
  it.each([
    ['cn-wst423-2022-weight-for-age-boys', 'wst423', 44, 81],
    ['cn-wst423-2022-weight-for-age-girls', 'wst423', 44, 81],
    ['cn-wst423-2022-length-height-for-age-boys', 'wst423', 44, 81],
    ['cn-wst423-2022-length-height-for-age-girls', 'wst423', 44, 81],
    ['cn-wst423-2022-head-circumference-for-age-boys', 'wst423', 29, 36],
    ['cn-wst423-2022-head-circumference-for-age-girls', 'wst423', 29, 36],
    ['who-weight-for-age-boys', 'who', 61, 60],
    ['who-weight-for-age-girls', 'who', 61, 60],
    ['who-length-for-age-boys', 'who', 25, 24],
    ['who-length-for-age-girls', 'who', 25, 24],
    ['who-height-for-age-boys', 'who', 37, 60],
    ['who-height-for-age-girls', 'who', 37, 60],
    ['who-head-circumference-for-age-boys', 'who', 61, 60],
    ['who-head-circumference-for-age-girls', 'who', 61, 60],
  ])('%s parses as %s with %i rows up to month %i', (name, kind, count, lastMonth) => {
    const result = parseGrowthTable(readCsv(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.table.kind).toBe(kind);
    expect(result.table.axis).toBe('month');
    expect(result.table.rows).toHaveLength(count);
    expect(result.table.rows.at(-1)?.x).toBe(lastMonth);
  });

  it('reads the WS/T 423 rows as monthly to 24 months, then every 3 months', () => {
    const result = parseGrowthTable(readCsv('cn-wst423-2022-weight-for-age-boys'));
    if (!result.ok) throw new Error('parse failed');
    expect(result.table.rows.map((r) => r.x)).toEqual([
      ...Array.from({ length: 25 }, (_, i) => i),
      ...Array.from({ length: 19 }, (_, i) => 27 + 3 * i),
    ]);
  });

  it('types the columns of each kind', () => {
    const cn = parseGrowthTable(`${CN_HEADER}\n${CN_ROW_0}\n`);
    expect(cn).toEqual({
      ok: true,
      table: {
        kind: 'wst423',
        axis: 'month',
        rows: [
          { x: 0, P3: 2.8, P10: 3, P25: 3.2, P50: 3.5, P75: 3.7, P90: 4, P97: 4.2, SD3neg: 2.4, SD2neg: 2.7, SD1neg: 3.1, SD0: 3.5, SD1: 3.9, SD2: 4.3, SD3: 4.7 },
        ],
      },
    });
    const who = parseGrowthTable(`${WHO_HEADER}\n${WHO_ROW_0}\n`);
    expect(who).toEqual({
      ok: true,
      table: {
        kind: 'who',
        axis: 'month',
        rows: [{ x: 0, L: 0.3487, M: 3.3464, S: 0.14602, SD3neg: 2.1, SD2neg: 2.5, SD1neg: 2.9, SD0: 3.3, SD1: 3.9, SD2: 4.4, SD3: 5 }],
      },
    });
  });

  it('accepts a byte-order mark, CRLF line endings, blank lines and columns in another order', () => {
    const plain = parseGrowthTable(`${CN_HEADER}\n${CN_ROW_0}\n${CN_ROW_1}\n`);
    expect(parseGrowthTable(`\uFEFF${CN_HEADER}\r\n${CN_ROW_0}\r\n\r\n${CN_ROW_1}\r\n\r\n`)).toEqual(plain);
    const reorder = (line: string) => {
      const cells = line.split(',');
      return [cells[0], ...cells.slice(8), ...cells.slice(1, 8)].join(',');
    };
    expect(parseGrowthTable([CN_HEADER, CN_ROW_0, CN_ROW_1].map(reorder).join('\n'))).toEqual(plain);
  });

  it('allows a negative L (WHO weight tables)', () => {
    const result = parseGrowthTable(`${WHO_HEADER}\n0,-0.3521,3.3464,0.14602,2.1,2.5,2.9,3.3,3.9,4.4,5.0`);
    expect(result.ok && result.table.rows[0]).toMatchObject({ L: -0.3521 });
  });
});

describe('parseGrowthTable: malformed input', () => {
  it('rejects an empty file', () => {
    expect(errorsOf('')).toEqual([{ line: 1, column: '—', message: '第 1 行「—」列：文件是空的 (line 1, column —: empty file)' }]);
    expect(errorsOf(' \n\n')).toHaveLength(1);
  });

  it('rejects a header with no data rows', () => {
    expect(errorsOf(`${CN_HEADER}\n`)).toEqual([{ line: 2, column: 'month', message: '第 2 行「month」列：没有数据行 (line 2, column month: no data rows)' }]);
  });

  it('names an unknown first column', () => {
    const [first] = errorsOf(CN_HEADER.replace('month', 'age') + `\n${CN_ROW_0}`);
    expect(first).toMatchObject({ line: 1, column: 'age' });
    expect(first?.message).toBe('第 1 行「age」列：第一列应为 month / length_cm / height_cm (line 1, column age: the first column must be month, length_cm, height_cm)');
  });

  it('names unknown, duplicate and missing columns', () => {
    expect(errorsOf(CN_HEADER.replace('P10', 'P15') + `\n${CN_ROW_0}`).map((e) => [e.line, e.column])).toEqual([
      [1, 'P15'],
      [1, 'P10'],
    ]);
    expect(errorsOf(CN_HEADER.replace('P10', 'P3') + `\n${CN_ROW_0}`).map((e) => [e.column, e.message])).toEqual([
      ['P3', '第 1 行「P3」列：列名重复 (line 1, column P3: duplicate column)'],
      ['P10', '第 1 行「P10」列：缺少这一列 (line 1, column P10: missing column)'],
    ]);
    // A WHO header missing S.
    expect(errorsOf(WHO_HEADER.replace(',S,', ',') + '\n0,1,2,3,4,5,6,7,8,9').map((e) => e.column)).toEqual(['S']);
  });

  it('names the line and column of a value that is not a number', () => {
    const errors = errorsOf(`${CN_HEADER}\n${CN_ROW_0}\n${CN_ROW_1.replace('4.6,4.9', '4.6kg,4.9')}`);
    expect(errors).toEqual([{ line: 3, column: 'P50', message: '第 3 行「P50」列：“4.6kg”不是数字 (line 3, column P50: not a number)' }]);
  });

  it.each(['', '1e3', '3 5', '-', '.5', '0x10', 'NaN', 'Infinity'])('rejects the cell “%s”', (cell) => {
    const errors = errorsOf(`${CN_HEADER}\n${CN_ROW_0.replace(',3.9,4.3,4.7', `,3.9,4.3,${cell}`)}`);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[2, 'SD3']]);
  });

  it('names the first missing value of a short row and the extra column of a long row', () => {
    expect(errorsOf(`${CN_HEADER}\n0,2.8,3.0,3.2`).map((e) => [e.line, e.column])).toEqual(
      ['P50', 'P75', 'P90', 'P97', 'SD3neg', 'SD2neg', 'SD1neg', 'SD0', 'SD1', 'SD2', 'SD3'].map((c) => [2, c]),
    );
    expect(errorsOf(`${CN_HEADER}\n${CN_ROW_0},9.9`)).toEqual([
      { line: 2, column: '#16', message: '第 2 行「#16」列：多出 1 个值，表头只有 15 列 (line 2, column #16: 1 more value(s) than the 15 header columns)' },
    ]);
  });

  it('rejects rows out of order or repeated', () => {
    expect(errorsOf(`${CN_HEADER}\n${CN_ROW_1}\n${CN_ROW_0}`).map((e) => [e.line, e.column])).toEqual([[3, 'month']]);
    expect(errorsOf(`${CN_HEADER}\n${CN_ROW_0}\n${CN_ROW_0}`)[0]?.message).toContain('应大于第 2 行的 0');
  });

  it('rejects percentiles or SD values that do not increase within a row', () => {
    expect(errorsOf(`${CN_HEADER}\n${CN_ROW_0.replace('3.2,3.5,3.7', '3.6,3.5,3.7')}`).map((e) => [e.line, e.column])).toEqual([[2, 'P50']]);
    expect(errorsOf(`${WHO_HEADER}\n${WHO_ROW_0.replace('3.9,4.4', '4.4,4.4')}`).map((e) => [e.line, e.column])).toEqual([[2, 'SD2']]);
  });

  it('rejects a zero or negative measurement, M or S, and a negative age', () => {
    expect(errorsOf(`${WHO_HEADER}\n${WHO_ROW_0.replace('3.3464,0.14602', '0,0.14602')}`).map((e) => e.column)).toEqual(['M']);
    expect(errorsOf(`${WHO_HEADER}\n${WHO_ROW_0.replace('0.14602', '-0.14602')}`).map((e) => e.column)).toEqual(['S']);
    expect(errorsOf(`${CN_HEADER}\n${CN_ROW_0.replace(/^0,/, '-1,')}`).map((e) => e.column)).toEqual(['month']);
    expect(errorsOf(`${CN_HEADER}\n${CN_ROW_0.replace('2.8,3.0', '0,3.0')}`).map((e) => e.column)).toEqual(['P3']);
  });

  it('reports every problem at once, never a partial table', () => {
    const result = parseGrowthTable(`${CN_HEADER}\n${CN_ROW_0.replace('3.5,3.7', 'x,3.7')}\n${CN_ROW_1.replace('6.2', '')}`);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 2, column: 'P50', message: '第 2 行「P50」列：“x”不是数字 (line 2, column P50: not a number)' },
        { line: 3, column: 'SD3', message: '第 3 行「SD3」列：“”不是数字 (line 3, column SD3: not a number)' },
      ],
    });
  });
});
