/**
 * 控水 (draining water), 倒提 (holding the child upside down) and 顶腹 (pressing the belly to empty
 * it) waste the minutes a drowned child needs for breaths and CPR (facts §9.4). A page may name them
 * only to warn against them: 不要控水, 不能倒提, 别顶腹, or 控水是错误的.
 */
const HARMFUL = /控水|倒提|顶腹/g;
/** A negation before the word in the same clause: 不要/不能/别… (别 not as in 特别, 区别, 别人). */
const NEGATION_BEFORE = /不要|不能|不可|不用|不必|不该|不应|不宜|千万不|切勿|勿|禁止|避免|(?<![特区分告识级类派])别(?![人的处])/;
/** A verdict after the word in the same clause: 控水是错误的, 倒提没有用, 顶腹会耽误抢救. */
const VERDICT_AFTER = /是错|错误|不对|没有用|没用|有害|危险|耽误/;

/**
 * The clauses (between 。！？； or a line break) that name a harmful drowning "first aid" without
 * warning against it. Each list item counts as its own clause.
 * @example findUnnegatedDrowningAdvice('先控水，再送医院。') // ['先控水，再送医院']
 */
export function findUnnegatedDrowningAdvice(text: string): string[] {
  const found: string[] = [];
  for (const clause of text.split(/[。！？!?；;\n]/)) {
    for (const m of clause.matchAll(HARMFUL)) {
      const before = clause.slice(0, m.index);
      const after = clause.slice(m.index + m[0].length);
      if (!NEGATION_BEFORE.test(before) && !VERDICT_AFTER.test(after)) {
        found.push(clause.trim());
        break;
      }
    }
  }
  return found;
}
