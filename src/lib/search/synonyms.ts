/**
 * Words people use for the same thing, folded to one form on both sides (documents and queries), so
 * 发烧 finds a guide that says 发热. Kept short and conservative: a pair belongs here only when
 * either word, in a parenting context, means the other. Longer words are replaced first.
 */
export const SYNONYM_GROUPS: readonly (readonly [canonical: string, ...variants: string[]])[] = [
  ['发热', '发烧'],
  ['宝宝', '婴儿', '宝贝', '小宝', '小孩', '孩子'],
  ['母婴室', '哺乳室', '母乳室'],
  ['托育机构', '托儿所', '托育园'],
  ['接种', '打疫苗', '打预防针'],
  ['腹泻', '拉肚子', '拉稀'],
  ['儿童保健', '儿保'],
  ['配方奶', '奶粉'],
  ['孕妇', '孕妈', '准妈妈', '怀孕'],
  ['体检', '健康检查'],
  ['孕期检查', '孕检', '产检'],
];

const REPLACEMENTS = SYNONYM_GROUPS.flatMap(([canonical, ...variants]) => variants.map((v) => [v, canonical] as const)).sort((a, b) => b[0].length - a[0].length);
const PATTERN = new RegExp(REPLACEMENTS.map(([v]) => v).join('|'), 'g');
const CANONICAL = new Map(REPLACEMENTS);

/** `text` with every listed variant replaced by its canonical word. */
export function applySynonyms(text: string): string {
  return text.replace(PATTERN, (word) => CANONICAL.get(word) ?? word);
}

/** Each variant in `text` with its position and canonical word (for mapping results back to the text). */
export function findSynonyms(text: string): { index: number; word: string; canonical: string }[] {
  return [...text.matchAll(PATTERN)].map((m) => ({ index: m.index, word: m[0], canonical: CANONICAL.get(m[0]) ?? m[0] }));
}
