// Spreadsheet cells come from people and from other systems: they can carry invisible characters
// that make two names look equal but differ, or that reorder text on screen (bidirectional
// controls), and echoing them raw into a terminal could run escape sequences.

/** Control characters, and format characters (zero-width spaces and joiners, bidirectional controls, BOM). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const LINE_BREAKS_AND_TABS = /[\t\r\n]+/g;

/**
 * The text a cell means: tabs and line breaks become a space, every other control or format
 * character is removed, surrounding white space trimmed. A cell of only invisible characters is empty.
 *
 * @example cleanCell('\u200b\u200b') // → ''
 * @example cleanCell('示例\u202e托育园\n') // → '示例托育园'
 */
export function cleanCell(raw: string): string {
  return raw.replace(LINE_BREAKS_AND_TABS, ' ').replace(INVISIBLE, '').trim();
}

/**
 * A cell as it may be shown in an error message: invisible characters written as \u{…}, long cells
 * shortened, in Chinese quotes.
 *
 * @example showCell('a\u001b[31mb') // → '“a\u{1b}[31mb”'
 */
export function showCell(raw: string, max = 40): string {
  const visible = raw.replace(/[\p{Cc}\p{Cf}]/gu, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
  const chars = [...visible];
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : visible}”`;
}

/** A plain decimal number as people type it: digits, an optional sign and fraction, thousands commas. */
const DECIMAL = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** The number a cell means, or undefined: only plain decimals (no 0x14, 1e3, Infinity or blanks). */
export function parseDecimal(cell: string): number | undefined {
  const text = cell.normalize('NFKC').trim();
  return DECIMAL.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}
