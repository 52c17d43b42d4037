// The content linter as `npm test` runs it: passes on the real content, fails on a bad content root.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeFixtureContent } from '../support/compose-fixture-content';

const invalid = new URL('../fixtures/content/invalid/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'yuertong-lint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const lint = (root?: string) => spawnSync('node_modules/.bin/tsx', ['scripts/lint-content.ts', ...(root ? ['--root', root] : [])], { encoding: 'utf8' });

describe('npm run lint:content', () => {
  it('passes on the shipped content', () => {
    const r = lint();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails on a fixture root, naming each problem with its file and rule', () => {
    const root = composeFixtureContent(join(work, 'bad'));
    writeFileSync(
      join(root, 'guides', 'typed-age.md'),
      '---\nshortId: b09\ntitle: 手写接种年龄\nsummary: 这篇把接种年龄直接写进了正文。\nbands: [6-12m]\ntopics: [vaccination]\nsources: [g1, d5]\nreviewedAt: 2026-11-28\nnextReviewAt: 2027-11-28\n---\n宝宝8月龄打麻腮风疫苗。见[这里](/guides/nowhere/)。\n',
    );
    const r = lint(root);
    expect(r.status).toBe(1);
    for (const rule of ['band-coverage', 'topic-coverage', 'raw-schedule-age', 'source-forbidden', 'link-broken', 'length']) {
      expect(r.stderr, rule).toContain(`[${rule}]`);
    }
    expect(r.stderr).toContain('typed-age.md');
  });

  it('fails on a hand-typed warning-sign list and on a 4-hour interval without the 24-hour cap (guide and myth card)', () => {
    const root = composeFixtureContent(join(work, 'signs'), ['hand-typed-warning-signs.md', 'interval-without-cap.md']);
    cpSync(join(invalid, 'myths', 'interval-without-cap.yaml'), join(root, 'myths', 'interval-without-cap.yaml'));
    const r = lint(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/hand-typed-warning-signs\.md \[warning-signs-typed\] 手写的发育预警清单/);
    expect(r.stderr).toMatch(/hand-typed-warning-signs\.md \[warning-signs-typed\] 列表里手写了 2 条预警征象（.*与人无目光交流）/);
    expect(r.stderr).toMatch(/guides\/interval-without-cap\.md \[interval-without-cap\]/);
    expect(r.stderr).toMatch(/myths\/interval-without-cap\.yaml \[interval-without-cap\]/);
  });
});
