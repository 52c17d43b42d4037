/** The seven percentile lines printed by WS/T 423—2022 (Appendix A), lowest first. */
export const PERCENTILE_COLUMNS = ['P3', 'P10', 'P25', 'P50', 'P75', 'P90', 'P97'] as const;
/** The seven SD lines (−3SD … +3SD), lowest first; WS/T 423—2022 Appendix B and WHO's z tables both print them. */
export const SD_COLUMNS = ['SD3neg', 'SD2neg', 'SD1neg', 'SD0', 'SD1', 'SD2', 'SD3'] as const;
/** WHO's Box-Cox power, median and coefficient of variation. */
export const LMS_COLUMNS = ['L', 'M', 'S'] as const;
/** What the first column measures: age in months, or length/height in cm (the weight-for-length/height tables). */
export const AXIS_COLUMNS = ['month', 'length_cm', 'height_cm'] as const;

export type PercentileColumn = (typeof PERCENTILE_COLUMNS)[number];
export type SdColumn = (typeof SD_COLUMNS)[number];
export type LmsColumn = (typeof LMS_COLUMNS)[number];
export type GrowthAxis = (typeof AXIS_COLUMNS)[number];

/** One row of a WS/T 423—2022 table: `x` is the first column (month or cm). */
export type ChineseGrowthRow = { readonly x: number } & Readonly<Record<PercentileColumn | SdColumn, number>>;
/** One row of a WHO table: `x` is the first column (month or cm). */
export type WhoGrowthRow = { readonly x: number } & Readonly<Record<LmsColumn | SdColumn, number>>;
/** Any parsed row. */
export type GrowthRow = ChineseGrowthRow | WhoGrowthRow;

/** A WS/T 423—2022 table (percentile and SD columns), rows in increasing `x`. */
export interface ChineseGrowthTable {
  readonly kind: 'wst423';
  readonly axis: GrowthAxis;
  readonly rows: readonly ChineseGrowthRow[];
}

/** A WHO 2006 table (L, M, S and SD columns), rows in increasing `x`. */
export interface WhoGrowthTable {
  readonly kind: 'who';
  readonly axis: GrowthAxis;
  readonly rows: readonly WhoGrowthRow[];
}

/** Either kind of table; `kind` tells them apart. */
export type GrowthTable = ChineseGrowthTable | WhoGrowthTable;

/** One problem in the CSV: line number in the file (header = 1), column header, and a message naming both. */
export interface GrowthTableError {
  line: number;
  column: string;
  message: string;
}

/** A parsed table, or every problem found; never a partly parsed table. */
export type ParseGrowthTableResult = { ok: true; table: GrowthTable } | { ok: false; errors: GrowthTableError[] };

const CHINESE_COLUMNS: readonly string[] = [...PERCENTILE_COLUMNS, ...SD_COLUMNS];
const WHO_COLUMNS: readonly string[] = [...LMS_COLUMNS, ...SD_COLUMNS];
// Plain decimals only, as the reference files write them: no exponents, thousands separators or units.
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** An error whose message names the line and column in Chinese and in English. */
function error(line: number, column: string, reason: string, english: string): GrowthTableError {
  return { line, column, message: `第 ${line} 行「${column}」列：${reason} (line ${line}, column ${column}: ${english})` };
}

/** The header's kind, or errors naming the unknown, duplicate or missing columns. */
function readHeader(cells: string[]): { kind: GrowthTable['kind']; axis: GrowthAxis } | GrowthTableError[] {
  const errors: GrowthTableError[] = [];
  const [first = '', ...rest] = cells;
  const axis = AXIS_COLUMNS.find((a) => a === first);
  if (!axis) errors.push(error(1, first, `第一列应为 ${AXIS_COLUMNS.join(' / ')}`, `the first column must be ${AXIS_COLUMNS.join(', ')}`));
  const kind = rest.includes('L') || rest.includes('M') || rest.includes('S') ? 'who' : 'wst423';
  const expected = kind === 'who' ? WHO_COLUMNS : CHINESE_COLUMNS;
  rest.forEach((name, i) => {
    if (!expected.includes(name)) errors.push(error(1, name, `未知的列`, `unknown column for a ${kind === 'who' ? 'WHO' : 'WS/T 423'} table`));
    else if (rest.indexOf(name) !== i) errors.push(error(1, name, '列名重复', 'duplicate column'));
  });
  for (const name of expected) {
    if (!rest.includes(name)) errors.push(error(1, name, '缺少这一列', 'missing column'));
  }
  return errors.length > 0 || !axis ? errors : { kind, axis };
}

/** Values that must increase left to right within a row. */
function findOrderErrors(line: number, row: Record<string, number>, columns: readonly string[]): GrowthTableError[] {
  const errors: GrowthTableError[] = [];
  for (let i = 1; i < columns.length; i += 1) {
    const [prev, name] = [columns[i - 1] ?? '', columns[i] ?? ''];
    if (!((row[name] ?? NaN) > (row[prev] ?? NaN))) {
      errors.push(error(line, name, `${row[name]} 应大于「${prev}」列的 ${row[prev]}`, `must be greater than ${prev}`));
    }
  }
  return errors;
}

/**
 * Parses the text of one growth-table CSV (a WS/T 423—2022 or WHO file from `src/data/growth/`) into typed rows.
 * Columns may come in any order; every value must be a plain decimal; `x` (the first column) must increase from row
 * to row; percentile and SD values must increase within a row; every value except WHO's L must be positive. Blank
 * lines are skipped. Every problem is reported with its line (header = 1) and column. The text is taken as a string
 * so the browser can parse a fetched file too.
 * @example
 * const result = parseGrowthTable('month,L,M,S,SD3neg,SD2neg,SD1neg,SD0,SD1,SD2,SD3\n0,0.3487,3.3464,0.14602,2.1,2.5,2.9,3.3,3.9,4.4,5.0\n');
 * if (result.ok) result.table.rows[0]?.M; // 3.3464
 */
export function parseGrowthTable(text: string): ParseGrowthTableResult {
  if (text.trim() === '') return { ok: false, errors: [error(1, '—', '文件是空的', 'empty file')] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerCells = (lines[0] ?? '').split(',').map((c) => c.trim());
  const header = readHeader(headerCells);
  if (Array.isArray(header)) return { ok: false, errors: header };

  const errors: GrowthTableError[] = [];
  const rows: Record<string, number>[] = [];
  let previousX: { x: number; line: number } | undefined;
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = raw.split(',').map((c) => c.trim());
    if (cells.length > headerCells.length) {
      const [extra, width] = [cells.length - headerCells.length, headerCells.length];
      errors.push(error(line, `#${width + 1}`, `多出 ${extra} 个值，表头只有 ${width} 列`, `${extra} more value(s) than the ${width} header columns`));
      return;
    }
    const row: Record<string, number> = {};
    let rowOk = true;
    headerCells.forEach((name, c) => {
      const cell = cells[c];
      if (cell === undefined) {
        errors.push(error(line, name, '缺少这个值', 'missing value'));
        rowOk = false;
      } else if (!DECIMAL.test(cell)) {
        errors.push(error(line, name, `“${cell}”不是数字`, 'not a number'));
        rowOk = false;
      } else {
        row[c === 0 ? 'x' : name] = Number(cell);
      }
    });
    if (!rowOk) return;

    const x = row['x'] ?? NaN;
    const axisName = headerCells[0] ?? '';
    if (x < 0) errors.push(error(line, axisName, `${x} 不能为负数`, 'must not be negative'));
    if (previousX && !(x > previousX.x)) {
      const reason = `${x} 应大于第 ${previousX.line} 行的 ${previousX.x}，各行须按递增顺序排列`;
      errors.push(error(line, axisName, reason, `must be greater than ${previousX.x} on line ${previousX.line}`));
    }
    previousX = { x, line };
    // Measurements, M and S are positive; only L (a Box-Cox power) may be zero or negative.
    for (const name of headerCells.slice(1)) {
      if (name !== 'L' && !((row[name] ?? NaN) > 0)) errors.push(error(line, name, `${row[name]} 应为正数`, 'must be positive'));
    }
    if (header.kind === 'wst423') errors.push(...findOrderErrors(line, row, PERCENTILE_COLUMNS));
    errors.push(...findOrderErrors(line, row, SD_COLUMNS));
    rows.push(row);
  });

  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [error(2, headerCells[0] ?? '—', '没有数据行', 'no data rows')] };
  // Every column was checked above, so the records have exactly the row types' keys.
  return header.kind === 'wst423'
    ? { ok: true, table: { kind: 'wst423', axis: header.axis, rows: rows as unknown as ChineseGrowthRow[] } }
    : { ok: true, table: { kind: 'who', axis: header.axis, rows: rows as unknown as WhoGrowthRow[] } };
}
