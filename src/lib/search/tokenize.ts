import { foldTraditional } from './fold-traditional';
import { applySynonyms } from './synonyms';

/**
 * Question words that say nothing about the subject (宝宝晚上**总是**醒**怎么办**): cut out on both
 * sides before bigrams are made, so a whole question ranks by its content words and no bigram spans
 * a question word (是醒, 醒怎). Longer words first.
 */
const FILLER_WORDS = /怎么办|怎么样|怎么|为什么|什么|如何|可以|应该|是不是|有没有|总是|一下|请问/g;

/**
 * The one tokenizer used to build the search indexes and to read queries in the browser, so both
 * sides always agree: NFKC (full-width → half-width), lower case, Traditional → Simplified (with the
 * table shipped beside the index), synonyms to one form; runs of Chinese characters become overlapping
 * bigrams (a lone character stays itself); runs of Latin letters or digits are words. Punctuation and
 * symbols (including lunr's query syntax) are dropped, so no input can be parsed as a query language.
 * @example tokenize('宝宝6月龄 Fushi') // ['宝宝', '6', '月龄', 'fushi']
 */
export function tokenize(text: string, fold: ReadonlyMap<string, string> = new Map()): string[] {
  const tokens: string[] = [];
  const normal = applySynonyms(foldTraditional(text.normalize('NFKC').toLowerCase(), fold)).replace(FILLER_WORDS, ' ');
  for (const m of normal.matchAll(/(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu)) {
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

/**
 * Pinyin keys for Chinese names and titles, so `fushi` finds 辅食 and `xsq` finds 相山区: for each run
 * of Chinese characters, its whole pinyin and its initials, and with `bigrams` the pinyin of each pair of
 * characters (titles, where a word may sit mid-run). Queries match these by prefix, so `xiangshan`
 * finds `xiangshanqu`. `toSyllables` turns a run into toneless syllables (pinyin-pro at build time).
 */
export function toPinyinKeys(text: string, toSyllables: (han: string) => string[], { bigrams = false } = {}): string {
  const keys = new Set<string>();
  for (const m of applySynonyms(text.normalize('NFKC')).matchAll(/\p{Script=Han}+/gu)) {
    const syllables = toSyllables(m[0]).map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, ''));
    if (syllables.some((s) => s === '')) continue;
    keys.add(syllables.join(''));
    if (syllables.length > 1) keys.add(syllables.map((s) => s[0]).join(''));
    if (bigrams) for (let i = 1; i + 1 < syllables.length; i++) keys.add(`${syllables[i]}${syllables[i + 1]}`);
  }
  return [...keys].join(' ');
}

/** A query word that may be pinyin: Latin letters only, long enough to mean something as a prefix. */
export function isPinyinLike(token: string): boolean {
  return /^[a-z]{2,}$/.test(token);
}
