/**
 * Decodes a CSV file as spreadsheets in China write it: UTF-8 with or without a byte-order mark, or
 * GB18030/GBK (Excel's "CSV" on Chinese Windows). UTF-8 is tried strictly first; bytes that are not
 * valid UTF-8 are read as GB18030, a superset of GBK.
 */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
