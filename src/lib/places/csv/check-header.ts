import { cleanCell, showCell } from './clean-cell';
import { readCsvRecords, type CsvRecord, type RowError } from './read-csv-records';

/**
 * The header row's problems, shared by every spreadsheet importer: a missing required column, a
 * column without a name that holds data, a column named twice, a name the template does not have.
 * Returns the cleaned headers (index = cell index) and the errors, all on line 1.
 */
export function checkHeader(header: CsvRecord, body: readonly CsvRecord[], columns: readonly { header: string; required: boolean }[]): { headers: string[]; errors: RowError[] } {
  const headers = header.cells.map(cleanCell);
  const errors: RowError[] = [];
  const missing = columns.filter((c) => c.required && !headers.includes(c.header));
  for (const c of missing) errors.push({ line: 1, column: c.header, message: `缺少必填列“${c.header}” (missing required column)` });
  headers.forEach((h, i) => {
    if (h === '') {
      // An unnamed column is fine only while it is empty (Excel leaves such columns at the right).
      const used = body.find((r) => cleanCell(r.cells[i] ?? '') !== '');
      if (used) errors.push({ line: 1, column: `第 ${i + 1} 列`, message: `第 ${i + 1} 列没有列名，但第 ${used.line} 行在这一列有内容；请补上列名或删除这一列 (unnamed column with data)` });
    } else if (headers.indexOf(h) !== i) {
      errors.push({ line: 1, column: h, message: `列名${showCell(h)}出现了不止一次（第 ${headers.indexOf(h) + 1} 列和第 ${i + 1} 列），请只保留一列 (duplicate column)` });
    } else if (!columns.some((c) => c.header === h)) {
      errors.push({ line: 1, column: h, message: `无法识别的列${showCell(h)}，请对照模板 (unknown column)` });
    }
  });
  return { headers, errors };
}

/**
 * The opening every spreadsheet importer shares: parse the CSV, check the header against the
 * template's columns, and refuse a file without data rows. Either the cleaned headers and the data
 * rows, or the errors that stop the whole import.
 */
export function readSpreadsheetRows(
  text: string,
  columns: readonly { header: string; required: boolean }[],
): { ok: true; headers: string[]; body: CsvRecord[] } | { ok: false; errors: RowError[] } {
  const { records: rows, error } = readCsvRecords(text);
  if (error) return { ok: false, errors: [error] };
  const [header, ...body] = rows;
  if (!header) return { ok: false, errors: [{ line: 1, column: '—', message: '文件是空的 (empty file)' }] };
  const { headers, errors } = checkHeader(header, body, columns);
  if (errors.length > 0) return { ok: false, errors };
  if (body.length === 0) return { ok: false, errors: [{ line: 2, column: '—', message: '没有数据行 (no data rows)' }] };
  return { ok: true, headers, body };
}
