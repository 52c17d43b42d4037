/**
 * Phrases of an editor's research log, which must never reach a public page: they tell the reader how
 * we read our sources (or failed to), not what to do. Say the plain fact instead, or say less.
 * Kept specific so that everyday Chinese (我们一起找找看, 请向接种门诊确认) is not caught.
 */
export const EDITOR_PHRASES = [
  '我们没有查到',
  '我们还没有查到',
  '我们没有找到',
  '我们还没有看到',
  '我们参考的',
  '参考的资料里',
  '资料里没有',
  '没查到',
  '未查到',
  '转载页面',
  '原文未读',
  '全文未读',
  '正文未读',
  '只读到开头',
  '未能读到',
  '据上下文推断',
  '未确认',
  '未核实',
  '尚未核实',
  'facts.md',
  '未给出地址',
] as const;

/**
 * Every editor-only phrase found in a text, each once, in list order.
 * @example findEditorPhrases('安徽：我们没有查到地方规定。') // ['我们没有查到']
 */
export function findEditorPhrases(text: string): string[] {
  return EDITOR_PHRASES.filter((p) => text.includes(p));
}
