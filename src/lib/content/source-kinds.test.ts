import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../schemas/source';
import { listSourceKinds, summariseSourceKinds, toPublicSource } from './source-kinds';

describe('listSourceKinds', () => {
  it('lists each kind once, strongest first, whatever the citation order', () => {
    expect(listSourceKinds([{ kind: 'news' }, { kind: 'health-standard' }, { kind: 'news' }, { kind: 'guideline' }])).toEqual(['health-standard', 'guideline', 'news']);
    expect(listSourceKinds([])).toEqual([]);
  });
});

describe('summariseSourceKinds', () => {
  it('counts standards, government documents, guidelines and consensus as primary', () => {
    expect(summariseSourceKinds([{ kind: 'national-standard' }, { kind: 'government' }, { kind: 'expert-consensus' }, { kind: 'health-education' }, { kind: 'news' }])).toEqual({ primary: 3, other: 2, onlyNewsOrReposts: false });
  });
  it('flags a guide citing only news and reposts, not one with a single primary source', () => {
    expect(summariseSourceKinds([{ kind: 'news' }, { kind: 'repost' }]).onlyNewsOrReposts).toBe(true);
    expect(summariseSourceKinds([{ kind: 'news' }, { kind: 'guideline' }]).onlyNewsOrReposts).toBe(false);
    expect(summariseSourceKinds([]).onlyNewsOrReposts).toBe(false);
  });
});

describe('toPublicSource', () => {
  it('drops the editor-only note and keeps everything a page shows', () => {
    const source = SourceSchema.parse({ id: 'f4', title: '问答', publisher: '新华社', kind: 'news', url: 'https://example.org/a', mirror: true, factsKey: 'F4', note: '公开说明', editorNote: '年份据上下文推断' });
    const shown = toPublicSource(source);
    expect(shown).not.toHaveProperty('editorNote');
    expect(JSON.stringify(shown)).not.toContain('推断');
    expect(shown).toMatchObject({ title: '问答', kind: 'news', mirror: true, note: '公开说明' });
  });
});

describe('SourceSchema', () => {
  const base = { id: 'x1', title: '标题', kind: 'guideline', factsKey: null, url: 'https://example.org/' };
  it('requires a known kind and defaults mirror to false', () => {
    expect(SourceSchema.parse(base).mirror).toBe(false);
    expect(SourceSchema.safeParse({ ...base, kind: '科学证据' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, kind: undefined }).success).toBe(false);
  });
  it('refuses mirror without an address (mirror describes the linked page)', () => {
    expect(SourceSchema.safeParse({ ...base, url: undefined, documentNumber: 'GB 1—2000', mirror: true }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, mirror: true }).success).toBe(true);
  });
  it('rejects a misspelt field rather than dropping it (an editor note must not land in a shown field by accident)', () => {
    expect(SourceSchema.safeParse({ ...base, editor_note: '原文未读' }).success).toBe(false);
  });
});
