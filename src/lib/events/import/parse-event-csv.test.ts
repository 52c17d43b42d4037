import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeSpreadsheet } from '../../places/csv/decode-spreadsheet';
import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../../schemas/event';
import { EVENT_HEADERS, type EventField } from './event-columns';
import { parseEventCsv, parseTimeCell, toEventTemplateCsv, toGeneratedEventId, type EventParseOptions } from './parse-event-csv';

const TODAY = '2026-12-03';
const options: EventParseOptions = {
  phoneAreaCode: '0561',
  districts: [
    { id: 'xiangshan', name: '相山区' },
    { id: 'duji', name: '杜集区' },
  ],
  bounds: [
    [33.22, 116.33],
    [34.28, 117.08],
  ],
  today: TODAY,
  crs: 'wgs84',
  places: new Map([['clinic-xiangshan-001', { district: 'xiangshan' }]]),
  takenIds: new Set(['hand-written-class']),
};
const city = { district: { id: 'xiangshan', name: '相山区' }, centre: [33.956, 116.798] as [number, number], phoneAreaCode: '0561' };

/** A good row (a single parent class at a place of the directory), with some cells replaced. */
const base: Partial<Record<EventField, string>> = {
  title: '科学喂养家长课堂',
  type: '家长课堂',
  audiences: '父母、祖辈',
  bands: '0-6个月、6～12个月',
  date: '2026-12-08',
  startTime: '9:30',
  endTime: '11:00',
  placeId: 'clinic-xiangshan-001',
  booking: '0561-3012345',
  capacity: '30',
  organiser: '相山区卫生健康委员会',
};
const fields = Object.keys(EVENT_HEADERS) as EventField[];
function csv(...rows: Partial<Record<EventField, string>>[]): string {
  return stringify([fields.map((f) => EVENT_HEADERS[f]), ...rows.map((row) => fields.map((f) => row[f] ?? ''))]);
}
const parse = (...rows: Partial<Record<EventField, string>>[]) => parseEventCsv(csv(...rows), options);
const messages = (r: ReturnType<typeof parse>) => r.errors.map((e) => `第${e.line}行 ${e.column}：${e.message}`);

describe('parseEventCsv', () => {
  it('reads a good row into a schema-valid event in Asia/Shanghai time', () => {
    const r = parse(base);
    expect(r.errors).toEqual([]);
    const [event] = r.records;
    expect(event).toMatchObject({
      title: '科学喂养家长课堂',
      type: 'parent-class',
      audiences: ['parents', 'grandparents'],
      bands: ['0-6m', '6-12m'],
      start: '2026-12-08T09:30:00+08:00',
      end: '2026-12-08T11:00:00+08:00',
      venue: { placeId: 'clinic-xiangshan-001' },
      district: 'xiangshan',
      registration: { kind: 'phone', phone: '0561-3012345' },
      capacity: 30,
      status: 'scheduled',
      costYuan: 0,
    });
    expect(event?.id).toMatch(/^event-20261208-[0-9a-f]{8}$/);
    expect(EventSchema.safeParse(event).success).toBe(true);
  });

  it('makes the same id for the same title, date and venue, and uses 编号 when given', () => {
    expect(parse(base).records[0]?.id).toBe(toGeneratedEventId('科学喂养家长课堂', '2026-12-08', 'clinic-xiangshan-001'));
    expect(parse({ ...base, title: '科学喂养家长课堂（二）' }).records[0]?.id).not.toBe(parse(base).records[0]?.id);
    expect(parse({ ...base, id: 'feeding-class' }).records[0]?.id).toBe('feeding-class');
  });

  it('turns 每周二 into one weekly series with its count', () => {
    const r = parse({ ...base, repeat: '每周二', until: '2026-12-29' });
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.['recurrence']).toEqual({ freq: 'weekly', count: 4 });
  });

  it('turns 每月第一个周六 into one event per date, each with its own id', () => {
    const r = parse({ ...base, id: 'reading', date: '2026-12-05', repeat: '每月第一个周六', until: '2027-02-28' });
    expect(r.errors).toEqual([]);
    expect(r.records.map((e) => [e.id, e['start']])).toEqual([
      ['reading-1205', '2026-12-05T09:30:00+08:00'],
      ['reading-0102', '2027-01-02T09:30:00+08:00'],
      ['reading-0206', '2027-02-06T09:30:00+08:00'],
    ]);
  });

  it('refuses a first date that does not match the repeat, and a repeat without an end', () => {
    expect(messages(parse({ ...base, repeat: '每周三', until: '2026-12-30' }))).toEqual([expect.stringMatching(/^第2行 日期：第一场日期 2026-12-08 是周二，不是“每周三”；下一个符合的日期是 2026-12-09/)]);
    expect(messages(parse({ ...base, repeat: '每周二' }))).toEqual([expect.stringMatching(/^第2行 重复截止日期：“每周二”要写到哪天为止/)]);
    expect(messages(parse({ ...base, repeat: '隔周二', until: '2026-12-30' }))).toEqual([expect.stringMatching(/^第2行 重复：“隔周二”看不懂/)]);
    expect(messages(parse({ ...base, repeat: '每周二', until: '2028-01-01' }))).toEqual([expect.stringMatching(/^第2行 重复截止日期：.*一行最多 52 场/)]);
  });

  it('models 已延期 with its new date (times kept unless given) and 已取消', () => {
    const postponed = parse({ ...base, status: '已延期', newDate: '2026-12-15', statusReason: '场地维修' });
    expect(postponed.errors).toEqual([]);
    expect(postponed.records[0]).toMatchObject({ status: 'postponed', newTime: { start: '2026-12-15T09:30:00+08:00', end: '2026-12-15T11:00:00+08:00' }, statusReason: '场地维修', start: '2026-12-08T09:30:00+08:00' });
    expect(parse({ ...base, status: '已延期', newDate: '2026-12-15', newStartTime: '14:00', newEndTime: '15:30' }).records[0]?.['newTime']).toEqual({ start: '2026-12-15T14:00:00+08:00', end: '2026-12-15T15:30:00+08:00' });
    expect(messages(parse({ ...base, status: '已延期' }))).toEqual([expect.stringMatching(/^第2行 新日期：状态为“已延期”时必填/)]);
    expect(messages(parse({ ...base, newDate: '2026-12-15' }))).toEqual([expect.stringMatching(/^第2行 新日期：只有状态为“已延期”时才填/)]);
    expect(parse({ ...base, status: '已取消' }).records[0]?.['status']).toBe('cancelled');
    expect(messages(parse({ ...base, status: '推迟' }))).toEqual([expect.stringMatching(/^第2行 状态：“推迟”不是可选的状态/)]);
  });

  it('reads a venue of its own, within the city, and needs --crs for it', () => {
    const own = { ...base, placeId: '', venueName: '社区图书室', venueAddress: '相山区某某路1号', lng: '116.798', lat: '33.956', district: '相山区' };
    expect(parse(own).records[0]).toMatchObject({ venue: { name: '社区图书室', address: '相山区某某路1号', position: [116.798, 33.956] }, district: 'xiangshan' });
    expect(messages(parse({ ...own, lng: '33.956', lat: '116.798' }))).toEqual([expect.stringMatching(/^第2行 经度\/纬度：坐标 33.956, 116.798 不在本市范围内/)]);
    expect(messages(parseEventCsv(csv(own), { ...options, crs: undefined }))).toEqual([expect.stringMatching(/--crs/)]);
    expect(messages(parse({ ...base, placeId: 'centre-nowhere-9' }))).toEqual([expect.stringMatching(/^第2行 地点编号：地点编号“centre-nowhere-9”在场所数据里找不到/)]);
    expect(messages(parse({ ...own, district: '蒙城县' }))).toEqual([expect.stringMatching(/^第2行 区县：“蒙城县”不是本市的区县/)]);
  });

  it('reads booking as a phone, an https link or 无需预约', () => {
    expect(parse({ ...base, booking: '无需预约' }).records[0]?.['registration']).toEqual({ kind: 'walk-in' });
    expect(parse({ ...base, booking: 'https://example.cn/sign-up' }).records[0]?.['registration']).toEqual({ kind: 'url', url: 'https://example.cn/sign-up' });
    expect(messages(parse({ ...base, booking: 'http://example.cn/sign-up' }))).toEqual([expect.stringMatching(/^第2行 预约方式：.*须以 https:\/\/ 开头/)]);
    expect(messages(parse({ ...base, booking: 'javascript:alert(1)' }))).toEqual([expect.stringMatching(/https/)]);
    expect(messages(parse({ ...base, booking: '123' }))).toEqual([expect.stringMatching(/^第2行 预约方式：电话号码格式不对：“123”/)]);
  });

  it('lists every problem of every row with its line and column, and returns no records', () => {
    const r = parse(base, { ...base, title: '', type: '讲课', bands: '7岁', capacity: '三十', startTime: '25:00' }, { ...base, title: '亲子阅读时光', audiences: '邻居' });
    expect(r.records).toEqual([]);
    expect(messages(r)).toEqual([
      '第3行 活动名称：必填项为空 (required)',
      expect.stringMatching(/^第3行 类型：“讲课”不是可选的类型/),
      expect.stringMatching(/^第3行 适合年龄：“7岁”不是本站的年龄段/),
      expect.stringMatching(/^第3行 开始时间：“25:00”不是有效时间/),
      expect.stringMatching(/^第3行 名额：“三十”应为 1 到 5000 的整数/),
      expect.stringMatching(/^第4行 对象：“邻居”不是可选的对象/),
    ]);
  });

  it('refuses an id taken by a hand-written event, and the same event twice', () => {
    expect(messages(parse({ ...base, id: 'hand-written-class' }))).toEqual([expect.stringMatching(/^第2行 编号：.*events\.yaml/)]);
    expect(messages(parse(base, base))).toEqual([expect.stringMatching(/^第3行 编号：.*与第 2 行重复/)]);
    expect(messages(parse({ ...base, id: 'Feeding Class' }))).toEqual([expect.stringMatching(/^第2行 编号：“Feeding Class”不能用作编号/)]);
  });

  it('cleans hostile text and shows it safely in messages', () => {
    const r = parse({ ...base, title: '科学\u202e喂养\u200b家长课堂\u0007', description: '<script>alert(1)</script>' });
    expect(r.records[0]?.title).toBe('科学喂养家长课堂');
    // Stored as text: the pages escape it like any other text.
    expect(r.records[0]?.['description']).toBe('<script>alert(1)</script>');
    const bad = parse({ ...base, type: '\u001b[31m家长课堂' });
    expect(bad.errors[0]?.message).not.toContain('\u001b');
  });

  it('names the row of a header or CSV problem', () => {
    expect(parseEventCsv('活动名称,颜色\n科学喂养家长课堂,红\n', options).errors.map((e) => e.column)).toContain('颜色');
    expect(parseEventCsv(`${csv(base)}"未闭合,\n`, options).errors[0]?.line).toBe(3);
  });

  it('the template’s example rows import as they are', () => {
    for (const placeId of [undefined, 'clinic-xiangshan-001']) {
      const r = parseEventCsv(toEventTemplateCsv(city, TODAY, placeId), options);
      expect(r.errors).toEqual([]);
      expect(r.records.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('any text in any cell yields records or row-numbered errors, never a throw', () => {
    const cellText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '每周二', '已延期', '2026-12-08', '\u202e', '<b>', '"', '\r\n', '0561-3012345'));
    fc.assert(
      fc.property(fc.constantFrom(...fields), cellText, fc.constantFrom(...fields), cellText, (f1, v1, f2, v2) => {
        const r = parse({ ...base, [f1]: v1, [f2]: v2 });
        if (r.errors.length === 0) {
          expect(r.records.length).toBeGreaterThan(0);
          for (const e of r.records) expect(EventSchema.safeParse(e).success).toBe(true);
        } else {
          expect(r.records).toEqual([]);
          for (const e of r.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('encodings', () => {
  it('a spreadsheet saved as UTF-8, UTF-8 with BOM or GB18030 imports to the same events', () => {
    const chinese = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)), minLength: 4, maxLength: 30 });
    fc.assert(
      fc.property(chinese, chinese, (title, description) => {
        const text = csv({ ...base, title, description });
        const expected = parseEventCsv(text, options);
        for (const bytes of [Buffer.from(text, 'utf8'), Buffer.from(`\uFEFF${text}`, 'utf8'), iconv.encode(text, 'gb18030')]) {
          const decoded = decodeSpreadsheet(bytes);
          expect(decoded.errors).toEqual([]);
          expect(parseEventCsv(decoded.text, options)).toEqual(expected);
        }
        expect(expected.errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('parseTimeCell', () => {
  it('reads the ways times are typed', () => {
    expect(parseTimeCell('9:30')).toBe('09:30');
    expect(parseTimeCell('０９：３０')).toBe('09:30');
    expect(parseTimeCell('14点')).toBe('14:00');
    expect(parseTimeCell('9点半')).toBe('09:30');
    expect(parseTimeCell('24:00')).toBeUndefined();
    expect(parseTimeCell('下午两点')).toBeUndefined();
  });
});
