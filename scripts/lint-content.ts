// The content linter (part of `npm test`): schema, sources, links, schedule ages, length, readability,
// coverage, editor-only phrases on public pages, warning signs and red flags from data, the antipyretic
// 24-hour cap. Prints a readability and source-kind report and every problem; exits 1 if there is any.
// Usage: npm run lint:content [-- --root DIR] [--report]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { AGE_BAND_IDS } from '../src/lib/age/age-bands';
import { findCitationProblems } from '../src/lib/content/find-unknown-sources';
import { findEditorPhrases } from '../src/lib/content/lint/find-editor-phrases';
import { editorPhraseMessage, lintGuide, lintGuideSet, measureReadability, type GuideFile, type LintProblem } from '../src/lib/content/lint/lint-guides';
import { summariseSourceKinds } from '../src/lib/content/source-kinds';
import { findUnnegatedDrowningAdvice } from '../src/lib/content/lint/find-unnegated-drowning-advice';
import { findIntervalWithoutCap } from '../src/lib/content/lint/find-interval-without-cap';
import { GuideSchema } from '../src/schemas/guide';
import { RedFlagSetSchema } from '../src/schemas/red-flags';
import { WarningSignTableSchema } from '../src/schemas/warning-signs';
import { SourceSchema } from '../src/schemas/source';
import { parseArgs } from './lib/parse-args';

const { values, flags } = parseArgs(process.argv.slice(2), { values: ['root'], flags: ['report'] });
const root = values.get('root') ?? 'src/content';

/** GB 2312 level 1 (the 3,755 most common characters): lead byte 0xB0–0xD7. */
const isCommonHanzi = (ch: string) => {
  const bytes = iconv.encode(ch, 'gb2312');
  return bytes.length === 2 && (bytes[0] ?? 0) >= 0xb0 && (bytes[0] ?? 0) <= 0xd7;
};

function readGuides(dir: string): GuideFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      return { file: join(dir, f), data: (m ? parse(m[1] ?? '') : {}) as GuideFile['data'], body: m?.[2] ?? text };
    });
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const sources = (parse(readFileSync(join(root, 'sources/sources.yaml'), 'utf8')) as unknown[]).map((s) => SourceSchema.parse(s));
const sourceIds = new Set(sources.map((s) => s.id));
const forbiddenSourceIds = new Set(sources.filter((s) => s.avoid).map((s) => s.id));
const guides = readGuides(join(root, 'guides'));
const slugs = guides.map((g) => g.file.split('/').pop()?.replace(/\.md$/, ''));
// The data behind {{warning-signs:N}} and {{red-flags:TOPIC}} (a content root without it skips those checks).
const warningFile = join(root, 'milestones/warning-signs.yaml');
const warningTable = existsSync(warningFile) ? WarningSignTableSchema.parse(parse(readFileSync(warningFile, 'utf8'))) : undefined;
const redFlagDir = join(root, 'red-flags');
const redFlagSets = existsSync(redFlagDir)
  ? readdirSync(redFlagDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => RedFlagSetSchema.parse(parse(readFileSync(join(redFlagDir, f), 'utf8'))))
  : [];
const directives = warningTable && {
  warningSignAges: warningTable.rows.map((r) => r.ageMonths),
  warningSignSources: warningTable.sources,
  redFlagSources: new Map(redFlagSets.map((r) => [r.topic, r.sources])),
};
const routes = new Set(['/', '/ages/', '/guides/', '/places/', '/myths/', ...AGE_BAND_IDS.map((b) => `/ages/${b}/`), ...slugs.map((s) => `/guides/${s}/`)]);

const problems: LintProblem[] = [
  ...guides.flatMap((g) =>
    lintGuide(g, {
      sourceIds,
      forbiddenSourceIds,
      routes,
      isCommonHanzi,
      warningSigns: warningTable?.rows.flatMap((r) => r.signs) ?? [],
      ...(directives ? { directives } : {}),
      validate: (data) => {
        const r = GuideSchema.safeParse(data);
        return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      },
    }),
  ),
  ...lintGuideSet(guides),
];

// Myth cards cite sources too.
const mythDir = join(root, 'myths');
const myths = readdirSync(mythDir).filter((f) => f.endsWith('.yaml'));
const mythCards = myths.map((f) => ({ file: join(mythDir, f), data: parse(readFileSync(join(mythDir, f), 'utf8')) as { sources?: string[]; evidence?: string; instead?: string } }));
// Myth cards give antipyretic intervals too: the same 24-hour-cap rule.
for (const m of mythCards) {
  for (const message of findIntervalWithoutCap(`${m.data.evidence ?? ''}\n${m.data.instead ?? ''}`)) problems.push({ file: m.file, rule: 'interval-without-cap', message });
}
for (const p of findCitationProblems(
  mythCards.map((m) => ({ where: m.file, citations: [{ field: 'sources', ids: m.data.sources ?? [] }] })),
  sourceIds,
  forbiddenSourceIds,
)) {
  problems.push({ file: p.where, rule: p.reason === 'unknown' ? 'source-unknown' : 'source-forbidden', message: `来源“${p.id}” (${p.reason})` });
}

// Text that pages show besides guides: myth cards, packs, milestones, schedules, and the shown fields of
// the source registry (its editorNote is for editors and may say anything).
const yamlFiles = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(root, dir, f)) : []);
const shownStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(shownStrings) : value && typeof value === 'object' ? Object.values(value).flatMap(shownStrings) : [];
for (const file of ['myths', 'packs', 'milestones', 'schedules'].flatMap(yamlFiles)) {
  for (const p of findEditorPhrases(shownStrings(parse(readFileSync(file, 'utf8'))).join('\n'))) problems.push({ file, rule: 'editor-phrase', message: editorPhraseMessage(p) });
}
for (const s of sources) {
  for (const p of findEditorPhrases([s.title, s.publisher ?? '', s.note ?? ''].join('\n'))) problems.push({ file: `${join(root, 'sources/sources.yaml')} (${s.id})`, rule: 'editor-phrase', message: `${editorPhraseMessage(p)}；编辑说明请写在 editorNote` });
}

const sourcesById = new Map(sources.map((s) => [s.id, s]));
const kindsOf = (g: GuideFile) => summariseSourceKinds(strings(g.data.sources).flatMap((id) => sourcesById.get(id) ?? []));

// 控水 / 倒提 / 顶腹 only as a warning, on myth cards (their answer, not the belief they answer) and packs too.
const packDir = join(root, 'packs');
const packs = existsSync(packDir) ? readdirSync(packDir).filter((f) => f.endsWith('.yaml')) : [];
const publicTexts = [
  ...myths.map((f) => {
    const m = parse(readFileSync(join(mythDir, f), 'utf8')) as { evidence?: string; instead?: string };
    return { file: join(mythDir, f), text: [m.evidence, m.instead].join('\n') };
  }),
  ...packs.map((f) => {
    const p = parse(readFileSync(join(packDir, f), 'utf8')) as { purpose?: string; checklist?: string[]; notes?: string[] };
    return { file: join(packDir, f), text: [p.purpose, ...(p.checklist ?? []), ...(p.notes ?? [])].join('\n') };
  }),
];
for (const { file, text } of publicTexts) {
  for (const clause of findUnnegatedDrowningAdvice(text)) problems.push({ file, rule: 'drowning-unsafe-advice', message: `控水、倒提、顶腹只能作为“不要做”的提醒出现：“${clause}”` });
}

const report = guides.map((g) => measureReadability(g, isCommonHanzi));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(
  `内容检查 content lint: ${guides.length} guides, ${myths.length} myth cards. Readability: mean sentence ${mean(report.map((r) => r.meanSentence)).toFixed(1)} chars, ` +
    `longest ${Math.max(...report.map((r) => r.maxSentence))}, rare characters ${(100 * mean(report.map((r) => r.rareShare))).toFixed(2)}% on average.`,
);
if (flags.has('report')) {
  guides.forEach((g, i) => {
    const r = report[i];
    const k = kindsOf(g);
    if (!r) return;
    console.log(
      `  ${r.file}: ${r.hanzi} 字, ${r.sentences} 句, 平均 ${r.meanSentence.toFixed(1)}, 最长 ${r.maxSentence}, 生僻 ${(r.rareShare * 100).toFixed(1)}%; ` +
        `来源 ${k.primary} 份标准/政府文件/指南/共识, ${k.other} 份其他${k.onlyNewsOrReposts ? ' ⚠ 只引用了新闻报道或转载 (only news or reposts)' : ''}`,
    );
  });
}
const newsOnly = guides.filter((g) => kindsOf(g).onlyNewsOrReposts).map((g) => g.file);
if (newsOnly.length > 0) console.log(`只引用了新闻报道或转载的指导 (guides citing only news or reposts): ${newsOnly.join(', ')}`);
for (const p of problems) console.error(`${p.file} [${p.rule}] ${p.message}`);
if (problems.length > 0) {
  console.error(`${problems.length} 个问题 (problems)`);
  process.exit(1);
}
