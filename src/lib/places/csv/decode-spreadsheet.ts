/** A line of the file that holds bytes which are not text in the encoding the file was read as. */
export interface EncodingError {
  line: number;
  message: string;
}

export interface DecodedSpreadsheet {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  /** Lines with broken characters (only when the file is UTF-8 with a few bad bytes). */
  errors: EncodingError[];
}

/**
 * Walks the bytes as UTF-8: how many multi-byte characters are well formed, and on which lines
 * (1-based) the malformed bytes sit.
 */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; badLines: number[] } {
  let valid = 0;
  let invalid = 0;
  let line = 1;
  const badLines: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line += 1;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      if (badLines[badLines.length - 1] !== line) badLines.push(line);
      i += 1;
    }
  }
  return { valid, invalid, badLines };
}

/**
 * Decodes a CSV file as spreadsheets in China write it: UTF-8 with or without a byte-order mark, or
 * GB18030/GBK (Excel's "CSV" on Chinese Windows).
 * - valid UTF-8 → UTF-8;
 * - a UTF-8 byte-order mark, or mostly well-formed UTF-8 with a few broken characters → UTF-8, and
 *   each line with a broken character is reported (re-reading the whole file as GB18030 would turn
 *   every good Chinese character into nonsense);
 * - otherwise → GB18030, a superset of GBK.
 */
export function decodeSpreadsheet(bytes: Uint8Array): DecodedSpreadsheet {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', errors: [] };
  } catch {
    const { valid, invalid, badLines } = scanUtf8(body);
    // "Mostly UTF-8": well-formed characters outnumber broken spots by far. GBK text read as UTF-8
    // is the other way round: nearly every Chinese character is a broken sequence.
    if (hasBom || valid > 3 * invalid) {
      return {
        text: new TextDecoder('utf-8').decode(body),
        encoding: 'utf-8',
        errors: badLines.map((line) => ({ line, message: '这一行有无法识别的字符（文件是 UTF-8 编码，但这里的字节不是有效的 UTF-8）；请在表格软件里重新输入这些字后另存为 CSV (invalid UTF-8)' })),
      };
    }
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030', errors: [] };
  }
}
