// Imports a registry spreadsheet (CSV, UTF-8 or GBK) of one kind of place into src/content/places/.
// Usage: npm run import -- --kind centre|room|clinic --crs wgs84|gcj02|bd09 [--replace] [--out DIR] FILE.csv
// On any bad row nothing is written and every problem is listed; on success the kind's file is
// replaced atomically and the changes are printed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCivilDate } from '../src/lib/age/civil-date';
import { decodeSpreadsheet } from '../src/lib/places/csv/decode-spreadsheet';
import { mergeImportedPlaces } from '../src/lib/places/csv/merge-imported-places';
import { parsePlaceCsv, type PlaceRecord } from '../src/lib/places/csv/parse-place-csv';
import { PLACE_KINDS, type PlaceKind } from '../src/schemas/place';
import { siteConfig } from '../src/site.config';
import { parseArgs } from './lib/parse-args';
import { writeFileAtomic } from './lib/write-file-atomic';

const FILES: Record<PlaceKind, string> = { centre: 'centres.json', room: 'rooms.json', clinic: 'clinics.json' };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(process.argv.slice(2), { values: ['kind', 'crs', 'out'], flags: ['replace'] });
} catch (error) {
  fail((error as Error).message);
}
const kind = args.values.get('kind') as PlaceKind | undefined;
if (!kind || !PLACE_KINDS.includes(kind)) fail('请用 --kind 指定 centre、room、clinic，或用 --kind event 导入活动 (--kind centre|room|clinic|event is required)');
// No default: GCJ-02 positions read as WGS-84 would silently move every place by about 500 m.
const CRS_HELP = '坐标是在哪里取的？高德地图、腾讯地图 → --crs gcj02；百度地图 → --crs bd09；GPS 设备、天地图 → --crs wgs84';
const crs = args.values.get('crs') as 'wgs84' | 'gcj02' | 'bd09' | undefined;
if (crs === undefined) fail(`请用 --crs 说明经纬度的坐标系 (--crs is required)。${CRS_HELP}`);
if (!['wgs84', 'gcj02', 'bd09'].includes(crs)) fail(`--crs 只能是 wgs84、gcj02 或 bd09。${CRS_HELP}`);
const [file] = args.positional;
if (!file || args.positional.length !== 1) fail('请给出一个 CSV 文件 (exactly one CSV file)');
if (!existsSync(file)) fail(`找不到文件 ${file} (file not found)`);

const outDir = args.values.get('out') ?? 'src/content/places';
const readKind = (k: PlaceKind) => {
  const path = join(outDir, FILES[k]);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PlaceRecord[]) : [];
};
// Ids are unique across all places: a room must not take a centre's id (its page and map feature).
const takenIds = new Map(PLACE_KINDS.filter((k) => k !== kind).flatMap((k) => readKind(k).map((r) => [r.id, k] as const)));

const decoded = decodeSpreadsheet(readFileSync(file));
const { text, encoding } = decoded;
const parsed = parsePlaceCsv(text, { kind, crs, phoneAreaCode: siteConfig.phoneAreaCode, districts: siteConfig.districts, bounds: siteConfig.map.bounds, today: toCivilDate(new Date()), takenIds });
const errors = [...decoded.errors.map((e) => ({ ...e, column: '—' })), ...parsed.errors].sort((a, b) => a.line - b.line);
const { records } = parsed;
if (errors.length > 0) {
  console.error(`导入失败：${errors.length} 处问题，未写入任何数据。Import failed: ${errors.length} problem(s); nothing was written.`);
  for (const e of errors) console.error(`  第 ${e.line} 行 · ${e.column}：${e.message}`);
  process.exit(1);
}

const target = join(outDir, FILES[kind]);
const existing = readKind(kind);
const replace = args.flags.has('replace');
const { records: next, summary } = mergeImportedPlaces(existing, records, replace);
writeFileAtomic(target, `${JSON.stringify(next, null, 1)}\n`);
console.log(`导入成功 (${encoding}, ${crs} → wgs84) → ${target}`);
console.log(`  新增 added: ${summary.added.length}${summary.added.length ? `  (${summary.added.slice(0, 10).join(', ')}${summary.added.length > 10 ? ' …' : ''})` : ''}`);
console.log(`  更新 changed: ${summary.changed.length}${summary.changed.length ? `  (${summary.changed.slice(0, 10).join(', ')}${summary.changed.length > 10 ? ' …' : ''})` : ''}`);
console.log(`  删除 removed: ${summary.removed.length}${replace ? '（--replace：本类示例数据和表中没有的记录已移除）' : ''}`);
console.log(`  未变 unchanged: ${summary.unchanged}`);
const samplesLeft = next.filter((r) => r['sample'] === true).length;
if (samplesLeft > 0) console.log(`  注意：仍有 ${samplesLeft} 条示例数据；用 --replace 可移除 (sample records remain; --replace removes them)`);
