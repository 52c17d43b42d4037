import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { samplePlaces } from '../../../../tests/unit/sample-places';
import { siteConfig } from '../../../site.config';
import { decodeSpreadsheet } from './decode-spreadsheet';
import { mergeImportedPlaces } from './merge-imported-places';
import { parsePlaceCsv, toPlaceCsv, toPlaceTemplateCsv, type PlaceRecord } from './parse-place-csv';
import { PLACE_COLUMNS } from './place-columns';

const options = (kind: 'centre' | 'room' | 'clinic', crs: 'wgs84' | 'gcj02' | 'bd09' = 'wgs84') => ({
  kind,
  crs,
  districts: siteConfig.districts,
  bounds: siteConfig.map.bounds,
});

/** Turns a sample into what a real registry row would hold: no sample flag, a real-format phone. */
function asReal<T extends Record<string, unknown>>(record: T, phone: string): Record<string, unknown> {
  const { sample: _sample, ...rest } = record;
  return { ...rest, ...(record['phone'] === undefined ? {} : { phone }) };
}

// Text with what breaks naive CSV: quotes, commas, newlines, GBK-representable Chinese.
const tricky = fc
  .array(fc.constantFrom(...'托育园母婴室示例，、"\',\n;:（）()-号路区AZaz09'.split('')), { minLength: 2, maxLength: 30 })
  .map((chars) => `示${chars.join('')}例`);
const realPhone = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => `139${String(n).padStart(8, '0')}`),
  fc.integer({ min: 2_000_000, max: 9_999_999 }).map((n) => `0561-${n}`),
);

describe('registry spreadsheets round-trip', () => {
  it('any valid records, written as CSV in UTF-8 (BOM or not) or GBK, import back identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), tricky, tricky, realPhone, fc.constantFrom('utf8', 'utf8-bom', 'gbk'), (seed, name, address, phone, encoding) => {
        const sample = samplePlaces(seed, 2);
        for (const kind of ['centre', 'room', 'clinic'] as const) {
          const list = { centre: sample.centres, room: sample.rooms, clinic: sample.clinics }[kind] as unknown as Record<string, unknown>[];
          const records = list.map((r, i) => ({ ...asReal(r, phone), name: `${name}${i}`, address }));
          const csv = toPlaceCsv(kind, records, siteConfig.districts);
          const bytes = encoding === 'gbk' ? iconv.encode(csv, 'gbk') : Buffer.from(encoding === 'utf8-bom' ? `\uFEFF${csv}` : csv, 'utf8');
          const decoded = decodeSpreadsheet(new Uint8Array(bytes));
          expect(decoded.encoding).toBe(encoding === 'gbk' ? 'gb18030' : 'utf-8');
          const result = parsePlaceCsv(decoded.text, options(kind));
          expect(result.errors).toEqual([]);
          expect(result.records).toEqual(records);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('random rows and bytes give row-level errors, never a partial result and never a throw', () => {
    const headers = PLACE_COLUMNS.room.map((c) => c.header).join(',');
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 5 }), fc.uint8Array({ maxLength: 200 }), (lines, bytes) => {
        for (const text of [`${headers}\n${lines.join('\n')}`, decodeSpreadsheet(bytes).text]) {
          const result = parsePlaceCsv(text, options('room'));
          if (result.errors.length > 0) {
            expect(result.records).toEqual([]);
            for (const e of result.errors) {
              expect(e.line).toBeGreaterThanOrEqual(0);
              expect(e.message.length).toBeGreaterThan(3);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parsePlaceCsv errors', () => {
  const sample = samplePlaces(7, 3);
  const good = sample.rooms.map((r) => asReal(r as unknown as Record<string, unknown>, '13912345678'));
  const csv = toPlaceCsv('room', good, siteConfig.districts);
  const lines = csv.trimEnd().split('\n');

  it('lists every bad row with its line, column and reason, and returns no records', () => {
    const header = lines[0]?.split(',') ?? [];
    const badCell = (line: string, column: string, value: string) => {
      const cells = line.split(',');
      cells[header.indexOf(column)] = value;
      return cells.join(',');
    };
    const text = [lines[0], badCell(lines[1] ?? '', '父亲可用', '也许'), lines[2], badCell(lines[3] ?? '', '区县', '蒙城县')].join('\n');
    const result = parsePlaceCsv(text, options('room'));
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, column: '父亲可用', message: '“也许”应填“是”或“否” (expected 是 or 否)' },
      { line: 4, column: '区县', message: expect.stringContaining('“蒙城县”不是本市的区县') },
    ]);
  });

  it('catches bad phones, hours, credit codes, positions outside the city and duplicates', () => {
    const centres = sample.centres.map((c) => asReal(c as unknown as Record<string, unknown>, '0561-3123456'));
    const [a, b] = centres as [Record<string, unknown>, Record<string, unknown>];
    const rows = [
      { ...a, phone: '12345' },
      { ...b, hours: 'Mo-Fr 08:00-17:00; Dec 25 off', creditCode: '91350100M000100Y4Z' },
      { ...a, id: 'centre-far-away', name: '另一家', position: [118.8, 32.06] },
      { ...b, id: 'centre-copy' },
    ];
    const result = parsePlaceCsv(toPlaceCsv('centre', rows, siteConfig.districts), options('centre'));
    const summary = result.errors.map((e) => `${e.line}:${e.column}`);
    expect(summary).toEqual(['2:电话', '3:营业时间', '3:统一社会信用代码', '4:经度/纬度', '5:名称']);
    expect(result.errors[2]?.message).toMatch(/校验位错误，应为“3”/);
    expect(result.errors[1]?.message).toMatch(/营业时间“Mo-Fr 08:00-17:00; Dec 25 off”用了按具体日期/);
  });

  it('reports a missing required column and an unknown one before reading rows', () => {
    const result = parsePlaceCsv('名称,地址,颜色\n甲,乙,红\n', options('clinic'));
    expect(result.errors.map((e) => e.column)).toEqual(expect.arrayContaining(['编号', '经度', '颜色']));
  });

  it('reports unclosed quotes as malformed CSV', () => {
    expect(parsePlaceCsv(`${lines[0]}\n"未闭合,1,2\n`, options('room')).errors[0]?.message).toMatch(/CSV 格式错误/);
  });

  it('counts lines of records that contain newlines correctly', () => {
    const withNewline = [{ ...(good[0] as Record<string, unknown>), directions: '进门\n右转' }, { ...(good[1] as Record<string, unknown>), phone: 'bad' }];
    const result = parsePlaceCsv(toPlaceCsv('room', withNewline, siteConfig.districts), options('room'));
    expect(result.errors).toEqual([expect.objectContaining({ line: 4, column: '电话' })]);
  });

  it('converts GCJ-02 positions to WGS-84 on the way in', () => {
    const gcj = good.map((r) => ({ ...r, position: [(r['position'] as number[])[0]! + 0.0055, (r['position'] as number[])[1]! - 0.0012] }));
    const result = parsePlaceCsv(toPlaceCsv('room', gcj, siteConfig.districts), options('room', 'gcj02'));
    expect(result.errors).toEqual([]);
    const moved = (result.records[0]?.['position'] as number[])[0]! - (gcj[0]?.position[0] as number);
    expect(moved).toBeLessThan(0); // GCJ-02 is east of WGS-84 here: converting moves west
  });

  it('accepts Excel-style dates and full-width digits', () => {
    const row = { ...(good[0] as Record<string, unknown>), verified: { date: '2026-11-01', by: '核实单位' } };
    const text = toPlaceCsv('room', [row], siteConfig.districts).replace('2026-11-01', '2026/11/1');
    expect(parsePlaceCsv(text, options('room')).records[0]?.['verified']).toEqual({ date: '2026-11-01', by: '核实单位' });
  });
});

describe('templates', () => {
  it('every kind has a template whose example row is a valid header set', () => {
    for (const kind of ['centre', 'room', 'clinic'] as const) {
      const [header] = toPlaceTemplateCsv(kind).split('\n');
      expect(header?.split(',')).toEqual(PLACE_COLUMNS[kind].map((c) => c.header));
    }
  });
});

describe('mergeImportedPlaces', () => {
  const r = (id: string, name = id) => ({ id, kind: 'room', name, address: 'x' }) as PlaceRecord;
  it('upserts by id without --replace and keeps the rest', () => {
    const { records, summary } = mergeImportedPlaces([r('a'), r('b')], [r('b', 'B2'), r('c')], false);
    expect(records.map((x) => x.name)).toEqual(['a', 'B2', 'c']);
    expect(summary).toEqual({ added: ['c'], changed: ['b'], removed: [], unchanged: 0 });
  });
  it('replaces everything, samples included, with --replace', () => {
    const { records, summary } = mergeImportedPlaces([r('sample-1'), r('b')], [r('b')], true);
    expect(records.map((x) => x.id)).toEqual(['b']);
    expect(summary).toEqual({ added: [], changed: [], removed: ['sample-1'], unchanged: 1 });
  });
});
