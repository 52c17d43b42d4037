import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPackProblems } from '../../src/lib/packs/find-pack-problems';
import { PackSchema } from '../../src/schemas/pack';
import { readYaml } from './load-content';
import { readFrontMatters } from './read-front-matter';

// The real curated packs: valid, every guide exists, and the six the city plan asks for are there.
const packFiles = readdirSync(new URL('../../src/content/packs/', import.meta.url)).filter((f) => f.endsWith('.yaml'));
const packs = packFiles.map((file) => ({ file, slug: file.replace(/\.yaml$/, ''), data: PackSchema.parse(readYaml(`src/content/packs/${file}`)) }));
const guides = [...readFrontMatters(new URL('../../src/content/guides/', import.meta.url)).values()] as { shortId: string; bands: string[] }[];

describe('curated packs', () => {
  it('has the six packs of issue #9', () => {
    expect(packs.map((p) => p.data.title).sort()).toEqual(['产后恢复与心理支持包', '入托准备包', '安全睡眠包', '新生儿家访包', '辅食添加包', '隔代照护包'].sort());
  });

  it('lists only guides that exist, each once', () => {
    const problems = findPackProblems(
      packs.map((p) => ({ file: `src/content/packs/${p.file}`, slug: p.slug, guides: p.data.guides })),
      new Set(guides.map((g) => g.shortId)),
    );
    expect(problems).toEqual([]);
  });

  it('names the file, the field and the reason for a guide that does not exist', () => {
    const problems = findPackProblems([{ file: 'src/content/packs/x.yaml', slug: 'x', guides: ['a01', 'q77'] }], new Set(guides.map((g) => g.shortId)));
    expect(problems).toEqual([{ file: 'src/content/packs/x.yaml', field: 'guides[1]', reason: '没有 shortId 为 “q77” 的指导 (unknown guide)' }]);
  });

  it('gives every pack guides for at least one of its own age bands', () => {
    const byId = new Map(guides.map((g) => [g.shortId, g]));
    for (const p of packs) {
      const bands = new Set(p.data.guides.flatMap((id) => byId.get(id)?.bands ?? []));
      expect(p.data.bands.some((b) => bands.has(b)), p.file).toBe(true);
    }
  });

  it('rejects a pack without guides or checklist, or with a bad contact phone', () => {
    const good = packs[0]?.data;
    expect(PackSchema.safeParse({ ...good, guides: ['a01'] }).success).toBe(false);
    expect(PackSchema.safeParse({ ...good, checklist: [] }).success).toBe(false);
    expect(PackSchema.safeParse({ ...good, contact: { organisation: '某中心', phone: '<b>1</b>' } }).success).toBe(false);
    expect(PackSchema.safeParse({ ...good, contact: { organisation: '某中心', phone: '0561-3012345' } }).success).toBe(true);
  });
});
