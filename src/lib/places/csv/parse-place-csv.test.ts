import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { samplePlaces } from '../../../../tests/unit/sample-places';
import { siteConfig } from '../../../site.config';
import { cleanCell, parseDecimal, showCell } from './clean-cell';
import { decodeSpreadsheet } from './decode-spreadsheet';
import { mergeImportedPlaces } from './merge-imported-places';
import { parsePlaceCsv, toPlaceCsv, toPlaceTemplateCsv, type PlaceRecord } from './parse-place-csv';
import { PLACE_COLUMNS } from './place-columns';

const options = (kind: 'centre' | 'room' | 'clinic', crs: 'wgs84' | 'gcj02' | 'bd09' = 'wgs84') => ({
  kind,
  crs,
  districts: siteConfig.districts,
  phoneAreaCode: siteConfig.phoneAreaCode,
  bounds: siteConfig.map.bounds,
  today: '2026-12-03',
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
          // Line breaks inside a cell are junk in a name or address: they come back as a space.
          expect(result.records).toEqual(records.map((r) => ({ ...r, name: cleanCell(r.name), address: cleanCell(address) })));
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

describe('what the reliability probe tried (each a specific Chinese message with the right line)', () => {
  const sample = samplePlaces(7, 3);
  const good = sample.rooms.map((r) => asReal(r as unknown as Record<string, unknown>, '13912345678'));
  const csv = toPlaceCsv('room', good, siteConfig.districts);
  const [header = '', ...rows] = csv.trimEnd().split('\n');
  const setCell = (line: string, column: string, value: string) => {
    const cells = line.split(',');
    cells[header.split(',').indexOf(column)] = value;
    return cells.join(',');
  };

  it('skips rows whose cells are all empty, as Excel leaves below a table', () => {
    const empty = ','.repeat(header.split(',').length - 1);
    const result = parsePlaceCsv(`${csv}${empty}\n${empty}\n , \n`, options('room'));
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(good.length);
  });

  it('rejects a duplicated column and an unnamed column that holds data, but allows an empty unnamed one', () => {
    const dup = parsePlaceCsv([`${header},名称`, ...rows.map((r) => `${r},另一个`)].join('\n'), options('room'));
    expect(dup.errors).toEqual([expect.objectContaining({ line: 1, column: '名称', message: expect.stringContaining('出现了不止一次') })]);
    const unnamed = parsePlaceCsv([`${header},`, `${rows[0]},备注`, ...rows.slice(1).map((r) => `${r},`)].join('\n'), options('room'));
    expect(unnamed.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('没有列名，但第 2 行在这一列有内容') })]);
    const emptyUnnamed = parsePlaceCsv([`${header},`, ...rows.map((r) => `${r},`)].join('\n'), options('room'));
    expect(emptyUnnamed.errors).toEqual([]);
  });

  it('takes only decimal numbers: no hexadecimal, exponents or Infinity', () => {
    for (const bad of ['0x14', '1e3', 'Infinity', '12abc', '--1']) {
      const result = parsePlaceCsv([header, setCell(rows[0] ?? '', '面积', bad)].join('\n'), options('room'));
      expect(result.errors, bad).toEqual([expect.objectContaining({ line: 2, column: '面积', message: expect.stringContaining('不是数字') })]);
    }
    const ok = parsePlaceCsv([header, setCell(rows[0] ?? '', '面积', '１２.5')].join('\n'), options('room'));
    expect(ok.records[0]?.['areaM2']).toBe(12.5);
  });

  it('takes dates only between 1990 and today', () => {
    for (const bad of ['2099-01-01', '1900-05-05', '2026-12-04']) {
      const result = parsePlaceCsv([header, setCell(rows[0] ?? '', '核实日期', bad)].join('\n'), options('room'));
      expect(result.errors, bad).toEqual([expect.objectContaining({ column: '核实日期', message: expect.stringContaining('不在合理范围内') })]);
    }
  });

  it('strips control, bidirectional and zero-width characters; a name of two zero-width spaces is empty', () => {
    const zw = parsePlaceCsv([header, setCell(rows[0] ?? '', '名称', '\u200b\u200b')].join('\n'), options('room'));
    expect(zw.errors).toEqual([expect.objectContaining({ line: 2, column: '名称', message: expect.stringContaining('必填项为空') })]);
    const bidi = parsePlaceCsv([header, setCell(rows[0] ?? '', '名称', '示例\u202e母婴室\u2066\u0007')].join('\n'), options('room'));
    expect(bidi.records[0]?.name).toBe('示例母婴室');
  });

  it('shows a hostile cell escaped in its message (no terminal escape codes)', () => {
    const result = parsePlaceCsv([header, setCell(rows[0] ?? '', '父亲可用', 'x\u001b[2J\u001b]0;pwned\u0007')].join('\n'), options('room'));
    const message = result.errors[0]?.message ?? '';
    expect(message).not.toMatch(/\p{Cc}/u);
    expect(message).toContain('应填“是”或“否”');
  });

  it('counts physical lines with Excel line endings (\\r\\n) and a quoted cell holding a line break', () => {
    const multi = toPlaceCsv('room', [{ ...(good[0] as Record<string, unknown>), directions: '进门\n右转' }, { ...(good[1] as Record<string, unknown>), phone: 'bad' }], siteConfig.districts).replace(/\n/g, '\r\n');
    expect(parsePlaceCsv(multi, options('room')).errors).toEqual([expect.objectContaining({ line: 4, column: '电话' })]);
  });

  it('puts malformed CSV in Chinese, on its line', () => {
    const result = parsePlaceCsv(`${header}\n${rows[0]}\n"未闭合,1,2\n`, options('room'));
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('引号没有闭合') })]);
    expect(result.errors[0]?.message).not.toMatch(/Quote|quote/);
  });

  it('refuses an id that a place of another kind already uses', () => {
    const id = String(good[0]?.['id']);
    const result = parsePlaceCsv(csv, { ...options('room'), takenIds: new Map([[id, 'centre']]) });
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, column: '编号', message: expect.stringContaining('已被一处托育机构使用') })]);
  });

  it('never lets an invisible character through, whatever the cell (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (raw) => {
        expect(cleanCell(raw)).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(showCell(raw)).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(parseDecimal(raw) === undefined || Number.isFinite(parseDecimal(raw))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeSpreadsheet', () => {
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const withBadByte = (s: string, at: number) => {
    const bytes = Buffer.from(s, 'utf8');
    return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
  };
  const text = '编号,名称\nroom-1,相山区某某母婴室\nroom-2,烈山区某某商场母婴室\nroom-3,杜集区某某医院母婴室\n';

  it('reads a mostly UTF-8 file as UTF-8 and names the line of each broken character', () => {
    const at = Buffer.from(text, 'utf8').indexOf(Buffer.from('room-3'));
    const decoded = decodeSpreadsheet(withBadByte(text, at));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('烈山区某某商场母婴室');
    expect(decoded.errors).toEqual([{ line: 4, message: expect.stringContaining('无法识别的字符') }]);
  });

  it('after a byte-order mark, always UTF-8', () => {
    const decoded = decodeSpreadsheet(new Uint8Array([0xef, 0xbb, 0xbf, ...withBadByte('编号\n甲', 7)]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.errors.map((e) => e.line)).toEqual([2]);
  });

  it('reads GBK as GB18030 without errors', () => {
    const decoded = decodeSpreadsheet(new Uint8Array(iconv.encode(text, 'gbk')));
    expect(decoded).toEqual({ text, encoding: 'gb18030', errors: [] });
    expect(decodeSpreadsheet(utf8(text))).toEqual({ text, encoding: 'utf-8', errors: [] });
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
