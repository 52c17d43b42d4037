// The content linter (part of `npm test`): schema, sources, links, schedule ages, length, readability,
// coverage, warning signs and red flags from data, the antipyretic 24-hour cap. Prints a readability report and every problem; exits 1 if there is any.
// Usage: npm run lint:content [-- --root DIR] [--report]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { AGE_BAND_IDS } from '../src/lib/age/age-bands';
import { findCitationProblems } from '../src/lib/content/find-unknown-sources';
import { findIntervalWithoutCap } from '../src/lib/content/lint/find-interval-without-cap';
import { lintGuide, lintGuideSet, measureReadability, type GuideFile, type LintProblem } from '../src/lib/content/lint/lint-guides';
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

const report = guides.map((g) => measureReadability(g, isCommonHanzi));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(
  `内容检查 content lint: ${guides.length} guides, ${myths.length} myth cards. Readability: mean sentence ${mean(report.map((r) => r.meanSentence)).toFixed(1)} chars, ` +
    `longest ${Math.max(...report.map((r) => r.maxSentence))}, rare characters ${(100 * mean(report.map((r) => r.rareShare))).toFixed(2)}% on average.`,
);
if (flags.has('report')) {
  for (const r of report) console.log(`  ${r.file}: ${r.hanzi} 字, ${r.sentences} 句, 平均 ${r.meanSentence.toFixed(1)}, 最长 ${r.maxSentence}, 生僻 ${(r.rareShare * 100).toFixed(1)}%`);
}
for (const p of problems) console.error(`${p.file} [${p.rule}] ${p.message}`);
if (problems.length > 0) {
  console.error(`${problems.length} 个问题 (problems)`);
  process.exit(1);
}
