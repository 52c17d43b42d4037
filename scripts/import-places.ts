// Imports a registry spreadsheet (CSV, UTF-8 or GBK) of one kind of place into src/content/places/.
// Usage: npm run import -- --kind centre|room|clinic [--crs wgs84|gcj02|bd09] [--replace] [--out DIR] FILE.csv
// On any bad row nothing is written and every problem is listed; on success the kind's file is
// replaced atomically and the changes are printed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
if (!kind || !PLACE_KINDS.includes(kind)) fail('请用 --kind 指定 centre、room 或 clinic (--kind centre|room|clinic is required)');
const crs = (args.values.get('crs') ?? 'wgs84') as 'wgs84' | 'gcj02' | 'bd09';
if (!['wgs84', 'gcj02', 'bd09'].includes(crs)) fail('--crs 只能是 wgs84、gcj02（高德/腾讯）或 bd09（百度）');
const [file] = args.positional;
if (!file || args.positional.length !== 1) fail('请给出一个 CSV 文件 (exactly one CSV file)');
if (!existsSync(file)) fail(`找不到文件 ${file} (file not found)`);

const { text, encoding } = decodeSpreadsheet(readFileSync(file));
const { records, errors } = parsePlaceCsv(text, { kind, crs, districts: siteConfig.districts, bounds: siteConfig.map.bounds });
if (errors.length > 0) {
  console.error(`导入失败：${errors.length} 处问题，未写入任何数据。Import failed: ${errors.length} problem(s); nothing was written.`);
  for (const e of errors) console.error(`  第 ${e.line} 行 (line ${e.line}) · ${e.column}: ${e.message}`);
  process.exit(1);
}

const target = join(args.values.get('out') ?? 'src/content/places', FILES[kind]);
const existing = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as PlaceRecord[]) : [];
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
