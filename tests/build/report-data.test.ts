// `npm run report:data` over the fixture content: prints the problems grouped by rule with the
// record and the fix, and exits 1 only when a count is over a threshold given on the command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeFixtureContent } from '../support/compose-fixture-content';

const work = mkdtempSync(join(tmpdir(), 'yuertong-report-'));
const root = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  composeFixtureContent(root);
  // One clinic not verified for more than a year, and one record the schema refuses.
  const clinicsFile = join(root, 'places/clinics.json');
  const clinics = JSON.parse(readFileSync(clinicsFile, 'utf8')) as Record<string, unknown>[];
  clinics.push({ ...clinics[0], id: 'clinic-stale', name: '示例·久未核实卫生院', position: [116.835, 34.005], verified: { date: '2025-01-02', by: '测试夹具' } });
  clinics.push({ ...clinics[0], id: 'clinic-broken', name: '示例·坏记录卫生院', position: [116.72, 33.82], hours: '' });
  writeFileSync(clinicsFile, JSON.stringify(clinics));
});

const run = (...args: string[]) => {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/report-data.ts', '--root', root, '--today', '2026-12-01', ...args], {
    env: { ...process.env, SAMPLE_EVENTS: 'off' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run report:data', () => {
  it('lists each problem under its rule, naming the record and the fix, and exits 0 without thresholds', () => {
    const { status, stdout, stderr } = run();
    expect(status, stderr).toBe(0);
    expect(stdout).toContain('[stale-place]');
    expect(stdout).toContain('clinic-stale「示例·久未核实卫生院」：上次核实是 2025-01-02');
    expect(stdout).toContain('[invalid-record]');
    expect(stdout).toContain('clinic-broken');
    expect(stdout).toContain('[closed-centre-open]');
    expect(stdout).toContain('[guide-review-due]');
    expect(stdout).toContain('怎么改：');
    expect(stdout).toContain('共发现 4 处问题。');
  });

  it('exits 1 above a threshold and names it', () => {
    const stale = run('--max-stale', '0');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('stale-place > 0');
    expect(run('--max-stale', '1').status).toBe(0);
    expect(run('--max-total', '3').status).toBe(1);
    expect(run('--max-total', '4').status).toBe(0);
  });

  it('refuses an unknown option or a bad date', () => {
    expect(run('--max-everything', '0').status).toBe(2);
    expect(run('--stale-months', 'twelve').status).toBe(2);
  });
});
