import { describe, expect, it } from 'vitest';
import { findCitationProblems, formatCitationProblems } from '../../src/lib/content/find-unknown-sources';
import { GuideSchema } from '../../src/schemas/guide';
import { SourceSchema } from '../../src/schemas/source';
import { readYaml } from './load-content';
import { readFrontMatters } from './read-front-matter';

const fixtures = new URL('../fixtures/content/', import.meta.url);
const valid = readFrontMatters(new URL('valid/guides/', fixtures));
const invalid = readFrontMatters(new URL('invalid/guides/', fixtures));
const registry = (readYaml('tests/fixtures/content/valid/sources/sources.yaml') as unknown[]).map((s) => SourceSchema.parse(s));

function issuesOf(file: string) {
  const result = GuideSchema.safeParse(invalid.get(file));
  expect(result.success, `${file} should be rejected`).toBe(false);
  return result.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];
}

describe('GuideSchema', () => {
  it('accepts every valid fixture, defaults and dates included', () => {
    for (const [file, data] of valid) {
      const result = GuideSchema.safeParse(data);
      expect(result.success, `${file}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
    const reviewed = GuideSchema.parse(valid.get('reviewed-example.md'));
    expect(reviewed.review?.reviewer).toBe('测试审核人');
    expect(reviewed.reviewedAt).toBeInstanceOf(Date);
  });

  it('names the field and the reason for each invalid fixture', () => {
    expect(issuesOf('missing-sources.md')).toEqual([{ path: 'sources', message: 'sources：至少引用一个来源' }]);
    expect(issuesOf('bad-band.md')[0]?.path).toBe('bands.0');
    expect(issuesOf('review-dates-reversed.md')).toEqual([{ path: 'nextReviewAt', message: 'nextReviewAt 必须晚于 reviewedAt' }]);
    expect(issuesOf('bad-short-id.md')).toEqual([{ path: 'shortId', message: 'shortId：一个小写字母加两到三位数字，例如 a01' }]);
  });

  it('never lets a review block through without a named reviewer', () => {
    const data = { ...(valid.get('reviewed-example.md') as object), review: { reviewer: '', credentials: 'x', organisation: 'y', date: '2025-01-01' } };
    expect(GuideSchema.safeParse(data).success).toBe(false);
  });
});

describe('SourceSchema', () => {
  it('requires an address, a document number or a note', () => {
    const bare = { id: 'x1', title: '某文件', publisher: '某单位', kind: 'government', factsKey: null };
    expect(SourceSchema.safeParse(bare).success).toBe(false);
    expect(SourceSchema.safeParse({ ...bare, documentNumber: 'WS/T 821—2023' }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...bare, editorNote: 'facts.md 未给出地址' }).success).toBe(true);
  });
  it('marks avoid-list entries', () => {
    expect(registry.find((s) => s.id === 'd5')?.avoid).toBe(true);
    expect(registry.find((s) => s.id === 'g1')?.avoid).toBe(false);
  });
});

describe('citations', () => {
  const known = new Set(registry.map((s) => s.id));
  const forbidden = new Set(registry.filter((s) => s.avoid).map((s) => s.id));
  const cite = (file: string) => {
    const data = GuideSchema.parse(invalid.get(file));
    return findCitationProblems([{ where: `guides/${file}`, citations: [{ field: 'sources', ids: data.sources }] }], known, forbidden);
  };

  it('reports an unknown source id with file and field', () => {
    const problems = cite('unknown-source.md');
    expect(problems).toEqual([{ where: 'guides/unknown-source.md', field: 'sources', id: 'zz9', reason: 'unknown' }]);
    expect(formatCitationProblems(problems)).toContain('guides/unknown-source.md → sources: 来源“zz9”不在来源登记表中');
  });

  it('reports a source on the avoid list', () => {
    expect(cite('avoided-source.md')).toEqual([{ where: 'guides/avoided-source.md', field: 'sources', id: 'd5', reason: 'forbidden' }]);
  });

  it('finds nothing wrong in the valid fixtures', () => {
    const items = [...valid].map(([file, data]) => ({ where: file, citations: [{ field: 'sources', ids: GuideSchema.parse(data).sources }] }));
    expect(findCitationProblems(items, known, forbidden)).toEqual([]);
  });
});
