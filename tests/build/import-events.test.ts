// The events import as a clerk runs it: real files in GB18030 and UTF-8 with BOM, real exit codes,
// nothing written on error, the report of what changed, and what the build then publishes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadEvents } from '../../src/integrations/load-events';
import { toCivilDate } from '../../src/lib/age/civil-date';
import { EVENT_HEADERS, type EventField } from '../../src/lib/events/import/event-columns';
import { toEventTemplateCsv } from '../../src/lib/events/import/parse-event-csv';
import { siteConfig } from '../../src/site.config';

const work = mkdtempSync(join(tmpdir(), 'yuertong-import-events-'));
const content = join(work, 'content');
const eventsDir = join(content, 'events');
mkdirSync(eventsDir, { recursive: true });
mkdirSync(join(content, 'places'), { recursive: true });
for (const kind of ['centres', 'rooms', 'clinics']) copyFileSync(`src/content/places/${kind}.json`, join(content, 'places', `${kind}.json`));
writeFileSync(join(eventsDir, 'events.yaml'), '- id: hand-written-class\n');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const imported = join(eventsDir, 'imported.yaml');

function runImport(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', '--out', eventsDir, '--places', join(content, 'places'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const readImported = () => (parse(readFileSync(imported, 'utf8')) as { id: string; title: string; sample?: boolean }[] | null) ?? [];

const clinicId = (JSON.parse(readFileSync('src/content/places/clinics.json', 'utf8')) as { id: string }[])[0]?.id ?? '';
const today = toCivilDate(new Date());
const fields = Object.keys(EVENT_HEADERS) as EventField[];
/** Next month's parent classes, as a clerk fills them. */
const rows: Partial<Record<EventField, string>>[] = [
  { id: 'feeding-class', title: '科学喂养家长课堂', type: '家长课堂', audiences: '父母、祖辈', bands: '0-6个月', date: '', startTime: '9:30', endTime: '11:00', placeId: clinicId, booking: '13912345678', capacity: '30', organiser: '相山区卫生健康委员会' },
  { id: 'sleep-class', title: '婴儿安全睡眠课堂', type: '家长课堂', audiences: '父母', bands: '0–6个月、6–12个月', date: '', startTime: '14:00', endTime: '15:30', placeId: clinicId, booking: '无需预约', organiser: '相山区卫生健康委员会' },
  { id: 'reading-time', title: '亲子阅读时光', type: '亲子活动', audiences: '全部', bands: '1-2岁、2-3岁', date: '', startTime: '15:00', endTime: '16:00', venueName: '社区图书室', venueAddress: '相山区某某路1号', lng: '116.798', lat: '33.956', district: '相山区', booking: 'https://example.cn/reading', organiser: '某某社区居委会' },
];
// Dates a week or more ahead, whatever day the test runs.
const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
rows.forEach((row, i) => (row.date = day(8 + i)));
const csv = (list: Partial<Record<EventField, string>>[]) => stringify([fields.map((f) => EVENT_HEADERS[f]), ...list.map((row) => fields.map((f) => row[f] ?? ''))]);

describe('npm run import -- --kind event', () => {
  afterEach(() => delete process.env['SAMPLE_EVENTS']);

  it('refuses a file with one bad row, names the row and column, and writes nothing', () => {
    const file = join(work, 'bad.csv');
    writeFileSync(file, csv([rows[0] ?? {}, { ...rows[1], capacity: '三十' }, rows[2] ?? {}]));
    const r = runImport(['--kind', 'event', '--crs', 'wgs84', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('导入失败：1 处问题，未写入任何数据');
    expect(r.stderr).toMatch(/第 3 行 · 名额：“三十”应为 1 到 5000 的整数/);
    expect(existsSync(imported)).toBe(false);
  });

  it('needs --crs only for rows that give coordinates', () => {
    const file = join(work, 'no-crs.csv');
    writeFileSync(file, csv(rows));
    const r = runImport(['--kind', 'event', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/第 4 行 · 经度\/纬度：.*--crs gcj02/);
    expect(existsSync(imported)).toBe(false);
  });

  it('imports a GB18030 spreadsheet and lists each added event by id and title', () => {
    const file = join(work, 'events-gbk.csv');
    writeFileSync(file, iconv.encode(csv(rows), 'gb18030'));
    const r = runImport(['--kind', 'event', '--crs', 'wgs84', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('gb18030');
    expect(r.stdout).toMatch(/新增 added: 3/);
    expect(r.stdout).toContain('+ feeding-class  科学喂养家长课堂');
    expect(readImported().map((e) => e.id)).toEqual(['feeding-class', 'sleep-class', 'reading-time']);
    expect(readImported()[2]?.title).toBe('亲子阅读时光');
  });

  it('updates by id from a UTF-8 file with BOM: the changed row counts as changed, the rest unchanged', () => {
    const file = join(work, 'events-bom.csv');
    writeFileSync(file, `\uFEFF${csv([{ ...rows[0], status: '已延期', newDate: day(20), statusReason: '主讲医生出诊' }, rows[1] ?? {}])}`);
    const r = runImport(['--kind', 'event', '--crs', 'wgs84', file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('utf-8');
    expect(r.stdout).toMatch(/新增 added: 0/);
    expect(r.stdout).toMatch(/更新 changed: 1\n\s+~ feeding-class/);
    expect(r.stdout).toMatch(/删除 removed: 0/);
    expect(r.stdout).toMatch(/未变 unchanged: 1/);
    const written = readImported();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatchObject({ id: 'feeding-class', status: 'postponed', newTime: { start: `${day(20)}T09:30:00+08:00` } });
  });

  it('--replace keeps only the spreadsheet’s events and lists what it removed', () => {
    const file = join(work, 'events-replace.csv');
    writeFileSync(file, csv([rows[1] ?? {}]));
    const r = runImport(['--kind', 'event', '--replace', file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/删除 removed: 2/);
    expect(r.stdout).toContain('- feeding-class  科学喂养家长课堂');
    expect(r.stdout).toContain('- reading-time  亲子阅读时光');
    expect(readImported().map((e) => e.id)).toEqual(['sleep-class']);
  });

  it('leaves the imported file byte for byte as it was when a later file has a bad row', () => {
    const before = readFileSync(imported);
    const file = join(work, 'bad-later.csv');
    writeFileSync(file, iconv.encode(csv([rows[1] ?? {}, { ...rows[0], booking: 'http://example.cn' }]), 'gb18030'));
    const r = runImport(['--kind', 'event', '--replace', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/第 3 行 · 预约方式：“http:\/\/example.cn”不是可用的报名链接/);
    expect(readFileSync(imported)).toEqual(before);
  });

  it('the build publishes imported events, and with SAMPLE_EVENTS=off only the real ones', () => {
    const withSamples = loadEvents(content);
    expect(withSamples.some((e) => e['sample'] === true)).toBe(true);
    expect(withSamples.filter((e) => e['sample'] !== true).map((e) => e['id'])).toEqual(['hand-written-class', 'sleep-class']);
    process.env['SAMPLE_EVENTS'] = 'off';
    expect(loadEvents(content).map((e) => e['id'])).toEqual(['hand-written-class', 'sleep-class']);
  });

  it('the build stops when the two event files share an id', () => {
    const root = join(work, 'clash-root');
    mkdirSync(join(root, 'events'), { recursive: true });
    writeFileSync(join(root, 'events', 'events.yaml'), '- id: same-id\n');
    writeFileSync(join(root, 'events', 'imported.yaml'), '- id: same-id\n');
    process.env['SAMPLE_EVENTS'] = 'off';
    expect(() => loadEvents(root)).toThrow(/same-id/);
  });

  it('refuses an id a hand-written event already has', () => {
    const file = join(work, 'clash.csv');
    writeFileSync(file, csv([{ ...rows[1], id: 'hand-written-class' }]));
    const r = runImport(['--kind', 'event', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/第 2 行 · 编号：.*events\.yaml/);
  });

  it('the downloadable template’s example rows import as they are', () => {
    const file = join(work, 'template.csv');
    const [district] = siteConfig.districts;
    writeFileSync(file, `\uFEFF${toEventTemplateCsv({ district: district ?? { id: 'x', name: 'x' }, centre: siteConfig.map.centre, phoneAreaCode: siteConfig.phoneAreaCode }, today, clinicId)}`);
    const r = runImport(['--kind', 'event', '--crs', 'wgs84', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('places still import through the same command', () => {
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', '--kind', 'room', 'x.csv'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('高德地图、腾讯地图 → --crs gcj02');
  });
});
