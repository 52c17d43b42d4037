/**
 * The one tokenizer used to build the search indexes and to read queries in the browser, so both
 * sides always agree: NFKC (full-width → half-width), lower case; runs of Chinese characters become
 * overlapping bigrams (a lone character stays itself); runs of Latin letters or digits are words.
 * Punctuation and symbols (including lunr's query syntax) are dropped, so no input can be parsed
 * as a query language.
 * @example tokenize('宝宝6月龄 Fushi') // ['宝宝', '6', '月龄', 'fushi']
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(/(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu)) {
    const han = m[1];
    if (han !== undefined) {
      const chars = [...han];
      if (chars.length === 1) tokens.push(han);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
    } else if (m[2] !== undefined) {
      tokens.push(m[2]);
    }
  }
  return tokens;
}
