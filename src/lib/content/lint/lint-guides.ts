import { AGE_BAND_IDS } from '../../age/age-bands';
import { SCHEDULE_TOKEN } from '../expand-schedule-tokens';
import { CORE_TOPICS } from '../guide-topics';
import { findEditorPhrases } from './find-editor-phrases';
import { findMissingUnderOneFoodRules } from './find-missing-under-one-food-rules';
import { findUnnegatedDrowningAdvice } from './find-unnegated-drowning-advice';
import { findUnsignedReviewClaims } from './find-unsigned-review-claims';
import { findDirectiveProblems, type DirectiveFacts } from './find-directive-problems';
import { findHandTypedWarningSigns } from './find-hand-typed-warning-signs';
import { findIntervalWithoutCap } from './find-interval-without-cap';

export { CORE_TOPICS };

/** One guide as the linter sees it: its file, raw front matter and Markdown body. */
export interface GuideFile {
  file: string;
  data: {
    shortId?: unknown;
    title?: unknown;
    summary?: unknown;
    bands?: unknown;
    topics?: unknown;
    sources?: unknown;
    review?: unknown;
  };
  body: string;
}

export type LintRule =
  | 'schema'
  | 'source-unknown'
  | 'source-forbidden'
  | 'link-broken'
  | 'raw-schedule-age'
  | 'length'
  | 'sentence-length'
  | 'rare-characters'
  | 'see-doctor'
  | 'duplicate-short-id'
  | 'band-coverage'
  | 'topic-coverage'
  | 'editor-phrase'
  | 'unsigned-review-claim'
  | 'drowning-unsafe-advice'
  | 'under-one-food-rules'
  | 'warning-signs-typed'
  | 'interval-without-cap'
  | 'directive';

export interface LintProblem {
  file: string;
  rule: LintRule;
  message: string;
}

export interface Readability {
  file: string;
  hanzi: number;
  sentences: number;
  meanSentence: number;
  maxSentence: number;
  /** Share of Chinese characters outside the common set (GB 2312 level 1). */
  rareShare: number;
}

export interface LintContext {
  sourceIds: ReadonlySet<string>;
  forbiddenSourceIds: ReadonlySet<string>;
  /** Internal paths that exist, with trailing slash (`/guides/x/`). */
  routes: ReadonlySet<string>;
  /** True for a common character (the script passes GB 2312 level 1). */
  isCommonHanzi: (ch: string) => boolean;
  /** Re-validates front matter with the guide schema; returns error messages. */
  validate: (data: unknown) => string[];
  /** Every sign of the national warning-sign table, to catch one typed by hand. */
  warningSigns?: readonly string[];
  /** The data behind {{warning-signs:N}} and {{red-flags:TOPIC}}; without it directives are not checked. */
  directives?: DirectiveFacts;
}

/** Thresholds; docs/content-guide.md explains them. */
export const LIMITS = {
  minHanzi: 300,
  maxHanzi: 1200,
  maxMeanSentence: 25,
  maxSentence: 60,
  maxRareShare: 0.02,
  minGuidesPerBand: 8,
} as const;

const VACCINE_WORDS = /(疫苗|乙肝|卡介苗|脊灰|百白破|白破|麻腮风|乙脑|流脑|甲肝|接种|打针|体检|健康检查)/;
const RAW_AGE = /\d+\s*(月龄|个月|岁|周岁|天)/;
const HANZI = /[\u4e00-\u9fff]/g;
const SEE_DOCTOR_TOPICS = ['illness', 'first-aid'];

/**
 * Prose only: no links (their text is another guide's title). Schedule tokens become `tokenAs`:
 * an age-sized placeholder when measuring sentences, nothing when looking for typed-in ages.
 */
function toProse(body: string, tokenAs = '8月龄'): string {
  return body.replace(/\[([^\]]*)\]\([^)]*\)/g, ' ').replace(SCHEDULE_TOKEN, tokenAs);
}

function sentencesOf(prose: string): string[] {
  return prose
    .split(/[。！？!?\n]/)
    .map((s) => s.replace(/^[-#\s*>\d.]+/, '').trim())
    .filter((s) => /[\u4e00-\u9fff]/.test(s));
}

/** Sentence length and rare-character share of one guide. */
export function measureReadability(guide: GuideFile, isCommonHanzi: (ch: string) => boolean): Readability {
  const prose = toProse(guide.body);
  const lengths = sentencesOf(prose).map((s) => [...s].length);
  const hanzi = prose.match(HANZI) ?? [];
  return {
    file: guide.file,
    hanzi: hanzi.length,
    sentences: lengths.length,
    meanSentence: lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0,
    maxSentence: lengths.length ? Math.max(...lengths) : 0,
    rareShare: hanzi.length ? hanzi.filter((h) => !isCommonHanzi(h)).length / hanzi.length : 0,
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The message for a research-log phrase on a public page (guides, myth cards, packs, milestones, schedules). */
export const editorPhraseMessage = (phrase: string) => `“${phrase}”是编辑记录，不能出现在公开页面上：请写给读者的话，或者少说 (editor-only phrase on a public page)`;

/** Every rule that concerns one guide on its own. */
export function lintGuide(guide: GuideFile, ctx: LintContext): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (rule: LintRule, message: string) => problems.push({ file: guide.file, rule, message });

  for (const message of ctx.validate(guide.data)) add('schema', message);
  for (const id of strings(guide.data.sources)) {
    if (!ctx.sourceIds.has(id)) add('source-unknown', `来源“${id}”不在来源登记表中 (unknown source)`);
    else if (ctx.forbiddenSourceIds.has(id)) add('source-forbidden', `来源“${id}”在禁用名单上 (avoid-listed source)`);
  }
  for (const m of guide.body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)/g)) {
    const path = m[1] ?? '';
    if (!ctx.routes.has(path)) add('link-broken', `站内链接 ${path} 不存在 (broken internal link)`);
  }
  for (const clause of toProse(guide.body, '').split(/[。！？!?\n，,；;：:]/)) {
    if (VACCINE_WORDS.test(clause) && RAW_AGE.test(clause)) {
      add('raw-schedule-age', `接种/体检年龄请用 {{dose:…}} 或 {{checkup:…}} 从日程数据生成，不要直接写：“${clause.trim()}” (raw schedule age in prose)`);
    }
  }
  const r = measureReadability(guide, ctx.isCommonHanzi);
  if (r.hanzi < LIMITS.minHanzi || r.hanzi > LIMITS.maxHanzi) add('length', `正文 ${r.hanzi} 个汉字，应在 ${LIMITS.minHanzi}–${LIMITS.maxHanzi} 之间 (body length)`);
  if (r.maxSentence > LIMITS.maxSentence) add('sentence-length', `最长的一句有 ${r.maxSentence} 个字，请拆短（上限 ${LIMITS.maxSentence}）(sentence too long)`);
  if (r.meanSentence > LIMITS.maxMeanSentence) add('sentence-length', `平均句长 ${r.meanSentence.toFixed(1)} 字，应不超过 ${LIMITS.maxMeanSentence} (sentences too long on average)`);
  if (r.rareShare > LIMITS.maxRareShare) add('rare-characters', `生僻字占 ${(r.rareShare * 100).toFixed(1)}%，应不超过 ${LIMITS.maxRareShare * 100}% (too many rare characters)`);
  if (strings(guide.data.topics).some((t) => SEE_DOCTOR_TOPICS.includes(t)) && !/^#{2,3}\s.*(就医|看医生|去医院|拨打120)/m.test(guide.body)) {
    add('see-doctor', '健康类指导需要“什么时候需要就医”一节 (missing a when-to-see-a-doctor section)');
  }
  for (const p of findEditorPhrases([guide.data.title, guide.data.summary, guide.body].filter((x) => typeof x === 'string').join('\n'))) add('editor-phrase', editorPhraseMessage(p));
  for (const claim of findUnsignedReviewClaims(guide)) add('unsigned-review-claim', `没有专业人员签字审核（review）的指导不能写“${claim}”；日期请叫“资料核对日期” (review claimed without a signed review)`);
  for (const clause of findUnnegatedDrowningAdvice(guide.body)) add('drowning-unsafe-advice', `控水、倒提、顶腹只能作为“不要做”的提醒出现：“${clause}” (harmful drowning first aid not warned against)`);
  for (const rule of findMissingUnderOneFoodRules(guide)) add('under-one-food-rules', UNDER_ONE_FOOD_MESSAGES[rule]);
  for (const message of findHandTypedWarningSigns(guide.body, ctx.warningSigns)) add('warning-signs-typed', message);
  for (const message of findIntervalWithoutCap(`${typeof guide.data.summary === 'string' ? guide.data.summary : ''}\n${guide.body}`)) add('interval-without-cap', message);
  if (ctx.directives) for (const message of findDirectiveProblems(guide.body, strings(guide.data.sources), ctx.directives)) add('directive', message);
  return problems;
}

const UNDER_ONE_FOOD_MESSAGES = {
  'salt-sugar': '辅食类指导要写明“1岁以内（12月龄内）不加盐、糖和调味品”，不是“尽量少放” (missing the under-1 no-salt-no-sugar rule)',
  honey: '辅食类指导要写明“1岁以内不吃蜂蜜”及原因 (missing the under-1 no-honey rule)',
} as const;

/** Rules over the whole set: unique short ids, every band covered, every core topic present. */
export function lintGuideSet(guides: readonly GuideFile[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const seen = new Map<string, string>();
  for (const g of guides) {
    const id = typeof g.data.shortId === 'string' ? g.data.shortId : undefined;
    if (id && seen.has(id)) problems.push({ file: g.file, rule: 'duplicate-short-id', message: `shortId “${id}” 已被 ${seen.get(id)} 使用 (duplicate short id)` });
    if (id) seen.set(id, g.file);
  }
  for (const band of AGE_BAND_IDS) {
    const n = guides.filter((g) => strings(g.data.bands).includes(band)).length;
    if (n < LIMITS.minGuidesPerBand) problems.push({ file: '(all guides)', rule: 'band-coverage', message: `年龄段 ${band} 只有 ${n} 篇指导，至少需要 ${LIMITS.minGuidesPerBand} 篇 (band under-covered)` });
  }
  for (const topic of CORE_TOPICS) {
    if (!guides.some((g) => strings(g.data.topics).includes(topic))) problems.push({ file: '(all guides)', rule: 'topic-coverage', message: `没有任何指导覆盖主题 ${topic} (core topic missing)` });
  }
  return problems;
}
