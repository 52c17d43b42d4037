// The data-quality report for operators, in the terminal: the same problems as /data/quality/, grouped
// by rule, each naming the record and how to fix it. Exits 1 when a count is over its threshold.
// Usage: npm run report:data -- [--root DIR] [--today YYYY-MM-DD] [--stale-months N]
//                              [--max-total N] [--max-stale-place N] [--max-<rule> N] … (also --max-stale N)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseCivilDate, toCivilDate } from '../src/lib/age/civil-date';
import { t } from '../src/lib/i18n/translate';
import type { MessageKey } from '../src/lib/i18n/zh-CN';
import {
  DATA_RULES,
  findDataProblems,
  findExceededThresholds,
  groupProblemsByRule,
  type DataRule,
  type QualityEvent,
  type QualityGuide,
  type QualityPlace,
} from '../src/lib/quality/find-data-problems';
import { loadEvents } from '../src/integrations/load-events';
import { EventSchema } from '../src/schemas/event';
import { GuideSchema } from '../src/schemas/guide';
import { CentreRecordSchema, ClinicRecordSchema, RoomRecordSchema } from '../src/schemas/place';
import { siteConfig } from '../src/site.config';
import { parseArgs } from './lib/parse-args';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const maxOptions = [...DATA_RULES.map((r) => `max-${r}`), 'max-total', 'max-stale'];
let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(process.argv.slice(2), { values: ['root', 'today', 'stale-months', ...maxOptions], flags: [] });
} catch (error) {
  fail((error as Error).message);
}
const root = args.values.get('root') ?? 'src/content';
const todayArg = args.values.get('today');
if (todayArg !== undefined && parseCivilDate(todayArg) === undefined) fail(`--today 应为 YYYY-MM-DD，而不是“${todayArg}”`);
const today = todayArg ?? toCivilDate(new Date());
const count = (name: string): number | undefined => {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} 应为不小于 0 的整数，而不是“${raw}”`);
  return n;
};
const staleMonths = count('stale-months') ?? 12;
const max: Partial<Record<DataRule | 'total', number>> = {};
for (const rule of DATA_RULES) {
  const n = count(`max-${rule}`);
  if (n !== undefined) max[rule] = n;
}
const total = count('max-total');
if (total !== undefined) max.total = total;
// --max-stale is the short form of --max-stale-place.
const stale = count('max-stale');
if (stale !== undefined) max['stale-place'] = stale;

// Places: the JSON files the importer writes, parsed with the schemas the build uses.
const invalid: { kind: 'place' | 'event' | 'guide'; id: string; name: string; message: string }[] = [];
const field = (record: unknown, key: string) => String((record as Record<string, unknown> | null)?.[key] ?? '—');
const PLACE_FILES = [
  ['centres.json', CentreRecordSchema],
  ['rooms.json', RoomRecordSchema],
  ['clinics.json', ClinicRecordSchema],
] as const;
const places: QualityPlace[] = PLACE_FILES.flatMap(([file, schema]) => {
  const path = join(root, 'places', file);
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as unknown[]).flatMap((record): QualityPlace[] => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return [parsed.data];
    invalid.push({ kind: 'place', id: field(record, 'id'), name: field(record, 'name'), message: `${file}：${parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}` });
    return [];
  });
});

// Events: the same loader as the build (the real list plus the generated samples unless SAMPLE_EVENTS=off).
const events: QualityEvent[] = loadEvents(root).flatMap((record): QualityEvent[] => {
  const parsed = EventSchema.safeParse(record);
  if (parsed.success) return [parsed.data];
  invalid.push({ kind: 'event', id: field(record, 'id'), name: field(record, 'title'), message: parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；') });
  return [];
});

// Guides: front matter, parsed as the content linter does.
const guideDir = join(root, 'guides');
const guides: QualityGuide[] = (existsSync(guideDir) ? readdirSync(guideDir) : [])
  .filter((f) => f.endsWith('.md'))
  .flatMap((f): QualityGuide[] => {
    const id = f.replace(/\.md$/, '');
    const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(guideDir, f), 'utf8'));
    const parsed = GuideSchema.safeParse(m ? parse(m[1] ?? '') : {});
    if (parsed.success) return [{ id, title: parsed.data.title, nextReviewAt: parsed.data.nextReviewAt }];
    invalid.push({ kind: 'guide', id, name: f, message: parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；') });
    return [];
  });

const problems = findDataProblems({ places, events, guides }, { today, staleMonths, bounds: siteConfig.map.bounds, districts: siteConfig.districts, invalid });

console.log(`${t('quality.title')} · ${siteConfig.city.name} · ${root}`);
console.log(t('quality.asOf', { date: today, months: staleMonths }));
console.log(`检查了 ${places.length} 个地点、${events.length} 个活动、${guides.length} 篇指导文章。`);
for (const group of groupProblemsByRule(problems)) {
  console.log(`\n■ ${t(`quality.rule.${group.rule}` as MessageKey)}（${t('quality.ruleCount', { count: group.problems.length })}）[${group.rule}]`);
  console.log(`  ${t('quality.howToFix')}：${group.problems[0]?.fix ?? ''}`);
  for (const p of group.problems) console.log(`  - ${t(`quality.kind.${p.kind}` as MessageKey)} ${p.id}「${p.name}」：${p.problem}`);
}
console.log(`\n${problems.length === 0 ? t('quality.none') : t('quality.total', { count: problems.length })}`);

const exceeded = findExceededThresholds(problems, max);
if (exceeded.length > 0) {
  console.error(`超过阈值 (over threshold): ${exceeded.map((r) => `${r} > ${max[r]}`).join(', ')}`);
  process.exit(1);
}
