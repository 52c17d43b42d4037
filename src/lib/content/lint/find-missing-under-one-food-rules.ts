/**
 * Complementary-food guides must give the under-1 rules plainly (facts §9.2): no salt, sugar or
 * seasoning before 12 months (WS/T 678—2020), and no honey before 1 year (infant botulism).
 */
const UNDER_ONE = /[1一]岁(?:以内|以前|之前|前|以下)|12\s*(?:月龄|个月)(?:以内|内|以前|之前|前)/;
const NO = /不加|不放|不要|不能|不宜|不吃|不喂|不添加|别/;
const COMPLEMENTARY_FOOD = /辅食/;

export type UnderOneFoodRule = 'salt-sugar' | 'honey';

interface GuideLike {
  data: { title?: unknown; topics?: unknown; bands?: unknown };
  body: string;
}

/**
 * A guide about complementary food: 辅食 in its title or a section heading. Not every feeding guide
 * for babies (formula, breastfeeding at work, choking): a passing mention, such as 满6个月再加辅食 in
 * a breastfeeding guide's summary or text, does not make one.
 */
export function isComplementaryFoodGuide(guide: GuideLike): boolean {
  const headings = guide.body.split('\n').filter((line) => /^#{2,4}\s/.test(line));
  return [guide.data.title, ...headings].some((x) => typeof x === 'string' && COMPLEMENTARY_FOOD.test(x));
}

/**
 * The under-1 rules a complementary-food guide leaves out: a sentence with an under-1 age, a "no"
 * and both 盐 and 糖; a sentence with an under-1 age, a "no" and 蜂蜜. Empty for other guides.
 * @example findMissingUnderOneFoodRules({ data: { title: '辅食怎么加' }, body: '1岁以内不加盐和糖。' }) // ['honey']
 */
export function findMissingUnderOneFoodRules(guide: GuideLike): UnderOneFoodRule[] {
  if (!isComplementaryFoodGuide(guide)) return [];
  const sentences = guide.body.split(/[。！？!?\n]/).filter((s) => UNDER_ONE.test(s) && NO.test(s));
  const missing: UnderOneFoodRule[] = [];
  if (!sentences.some((s) => s.includes('盐') && s.includes('糖'))) missing.push('salt-sugar');
  if (!sentences.some((s) => s.includes('蜂蜜'))) missing.push('honey');
  return missing;
}
