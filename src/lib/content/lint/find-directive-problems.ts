import { CONTENT_DIRECTIVE } from '../expand-content-directives';

/** What the linter knows about the data behind {{warning-signs:N}} and {{red-flags:TOPIC}}. */
export interface DirectiveFacts {
  warningSignAges: readonly number[];
  warningSignSources: readonly string[];
  /** Sources of each red-flag topic. */
  redFlagSources: ReadonlyMap<string, readonly string[]>;
}

/**
 * A directive must be a paragraph on its own and name an age or topic the data has, and a guide that
 * shows a list must cite where the list comes from. Used by the linter and by the build
 * (src/data/assert-directives.ts), which fails on any of these.
 */
export function findDirectiveProblems(body: string, citedSources: readonly string[], facts: DirectiveFacts): string[] {
  const found: string[] = [];
  const cited = new Set(citedSources);
  for (const paragraph of body.split(/\n\s*\n/)) {
    const tokens = paragraph.match(CONTENT_DIRECTIVE);
    if (tokens && paragraph.trim() !== tokens[0]) found.push(`${tokens.join(', ')} 必须单独成一段 (a directive must be a paragraph on its own)`);
  }
  for (const [token, kind, arg = ''] of body.matchAll(CONTENT_DIRECTIVE)) {
    const sources = kind === 'warning-signs' ? (facts.warningSignAges.includes(Number(arg)) && /^\d+$/.test(arg) ? facts.warningSignSources : undefined) : facts.redFlagSources.get(arg);
    if (!sources) {
      found.push(`${token}：数据中没有这个${kind === 'warning-signs' ? '月龄' : '主题'} (unknown directive target)`);
      continue;
    }
    const missing = sources.filter((s) => !cited.has(s));
    if (missing.length > 0) found.push(`${token} 的清单来自 ${missing.join('、')}，请把它们加进 sources (directive source not cited)`);
  }
  return [...new Set(found)];
}
