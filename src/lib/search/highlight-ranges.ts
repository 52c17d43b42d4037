import { findSynonyms } from './synonyms';

/**
 * Where the query's words occur in a title or summary, as [start, end) ranges of `text` (UTF-16
 * offsets), merged and in order, for <mark>. `tokens` are our tokenizer's tokens, so the text is read
 * the same way: NFKC, lower case, synonyms to one form — 发烧 in a title lights up for a query that
 * said 发热. Pinyin keys never occur in text and light nothing.
 * @example highlightRanges('宝宝发烧了', ['发热']) // [[2, 4]]
 */
export function highlightRanges(text: string, tokens: readonly string[]): [number, number][] {
  // The text normalised, with each normalised UTF-16 unit's origin in `text`.
  let normal = '';
  const origin: [number, number][] = [];
  let at = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC').toLowerCase();
    for (let i = 0; i < n.length; i++) origin.push([at, at + ch.length]);
    normal += n;
    at += ch.length;
  }
  // Synonyms to their canonical words; every unit of a replacement points at the whole original word.
  let read = '';
  const readOrigin: [number, number][] = [];
  let from = 0;
  for (const { index, word, canonical } of findSynonyms(normal)) {
    read += normal.slice(from, index);
    readOrigin.push(...origin.slice(from, index));
    const span: [number, number] = [(origin[index] as [number, number])[0], (origin[index + word.length - 1] as [number, number])[1]];
    read += canonical;
    for (let i = 0; i < canonical.length; i++) readOrigin.push(span);
    from = index + word.length;
  }
  read += normal.slice(from);
  readOrigin.push(...origin.slice(from));

  const ranges: [number, number][] = [];
  for (const token of new Set(tokens)) {
    if (token === '') continue;
    for (let i = read.indexOf(token); i !== -1; i = read.indexOf(token, i + 1)) {
      ranges.push([(readOrigin[i] as [number, number])[0], (readOrigin[i + token.length - 1] as [number, number])[1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
