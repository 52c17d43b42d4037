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
    const r = runImport(['--kind', 'room', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('未写入任何数据');
    expect(r.stderr).toContain('导入失败：2 处问题');
    expect(r.stderr).toMatch(/第 2 行 \(line 2\) · 区县: “蒙城县”不是本市的区县/);
    expect(r.stderr).toMatch(/第 2 行 \(line 2\) · 电话: 电话号码格式不对/);
    expect(readFileSync(join(work, 'rooms.json'))).toEqual(before);
  });

  it('names a missing --kind and an unknown option', () => {
    expect(runImport(['x.csv']).stderr).toContain('--kind');
    expect(runImport(['--kind', 'room', '--colour', 'red', 'x.csv']).stderr).toContain('未知参数 --colour');
  });

  it('imports a GBK spreadsheet with --replace, removing the samples of that kind', () => {
    const file = join(work, 'rooms-gbk.csv');
    writeFileSync(file, iconv.encode(toPlaceCsv('room', realRooms, siteConfig.districts), 'gbk'));
    const r = runImport(['--kind', 'room', '--replace', file]);
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
    const r = runImport(['--kind', 'room', join(work, 'rooms-gbk.csv')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/未变 unchanged: 3/);
  });
});
