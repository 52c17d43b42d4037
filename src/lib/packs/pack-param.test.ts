import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { buildCustomPackUrl } from './build-pack-url';
import { packChecksum as checksumOf } from './checksum';
import { encodePackParam, type PackSelection } from './encode-pack-param';
import { findPackProblems, formatPackProblems } from './find-pack-problems';
import { cleanSharerText, PACK_LIMITS } from './pack-limits';
import { parsePackParam } from './parse-pack-param';
import { resolvePackGuides } from './resolve-pack-guides';

const shortId = fc.tuple(fc.constantFrom(...'abcdepz'), fc.integer({ min: 0, max: 999 }), fc.boolean()).map(([l, n, three]) => `${l}${String(three ? n : n % 100).padStart(three ? 3 : 2, '0')}`);
/** Text a person could type, cleaned the way the builder cleans it, within a limit. */
const fieldText = (max: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...'育儿通淮北社区卫生服务中心张王李 <>&"\'/\\.'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), { maxLength: max })
    .map((chars) => cleanSharerText('title', chars.join('')) ?? '')
    .filter((s) => [...s].length <= max);
const phone = fc.stringMatching(/^(1[3-9][0-9]{9}|0561-[0-9]{7})$/).map((s) => s);
const selection: fc.Arbitrary<PackSelection> = fc.record({
  guideIds: fc.uniqueArray(shortId, { minLength: 1, maxLength: PACK_LIMITS.maxGuides }),
  title: fieldText(PACK_LIMITS.title),
  name: fieldText(PACK_LIMITS.name),
  phone: fc.oneof(fc.constant(''), phone),
  organisation: fieldText(PACK_LIMITS.organisation),
});

describe('custom pack links', () => {
  it('round-trips any selection: the same guides in the same order, the same fields', () => {
    fc.assert(
      fc.property(selection, (s) => {
        const parsed = parsePackParam(encodePackParam(s));
        expect(parsed).toEqual({ ok: true, selection: s, droppedFields: [], duplicateIds: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('fits a QR code: the longest allowed pack stays under the parameter limit', () => {
    const longest: PackSelection = {
      guideIds: Array.from({ length: PACK_LIMITS.maxGuides }, (_, i) => `a${String(100 + i)}`),
      title: '龘'.repeat(PACK_LIMITS.title),
      name: '龘'.repeat(PACK_LIMITS.name),
      phone: '1'.repeat(PACK_LIMITS.phone),
      organisation: '龘'.repeat(PACK_LIMITS.organisation),
    };
    const url = buildCustomPackUrl('https://yuertong.example', longest);
    expect(url.length).toBeLessThan(700);
    expect(parsePackParam(new URL(url).searchParams.get('p'))).toMatchObject({ ok: true, selection: longest });
  });

  it('gives a clear error for every truncation of a link, never a crash or a different pack', () => {
    fc.assert(
      fc.property(selection, fc.nat(), (s, cut) => {
        const param = encodePackParam(s);
        const truncated = param.slice(0, cut % param.length);
        const parsed = parsePackParam(truncated);
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on tampered or arbitrary input, and flags changed characters', () => {
    fc.assert(
      fc.property(selection, fc.nat(), fc.constantFrom(...'abcz019.-_=%<'), (s, at, ch) => {
        const param = encodePackParam(s);
        const i = at % param.length;
        if (param[i] === ch) return;
        const tampered = `${param.slice(0, i)}${ch}${param.slice(i + 1)}`;
        const parsed = parsePackParam(tampered);
        // A changed character fails the checksum (4 base-36 characters: a collision is ~1 in 1.7 million).
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 800 }), (junk) => {
        expect(() => parsePackParam(junk)).not.toThrow();
      }),
    );
  });

  it('names each kind of bad link', () => {
    expect(parsePackParam(null)).toEqual({ ok: false, error: 'missing' });
    expect(parsePackParam('')).toEqual({ ok: false, error: 'missing' });
    expect(parsePackParam('x'.repeat(PACK_LIMITS.param + 1))).toEqual({ ok: false, error: 'too-long' });
    expect(parsePackParam('<script>alert(1)</script>')).toEqual({ ok: false, error: 'format' });
    expect(parsePackParam('2.a01..abcd')).toEqual({ ok: false, error: 'version' });
    expect(parsePackParam('1.a01.')).toEqual({ ok: false, error: 'damaged' });
  });

  it('drops a field that breaks a rule and names it, keeping the rest', () => {
    // Built by hand, as a tamperer would: a valid checksum over a phone field that is not a phone.
    const param = encodePackParam({ guideIds: ['b01'], title: '辅食', name: '', phone: '', organisation: '' });
    expect(parsePackParam(param)).toMatchObject({ ok: true, droppedFields: [] });
    const text = toBase64Url(['辅食', '<b onclick=alert(1)>', 'javascript:alert(1)', ''].join('\n'));
    const body = `1.b01.${text}`;
    const forged = `${body}.${checksumOf(body)}`;
    const parsed = parsePackParam(forged);
    expect(parsed).toMatchObject({ ok: true, droppedFields: ['phone'], selection: { title: '辅食', name: '<b onclick=alert(1)>', phone: '' } });
  });

  it('keeps one copy of a repeated guide and says which', () => {
    const body = '1.b01a08b01.';
    const parsed = parsePackParam(`${body}.${checksumOf(body)}`);
    expect(parsed).toMatchObject({ ok: true, selection: { guideIds: ['b01', 'a08'] }, duplicateIds: ['b01'] });
  });

  it('refuses to encode what it could not decode', () => {
    const base = { title: '', name: '', phone: '', organisation: '' };
    expect(() => encodePackParam({ ...base, guideIds: [] })).toThrow();
    expect(() => encodePackParam({ ...base, guideIds: ['A01'] })).toThrow();
    expect(() => encodePackParam({ ...base, guideIds: ['a01'], phone: 'call me' })).toThrow();
    expect(() => encodePackParam({ ...base, guideIds: ['a01'], title: '长'.repeat(PACK_LIMITS.title + 1) })).toThrow();
  });
});


describe('sharer text', () => {
  it('strips controls and bidi overrides, collapses space', () => {
    expect(cleanSharerText('name', ' 张\u202e医生\u0000 \n ')).toBe('张 医生');
    expect(cleanSharerText('phone', '0561-1234567')).toBe('0561-1234567');
    expect(cleanSharerText('phone', '+86 138 0000 0000')).toBe('+86 138 0000 0000');
    expect(cleanSharerText('phone', '110; DROP')).toBeUndefined();
  });
  it('base64url round-trips any string and rejects junk', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(fromBase64Url(toBase64Url(s))).toBe(s);
      }),
    );
    expect(fromBase64Url('%%%')).toBeUndefined();
    expect(fromBase64Url('_w')).toBeUndefined(); // 0xFF is not UTF-8
  });
});

describe('pack guides', () => {
  it('keeps the pack order and skips unknown ids', () => {
    const index = [{ id: 'a01' }, { id: 'b01' }];
    expect(resolvePackGuides(['b01', 'z99', 'a01'], index)).toEqual({ guides: [{ id: 'b01' }, { id: 'a01' }], skipped: ['z99'] });
  });
  it('names file, field and reason for unknown and repeated guides and duplicate slugs', () => {
    const problems = findPackProblems(
      [
        { file: 'src/content/packs/a.yaml', slug: 'a', guides: ['a01', 'x01', 'a01'] },
        { file: 'src/content/packs/b.yaml', slug: 'a', guides: ['a01'] },
      ],
      new Set(['a01']),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['src/content/packs/a.yaml guides[1]', 'src/content/packs/a.yaml guides[2]', 'src/content/packs/b.yaml slug']);
    expect(formatPackProblems(problems)).toContain('x01');
  });
});
