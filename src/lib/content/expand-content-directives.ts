import type { List, Paragraph, RootContent } from 'mdast';
import { t } from '../i18n/translate';
import { formatWarningAge } from '../milestones/format-warning-age';

/**
 * Lists that must read the same everywhere come from data, never typed into a guide. A paragraph that is
 * exactly one directive is replaced at build time by the list:
 *
 *   {{warning-signs:18}}   → 「孩子18个月时，出现下面任何一条，……：」 and the four signs of the national table
 *   {{red-flags:fever}}    → 「要去医院看医生：」 list, then 「立即拨打120：」 list, from src/content/red-flags/fever.yaml
 */
export const CONTENT_DIRECTIVE = /\{\{(warning-signs|red-flags):([^{}\s]*)\}\}/g;

const WHOLE_PARAGRAPH = /^\{\{(warning-signs|red-flags):([^{}\s]*)\}\}$/;

/** What the expansion needs from the content: the warning-sign table and the red-flag sets by topic. */
export interface ContentDirectiveData {
  warningSigns: { rule: string; rows: readonly { ageMonths: number; signs: readonly string[] }[] };
  redFlags: ReadonlyMap<string, { hospitalLead?: string | undefined; hospital: readonly string[]; emergencyLead?: string | undefined; emergency: readonly string[] }>;
}

export type ContentDirectiveResult = { nodes: RootContent[] } | { error: string };

const text = (value: string) => ({ type: 'text' as const, value });
const boldParagraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'strong', children: [text(value)] }] });
const bulletList = (items: readonly string[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(item)] }] })),
});

/**
 * The nodes that replace a paragraph whose whole text is `paragraphText`: `undefined` when it holds no
 * directive; an error (with the token) for an unknown age or topic, or a directive that shares its
 * paragraph with other words.
 * @example expandContentDirective('{{warning-signs:18}}', data) // { nodes: [paragraph, list of 4] }
 */
export function expandContentDirective(paragraphText: string, data: ContentDirectiveData): ContentDirectiveResult | undefined {
  const trimmed = paragraphText.trim();
  const whole = WHOLE_PARAGRAPH.exec(trimmed);
  if (!whole) {
    const inside = trimmed.match(CONTENT_DIRECTIVE);
    return inside ? { error: `${inside.join(', ')} 必须单独成一段 (a directive must be a paragraph on its own)` } : undefined;
  }
  const [token, kind, arg = ''] = whole;
  if (kind === 'warning-signs') {
    const row = /^\d+$/.test(arg) ? data.warningSigns.rows.find((r) => r.ageMonths === Number(arg)) : undefined;
    if (!row) {
      const ages = data.warningSigns.rows.map((r) => r.ageMonths).join('、');
      return { error: `${token}：预警征象表中没有这个月龄（有 ${ages}）(unknown warning-sign age)` };
    }
    return { nodes: [boldParagraph(t('warningSigns.intro', { age: formatWarningAge(row.ageMonths), rule: data.warningSigns.rule })), bulletList(row.signs)] };
  }
  const set = data.redFlags.get(arg);
  if (!set) return { error: `${token}：没有这个就医信号主题（有 ${[...data.redFlags.keys()].join('、')}）(unknown red-flag topic)` };
  const nodes: RootContent[] = [];
  if (set.hospital.length > 0) nodes.push(boldParagraph(set.hospitalLead ?? t('redFlags.hospital')), bulletList(set.hospital));
  if (set.emergency.length > 0) nodes.push(boldParagraph(set.emergencyLead ?? t('redFlags.emergency')), bulletList(set.emergency));
  return { nodes };
}
