// The content linter as `npm test` runs it: passes on the real content, fails on a bad content root.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

  it('fails on an editor-only phrase in a guide, a myth card, or a source note a page shows', () => {
    const root = composeFixtureContent(join(work, 'editor-phrase'));
    cpSync('tests/fixtures/content/invalid/guides/editor-phrase.md', join(root, 'guides', 'editor-phrase.md'));
    mkdirSync(join(root, 'myths'), { recursive: true });
    writeFileSync(join(root, 'myths', 'logged.yaml'), 'belief: 老观念写在这里\nevidence: 这个说法我们没有查到可靠的出处，先写在这里等以后再改。\ninstead: 按医生的建议做。\nbands: [0-6m]\nsources: [g1]\n');
    writeFileSync(join(root, 'sources', 'sources.yaml'), '- id: g1\n  title: 婴幼儿喂养健康教育核心信息\n  kind: government\n  documentNumber: 国卫办妇幼函〔2020〕649号\n  factsKey: G1\n  note: 原文未读\n');
    const r = lint(root);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('[editor-phrase]'));
    expect(lines.some((l) => l.includes('editor-phrase.md') && l.includes('我们参考的'))).toBe(true);
    expect(lines.some((l) => l.includes('logged.yaml') && l.includes('我们没有查到'))).toBe(true);
    expect(lines.some((l) => l.includes('sources.yaml (g1)') && l.includes('原文未读'))).toBe(true);
  });

  it('fails on 最后审核 without a signed review, 控水 or 倒提 given as advice (guides and myth cards), and a complementary-food guide without the under-1 rules', () => {
    const root = composeFixtureContent(join(work, 'issue-15'), ['lint-review-claim.md', 'lint-drowning-advice.md', 'lint-food-no-honey.md']);
    cpSync(new URL('../fixtures/content/invalid/myths/lint-drowning-myth.yaml', import.meta.url).pathname, join(root, 'myths', 'lint-drowning-myth.yaml'));
    const r = lint(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/lint-review-claim\.md \[unsigned-review-claim\]/);
    expect(r.stderr).toMatch(/lint-drowning-advice\.md \[drowning-unsafe-advice\]/);
    expect(r.stderr).toMatch(/lint-drowning-myth\.yaml \[drowning-unsafe-advice\]/);
    expect(r.stderr).toMatch(/lint-food-no-honey\.md \[under-one-food-rules\].*不吃蜂蜜/);
    // The signed-off fixture guide may say 已审核 (its title does); neither valid guide names 控水.
    expect(r.stderr).not.toMatch(/(breastfeeding-basics|reviewed-example)\.md \[(unsigned-review-claim|drowning-unsafe-advice)\]/);
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
