/**
 * Traditional → Simplified folding of single characters, so 寶寶 finds 宝宝. The full table comes from
 * OpenCC's TSCharacters (via `opencc-js`) at build time; the browser gets only the pairs whose
 * Simplified character occurs in what is indexed, as one compact string of Traditional-Simplified pairs.
 */

/** Single-character pairs from OpenCC's `T S[ S…]|T S|…` dictionary text (the first Simplified reading). */
export function parseOpenccCharacters(dict: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && [...from].length === 1 && [...to].length === 1 && from !== to) table.set(from, to);
  }
  return table;
}

/** The pairs whose Simplified side occurs in `text`, as "TSTS…" (code points, so astral characters work). */
export function pickFoldPairs(table: ReadonlyMap<string, string>, text: string): string {
  const used = new Set(text);
  let pairs = '';
  for (const [from, to] of table) if (used.has(to)) pairs += from + to;
  return pairs;
}

/** The map from the compact pairs string. */
export function toFoldMap(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  return map;
}

/** `text` with each Traditional character in `map` replaced by its Simplified form. */
export function foldTraditional(text: string, map: ReadonlyMap<string, string>): string {
  if (map.size === 0) return text;
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
