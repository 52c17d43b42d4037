// Proves that bad content stops the real Astro build with the file, the field and the reason.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeFixtureContent } from '../support/compose-fixture-content';

const work = mkdtempSync(join(tmpdir(), 'yuertong-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the site from the valid fixture set plus the named invalid guides. */
function buildWith(name: string, invalidGuides: string[], invalidPacks: string[] = [], invalidCorrections?: string) {
  const root = composeFixtureContent(join(work, name), invalidGuides, invalidPacks, invalidCorrections);
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(root, 'dist')], {
    env: { ...process.env, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build over content fixtures', () => {
  it('builds the valid fixtures', () => {
    const { status, output } = buildWith('valid', []);
    expect(status, output).toBe(0);
  });

  it('fails on a schema error, naming file, field and reason', () => {
    const { status, output } = buildWith('bad-band', ['bad-band.md']);
    expect(status).not.toBe(0);
    expect(output).toContain('bad-band.md');
    expect(output).toContain('bands.0');
    expect(output).toMatch(/Invalid option: expected one of "pregnancy"/);
  });

  it('fails on a warning-sign age the table does not have, naming file and token', () => {
    const { status, output } = buildWith('unknown-warning-age', ['unknown-warning-age.md']);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-warning-age.md');
    expect(output).toContain('{{warning-signs:9}}');
  });

  it('fails on a schedule token the schedules do not have, naming file and token', () => {
    const { status, output } = buildWith('unknown-dose-token', ['unknown-dose-token.md']);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-dose-token.md: 日程数据中没有 {{dose:mmr:9}}');
  });

  it('fails on an unknown source id, naming file, field and id', () => {
    const { status, output } = buildWith('unknown-source', ['unknown-source.md']);
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-source.md → sources: 来源“zz9”不在来源登记表中');
  });

  it('fails on a pack that names a guide the site does not have, naming file and id', () => {
    const { status, output } = buildWith('pack-missing-guide', [], ['missing-guide.yaml']);
    expect(status).not.toBe(0);
    expect(output).toContain('missing-guide.yaml');
    expect(output).toContain('z99');
  });

  it('fails on a correction that names a guide the site does not have, naming entry, field and slug', () => {
    const { status, output } = buildWith('correction-unknown-guide', [], [], 'unknown-guide.yaml');
    expect(status).not.toBe(0);
    expect(output).toContain('corrections.yaml: 2026-12-03-typo: guides[1]: 没有 “breastfeeding-basic” 这个指导');
  });
});
