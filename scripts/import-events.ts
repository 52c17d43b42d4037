// Imports a spreadsheet of community events (CSV, UTF-8 or GBK) into src/content/events/imported.yaml.
// Usage: npm run import -- --kind event [--crs wgs84|gcj02|bd09] [--replace] [--out DIR] [--places DIR] FILE.csv
// On any bad row nothing is written and every problem is listed (第N行 · 列名：…); on success the
// imported file is replaced atomically and each added, changed and removed event is listed.
// events.yaml stays the hand-written list; the importer owns imported.yaml alone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { toCivilDate } from '../src/lib/age/civil-date';
import { mergeImportedEvents } from '../src/lib/events/import/merge-imported-events';
import { parseEventCsv, type EventRecord } from '../src/lib/events/import/parse-event-csv';
import { decodeSpreadsheet } from '../src/lib/places/csv/decode-spreadsheet';
import { siteConfig } from '../src/site.config';
import { parseArgs } from './lib/parse-args';
import { writeFileAtomic } from './lib/write-file-atomic';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(process.argv.slice(2), { values: ['kind', 'crs', 'out', 'places'], flags: ['replace'] });
} catch (error) {
  fail((error as Error).message);
}
if (args.values.get('kind') !== 'event') fail('请用 --kind event 导入活动 (--kind event)');
const crs = args.values.get('crs') as 'wgs84' | 'gcj02' | 'bd09' | undefined;
if (crs !== undefined && !['wgs84', 'gcj02', 'bd09'].includes(crs)) fail('--crs 只能是 wgs84、gcj02 或 bd09。高德地图、腾讯地图 → --crs gcj02；百度地图 → --crs bd09；GPS 设备、天地图 → --crs wgs84');
const [file] = args.positional;
if (!file || args.positional.length !== 1) fail('请给出一个 CSV 文件 (exactly one CSV file)');
if (!existsSync(file)) fail(`找不到文件 ${file} (file not found)`);

const outDir = args.values.get('out') ?? 'src/content/events';
const placesDir = args.values.get('places') ?? 'src/content/places';
const readYaml = (path: string) => (existsSync(path) ? ((parse(readFileSync(path, 'utf8')) as EventRecord[] | null) ?? []) : []);
// A venue given by 地点编号 must be a place the build publishes.
const placeList = ['centres', 'rooms', 'clinics'].flatMap((kind) => {
  const path = join(placesDir, `${kind}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { id: string; district: string; sample?: boolean }[]) : [];
});
const places = new Map(placeList.map((p) => [p.id, { district: p.district }] as const));
const samplePlaceIds = new Set(placeList.filter((p) => p.sample === true).map((p) => p.id));
const handWritten = readYaml(join(outDir, 'events.yaml'));

const decoded = decodeSpreadsheet(readFileSync(file));
const parsed = parseEventCsv(decoded.text, {
  phoneAreaCode: siteConfig.phoneAreaCode,
  districts: siteConfig.districts,
  bounds: siteConfig.map.bounds,
  today: toCivilDate(new Date()),
  crs,
  places,
  takenIds: new Set(handWritten.map((e) => e.id)),
});
const errors = [...decoded.errors.map((e) => ({ ...e, column: '—' })), ...parsed.errors].sort((a, b) => a.line - b.line);
if (errors.length > 0) {
  console.error(`导入失败：${errors.length} 处问题，未写入任何数据。Import failed: ${errors.length} problem(s); nothing was written.`);
  for (const e of errors) console.error(`  第 ${e.line} 行 · ${e.column}：${e.message}`);
  process.exit(1);
}

const target = join(outDir, 'imported.yaml');
const existing = readYaml(target);
const replace = args.flags.has('replace');
const { records: next, summary } = mergeImportedEvents(existing, parsed.records, replace);
const HEADER = [
  '# Events imported from a spreadsheet by `npm run import -- --kind event` (docs/data-import.md).',
  '# Do not edit by hand: change the spreadsheet and import it again. Hand-written events go in events.yaml.',
  '',
].join('\n');
writeFileAtomic(target, `${HEADER}${next.length > 0 ? stringify(next, { lineWidth: 0 }) : '[]\n'}`);

// Each event by id and title, with what a clerk checks at a glance: first date, weekly sessions, status.
const STATUS_WORDS: Record<string, string> = { cancelled: '已取消', postponed: '已延期', full: '名额已满' };
const describe = (e: EventRecord | undefined) => {
  if (!e) return '';
  const weekly = (e['recurrence'] as { count?: number } | undefined)?.count;
  const status = STATUS_WORDS[String(e['status'])];
  const details = [String(e['start'] ?? '').slice(0, 16).replace('T', ' '), weekly ? `每周共 ${weekly} 场` : '', status ?? ''].filter(Boolean).join('，');
  return `${e.title}${details ? `（${details}）` : ''}`;
};
const byId = new Map([...existing, ...next].map((e) => [e.id, e]));
const list = (ids: string[], mark: string) => ids.map((id) => `    ${mark} ${id}  ${describe(byId.get(id))}`);
console.log(`导入成功 (${decoded.encoding}${crs ? `, ${crs} → wgs84` : ''}) → ${target}`);
console.log(`  新增 added: ${summary.added.length}`);
for (const line of list(summary.added, '+')) console.log(line);
console.log(`  更新 changed: ${summary.changed.length}`);
for (const line of list(summary.changed, '~')) console.log(line);
console.log(`  删除 removed: ${summary.removed.length}${replace ? '（--replace：表中没有的已导入活动已移除）' : ''}`);
for (const line of list(summary.removed, '-')) console.log(line);
console.log(`  未变 unchanged: ${summary.unchanged}`);
console.log(`  共 ${next.length} 场已导入活动；重新构建网站后发布 (rebuild to publish: npm run build)`);
// A sample place disappears when the real places are imported with --replace, and the build then
// stops on every event held there: say so now, while the spreadsheet is at hand.
const atSamplePlaces = next.filter((e) => samplePlaceIds.has(String((e['venue'] as { placeId?: string } | undefined)?.placeId)));
if (atSamplePlaces.length > 0) console.log(`  注意：${atSamplePlaces.length} 场活动的地点编号是示例场所（${[...new Set(atSamplePlaces.map((e) => (e['venue'] as { placeId: string }).placeId))].slice(0, 5).join('、')}）；导入正式场所数据后请改用正式编号 (venue is a sample place)`);
