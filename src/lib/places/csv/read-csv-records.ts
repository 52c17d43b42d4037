import { parse } from 'csv-parse/sync';

/** One problem with one cell or row: physical line number in the file (header = 1), column header, reason. */
export interface RowError {
  line: number;
  column: string;
  message: string;
}

/** A record of the file and the physical line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合：某个以 " 开头的单元格没有结束的 "',
  CSV_INVALID_CLOSING_QUOTE: '引号用法不对：单元格中的 " 要写成 ""，或整个单元格用引号括起来',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引号后面多了字符：单元格结束的 " 后面应该直接是逗号或换行',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '这一行的列数和表头不一致',
};

/** Counts line breaks (\r\n, \r or \n, each one break) in bytes[from, to). */
function countBreaks(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c === 10) n += 1;
    else if (c === 13 && bytes[i + 1] !== 10) n += 1;
  }
  return n;
}

function breaksInside(cells: readonly string[]): number {
  return cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

/**
 * Splits CSV text into records with the physical line each starts on, as a spreadsheet shows it:
 * a quoted cell holding a line break does not shift the lines after it, whatever the line endings
 * (Excel writes \r\n). Rows whose cells are all empty (what Excel leaves below a table) are skipped.
 * Malformed CSV gives one error in Chinese with its line.
 */
export function readCsvRecords(text: string): { records: CsvRecord[]; error?: RowError } {
  // As bytes: csv-parse reports positions in bytes, and line breaks are counted over the same bytes.
  const source = new TextEncoder().encode(text.replace(/^\uFEFF/, ''));
  let rows: { record: string[]; info: { bytes: number } }[];
  try {
    rows = parse(source, {
      info: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { code?: string; lines?: number; bytes?: number };
    const line = e.bytes === undefined ? (e.lines ?? 1) : countBreaks(source, 0, Math.min(e.bytes, source.length)) + 1;
    const reason = (e.code && CSV_ERRORS[e.code]) ?? '文件不是有效的 CSV 格式';
    return { records: [], error: { line, column: '—', message: `CSV 格式错误：${reason}（请在表格软件中另存为“CSV UTF-8”或“CSV（逗号分隔）”）` } };
  }
  const records: CsvRecord[] = [];
  let breaksBefore = 0;
  let scanned = 0;
  for (const { record, info } of rows) {
    // info.bytes is where the record ends (after its line break, if any): the record's last line is
    // the number of breaks up to there (plus one when the file ends without a break).
    const end = Math.min(info.bytes, source.length);
    breaksBefore += countBreaks(source, scanned, end);
    scanned = end;
    const endsWithBreak = end > 0 && (source[end - 1] === 10 || source[end - 1] === 13);
    const lastLine = breaksBefore + (endsWithBreak ? 0 : 1);
    records.push({ cells: record, line: lastLine - breaksInside(record) });
  }
  return { records };
}

