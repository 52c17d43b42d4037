/**
 * Developmental warning signs come from the national table through {{warning-signs:N}}; a list typed by
 * hand drifts (the old lists gave two or three of the four signs). Finds, in a guide's Markdown body:
 *  - a line introducing a list with 「任何一条」 about development (发育, 预警, 筛查, 评估) and a list after it;
 *  - a list with two or more signs typed into its items: a sign of the table word for word, or an age,
 *    a 不会…/没有反应 sign and the word 预警 in one item.
 * One sign explained in a sentence (「30月龄还不会示意大小便，是预警征象里的一条」) is not a list.
 * Returns one message per finding.
 */
const ANY_ONE = /任何一[条项个种]/;
const ABOUT_DEVELOPMENT = /发育|预警|筛查|评估/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const BOLD_LABEL = /^\s*\*\*[^*]+\*\*\s*$/;
const DIRECTIVE = /\{\{warning-signs:/;
const AGE = /(\d+|[一二两三四五六半])\s*(个月|月龄|岁)/;
const SIGN_WORDS = /不会|不能|没有反应|无反应|不看人|不起|不住/;

/** Letters only: quotes, punctuation and spaces do not make a sign different. */
const normalise = (s: string) => s.replace(/[\s“”"'‘’「」、，,。：:；;（）()—–-]/g, '');
const withoutLinks = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, ' ');

export function findHandTypedWarningSigns(body: string, tableSigns: readonly string[] = []): string[] {
  const found: string[] = [];
  const lines = body.split('\n');
  const signs = tableSigns.map(normalise).filter((s) => s.length >= 3);
  /** Signs typed in the items of the list being read; a line of prose ends the list. */
  let typedInList: string[] = [];
  const endList = () => {
    if (typedInList.length >= 2) found.push(`列表里手写了 ${typedInList.length} 条预警征象（${typedInList.join('；')}）：请改用 {{warning-signs:月龄}} (warning signs typed by hand)`);
    typedInList = [];
  };
  lines.forEach((raw, index) => {
    const line = withoutLinks(raw).trim();
    if (!line) return;
    if (!LIST_ITEM.test(line)) {
      endList();
      if (!DIRECTIVE.test(line) && ANY_ONE.test(line) && ABOUT_DEVELOPMENT.test(line) && /[：:]$/.test(line)) {
        const next = lines.slice(index + 1).find((l) => l.trim() !== '' && !BOLD_LABEL.test(l));
        if (next !== undefined && LIST_ITEM.test(next)) found.push(`手写的发育预警清单：“${line}” 下面请改用 {{warning-signs:月龄}} (hand-typed warning-sign list)`);
      }
      return;
    }
    const item = line.replace(LIST_ITEM, '');
    const sign = signs.find((s) => normalise(item).includes(s));
    if (sign) typedInList.push(sign);
    else if (/预警/.test(item) && AGE.test(item) && SIGN_WORDS.test(item)) typedInList.push(item);
  });
  endList();
  return found;
}
