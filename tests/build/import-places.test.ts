// The import command as an official runs it: real files, real exit codes, nothing written on error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { toPlaceCsv } from '../../src/lib/places/csv/parse-place-csv';
import { siteConfig } from '../../src/site.config';
import { samplePlaces } from '../unit/sample-places';

const work = mkdtempSync(join(tmpdir(), 'yuertong-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runImport(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/import-places.ts', '--out', work, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const realRooms = samplePlaces(11, 3).rooms.map(({ sample: _s, ...r }) => ({ ...r, id: r.id.replace('room-', 'real-room-'), name: r.name.replace('示例·', ''), phone: '13912345678' }));

describe('npm run import', () => {
  // Start from the sample rooms the site ships with.
  copyFileSync('src/content/places/rooms.json', join(work, 'rooms.json'));
  const before = readFileSync(join(work, 'rooms.json'));

  it('refuses a file with bad rows, lists each one, and writes nothing', () => {
    const csv = toPlaceCsv('room', realRooms, siteConfig.districts).replace('13912345678', '123').replace('相山区', '蒙城县');
    const file = join(work, 'bad.csv');
    writeFileSync(file, csv);
    const r = runImport(['--kind', 'room', '--crs', 'wgs84', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('未写入任何数据');
    expect(r.stderr).toContain('导入失败：2 处问题');
    expect(r.stderr).toMatch(/第 2 行 · 区县：“蒙城县”不是本市的区县/);
    expect(r.stderr).toMatch(/第 2 行 · 电话：电话号码格式不对/);
    expect(readFileSync(join(work, 'rooms.json'))).toEqual(before);
  });

  it('names a missing --kind and an unknown option', () => {
    expect(runImport(['x.csv']).stderr).toContain('--kind');
    expect(runImport(['--kind', 'room', '--colour', 'red', 'x.csv']).stderr).toContain('未知参数 --colour');
  });

  it('requires --crs and says which map gives which system (no silent 500 m shift)', () => {
    const r = runImport(['--kind', 'room', 'x.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--crs');
    expect(r.stderr).toContain('高德地图、腾讯地图 → --crs gcj02');
  });

  it("refuses a room that takes a centre's id, and writes nothing", () => {
    copyFileSync('src/content/places/centres.json', join(work, 'centres.json'));
    const centreId = (JSON.parse(readFileSync(join(work, 'centres.json'), 'utf8')) as { id: string }[])[0]?.id ?? '';
    const file = join(work, 'clash.csv');
    writeFileSync(file, toPlaceCsv('room', [{ ...realRooms[0], id: centreId }], siteConfig.districts));
    const r = runImport(['--kind', 'room', '--crs', 'wgs84', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`编号“${centreId}”已被一处托育机构使用`);
    expect(readFileSync(join(work, 'rooms.json'))).toEqual(before);
    rmSync(join(work, 'centres.json'));
  });

  it('reports a broken character in a UTF-8 file on its line instead of reading the file as GB18030', () => {
    const csv = Buffer.from(toPlaceCsv('room', realRooms, siteConfig.districts), 'utf8');
    const at = csv.indexOf(Buffer.from('\n', 'utf8'), csv.indexOf(Buffer.from('\n', 'utf8')) + 1) + 3;
    const file = join(work, 'broken-utf8.csv');
    writeFileSync(file, Buffer.concat([csv.subarray(0, at), Buffer.from([0xff]), csv.subarray(at)]));
    const r = runImport(['--kind', 'room', '--crs', 'wgs84', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/第 3 行 · —：这一行有无法识别的字符/);
    expect(readFileSync(join(work, 'rooms.json'))).toEqual(before);
  });

  it('imports a GBK spreadsheet with --replace, removing the samples of that kind', () => {
    const file = join(work, 'rooms-gbk.csv');
    writeFileSync(file, iconv.encode(toPlaceCsv('room', realRooms, siteConfig.districts), 'gbk'));
    const r = runImport(['--kind', 'room', '--crs', 'wgs84', '--replace', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('gb18030');
    expect(r.stdout).toMatch(/新增 added: 3/);
    expect(r.stdout).toMatch(/删除 removed: 180/);
    const written = JSON.parse(readFileSync(join(work, 'rooms.json'), 'utf8')) as { id: string; sample?: boolean }[];
    expect(written.map((x) => x.id)).toEqual(realRooms.map((x) => x.id));
    expect(written.some((x) => x.sample)).toBe(false);
  });

  it('re-importing the same file changes nothing', () => {
    const r = runImport(['--kind', 'room', '--crs', 'wgs84', join(work, 'rooms-gbk.csv')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/未变 unchanged: 3/);
  });
});
