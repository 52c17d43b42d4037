import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildICalendar, escapeText, foldLine, type CalendarEvent, type CalendarOptions } from './build-icalendar';

// ---- helpers -------------------------------------------------------------------------------------

const encoder = new TextEncoder();
const fatal = new TextDecoder('utf-8', { fatal: true });
const octets = (s: string) => encoder.encode(s).length;
/** RFC 5545 §3.1 unfolding: delete every CRLF followed by one space. */
const unfold = (text: string) => text.replace(/\r\n /g, '');
// ical.js reads properties it does not know (RFC 7986 NAME, X-WR-CALNAME) raw; calendar apps read them as TEXT.
for (const name of ['name', 'x-wr-calname']) (ICAL.design.icalendar.property as Record<string, unknown>)[name] = { defaultType: 'text' };
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (text: string) => parse(text).getAllSubcomponents('vevent');
const firstEvent = (text: string) => new ICAL.Event(events(text)[0]);

/**
 * The physical lines as the bytes a client receives: the whole text is UTF-8 encoded first and split
 * at CR LF bytes, so a fold that cut a character in two would leave a broken sequence at a line end.
 * (Encoding each JS substring separately would always look valid.)
 */
function physicalLines(text: string): Uint8Array[] {
  const bytes = encoder.encode(text);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d || bytes[i] === 0x0a) {
      // Only CR immediately followed by LF may appear.
      expect(bytes[i] === 0x0d && bytes[i + 1] === 0x0a, `bare ${bytes[i] === 0x0d ? 'CR' : 'LF'} at byte ${i}`).toBe(true);
      lines.push(bytes.subarray(from, i));
      from = i + 2;
      i++;
    }
  }
  lines.push(bytes.subarray(from));
  return lines;
}

/**
 * Every physical line ≤ 75 octets and valid UTF-8 on its own. For one folded content line, every
 * physical line after the first is a continuation and starts with a space.
 */
function expectWellFolded(folded: string, { oneContentLine = true } = {}): void {
  physicalLines(folded).forEach((line, i) => {
    expect(line.length, `line ${i} is ${line.length} octets`).toBeLessThanOrEqual(75);
    expect(() => fatal.decode(line), `line ${i} starts or ends inside a UTF-8 sequence`).not.toThrow();
    if (oneContentLine && i > 0) expect(line[0], `continuation line ${i} must start with a space`).toBe(0x20);
  });
}

/** The file as a whole: CRLF everywhere, ending with CRLF, every line well folded. */
function expectWellFormedFile(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = physicalLines(text);
  expect(lines.at(-1)?.length).toBe(0); // after the final CRLF
  expectWellFolded(text.slice(0, -2), { oneContentLine: false });
  // Unfolded, every line is a content line 'NAME[;params]:value' (none starts with a space).
  for (const line of unfold(text.slice(0, -2)).split('\r\n')) expect(line).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
}

/** Lines of the unfolded file, for exact comparisons. */
const contentLines = (text: string) => unfold(text).split('\r\n');

/** What a TEXT value reads back as: line breaks as LF, controls other than tab dropped, lone surrogates as U+FFFD. */
const readBack = (s: string) =>
  s
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\r\n|\r/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const options: CalendarOptions = { prodId: '-//育儿通//测试//ZH', name: '育儿通 · 淮北市家长课堂, 亲子活动; 测试', dtstamp: '2026-11-28T08:15:30.123+08:00', timezone: 'Asia/Shanghai' };

const HOSTILE = '家长课堂：辅食, 怎么加; 第一讲 \\ 反斜杠\n第二行\r\n第三行，全角逗号；全角分号 \\n 不是换行 😀👨‍👩‍👧';

const base: CalendarEvent = {
  uid: 'event-123@yuertong.example.cn',
  summary: HOSTILE,
  description: `${HOSTILE}\n\n${'托育机构开放日，欢迎家长带孩子参观。'.repeat(6)}`,
  location: '示例·烈山区某路1号, 二楼; 东侧',
  geo: { lat: 33.893_456, lng: 116.815_123 },
  url: 'https://yuertong.example.cn/events/event-123/?from=ics,feed;x=1',
  start: '2026-12-02T09:30:00+08:00',
  end: '2026-12-02T11:00:00+08:00',
  status: 'CONFIRMED',
  rrule: { freq: 'WEEKLY', count: 6 },
  organizer: { name: '示例·相山区"妇幼"\u0007\\保健院', email: 'mch@yuertong.example.cn' },
  categories: ['家长课堂', '辅食, 营养', '0–6个月; 孕期'],
  alarms: [
    { minutesBefore: 60, description: '一小时后：家长课堂, 请带上 \\ 笔记本' },
    { minutesBefore: 1440, description: '明天：家长课堂' },
  ],
  lastModified: '2026-11-20T10:00:00+08:00',
  sequence: 3,
};

// ---- buildICalendar ------------------------------------------------------------------------------

describe('buildICalendar: the calendar', () => {
  const text = buildICalendar([base, { uid: 'dose-mmr-1@yuertong.example.cn', summary: '接种：麻腮风疫苗第1剂', start: '2027-01-05', end: '2027-01-06' }], options);
  const calendar = parse(text);

  it('uses CRLF everywhere, ends with CRLF and keeps every physical line within 75 octets', () => {
    expectWellFormedFile(text);
    expect(text).toMatch(/\r\n /); // the long Chinese lines really were folded
  });

  it('writes the calendar properties a subscribable feed needs', () => {
    const lines = contentLines(text);
    expect(lines.slice(0, 11)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//育儿通//测试//ZH',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'NAME:育儿通 · 淮北市家长课堂\\, 亲子活动\\; 测试',
      'X-WR-CALNAME:育儿通 · 淮北市家长课堂\\, 亲子活动\\; 测试',
      'X-WR-TIMEZONE:Asia/Shanghai',
      'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
      'X-PUBLISHED-TTL:PT12H',
      'BEGIN:VTIMEZONE',
    ]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(options.name);
    expect(calendar.getFirstPropertyValue('name')).toBe(options.name);
    expect(calendar.getFirstPropertyValue('prodid')).toBe(options.prodId);
    expect((calendar.getFirstPropertyValue('refresh-interval') as ICAL.Duration).toSeconds()).toBe(12 * 3600);
  });

  it('holds exactly one VTIMEZONE for Asia/Shanghai at +0800 all year', () => {
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    expect(zones[0]?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const standard = zones[0]?.getAllSubcomponents('standard') ?? [];
    expect(standard).toHaveLength(1);
    expect(zones[0]?.getAllSubcomponents('daylight')).toHaveLength(0);
    expect(String(standard[0]?.getFirstPropertyValue('tzoffsetfrom'))).toBe('+08:00');
    expect(String(standard[0]?.getFirstPropertyValue('tzoffsetto'))).toBe('+08:00');
    expect(standard[0]?.getFirstPropertyValue('tzname')).toBe('CST');
    expect(contentLines(text)).toContain('DTSTART:19700101T000000');
  });

  it('keeps a VTIMEZONE in an empty feed, so the file still holds a component', () => {
    const empty = buildICalendar([], options);
    expectWellFormedFile(empty);
    expect(parse(empty).getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(parse(empty).getAllSubcomponents('vevent')).toHaveLength(0);
  });

  it('writes the same bytes for the same input', () => {
    expect(buildICalendar([base], options)).toBe(buildICalendar([base], options));
  });
});

describe('buildICalendar: an event read back by ical.js', () => {
  const text = buildICalendar([base], options);
  const vevent = events(text)[0] as ICAL.Component;
  const event = new ICAL.Event(vevent);
  const lines = contentLines(text);

  it('round-trips summary, description and location with commas, semicolons, newlines, backslashes and Chinese', () => {
    expect(event.summary).toBe(readBack(base.summary));
    expect(event.summary).toContain('第二行\n第三行'); // CRLF inside a value becomes one newline
    expect(event.description).toBe(readBack(base.description ?? ''));
    expect(event.location).toBe(base.location);
    expect(lines).toContain(`SUMMARY:家长课堂：辅食\\, 怎么加\\; 第一讲 \\\\ 反斜杠\\n第二行\\n第三行，全角逗号；全角分号 \\\\n 不是换行 😀👨‍👩‍👧`);
  });

  it('keeps the UID stable and DTSTAMP / LAST-MODIFIED in UTC', () => {
    expect(event.uid).toBe(base.uid);
    expect(lines).toContain('DTSTAMP:20261128T001530Z');
    expect(lines).toContain('LAST-MODIFIED:20261120T020000Z');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
  });

  it('round-trips status, GEO and URL (a URI: commas and semicolons not escaped)', () => {
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('geo')).toEqual([33.893456, 116.815123]);
    expect(lines).toContain('GEO:33.893456;116.815123');
    expect(vevent.getFirstPropertyValue('url')).toBe(base.url);
    expect(lines).toContain(`URL:${base.url}`);
  });

  it('writes STATUS:CANCELLED', () => {
    const cancelled = events(buildICalendar([{ ...base, status: 'CANCELLED' }], options))[0];
    expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes categories as one list, each item escaped, blank items left out', () => {
    expect(vevent.getFirstProperty('categories')?.getValues()).toEqual(base.categories);
    expect(lines).toContain('CATEGORIES:家长课堂,辅食\\, 营养,0–6个月\\; 孕期');
    const out = buildICalendar([{ ...base, categories: ['末尾反斜杠\\', ' ', '下一项'] }], options);
    // RFC 5545 §3.1.1: an escaped backslash, then the separator (ical.js misreads this one case).
    expect(contentLines(out)).toContain('CATEGORIES:末尾反斜杠\\\\,下一项');
    expect(buildICalendar([{ ...base, categories: [' '] }], options)).not.toContain('CATEGORIES');
  });

  it('writes the organiser with a quoted CN (DQUOTE, backslash and controls dropped) and a mailto address', () => {
    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('示例·相山区妇幼保健院');
    expect(organizer?.getFirstValue()).toBe('mailto:mch@yuertong.example.cn');
    expect(lines).toContain('ORGANIZER;CN="示例·相山区妇幼保健院":mailto:mch@yuertong.example.cn');
  });

  it('keeps ; : , in a quoted CN and writes a caret as ^^ (RFC 6868)', () => {
    const out = buildICalendar([{ ...base, organizer: { name: '卫健委; 妇幼科: 一组, ^n号', email: 'a@b.cn' } }], options);
    expect(contentLines(out)).toContain('ORGANIZER;CN="卫健委; 妇幼科: 一组, ^^n号":mailto:a@b.cn');
    expect(events(out)[0]?.getFirstProperty('organizer')?.getParameter('cn')).toBe('卫健委; 妇幼科: 一组, ^n号');
  });

  it('without an email, names the organiser at the end of DESCRIPTION instead of writing ORGANIZER', () => {
    const out = buildICalendar([{ ...base, organizer: { name: '示例·某社区' } }], options);
    expect(out).not.toMatch(/^ORGANIZER/m);
    expect(firstEvent(out).description).toBe(`${readBack(base.description ?? '')}\n\n主办：示例·某社区`);
    const { description: _omit, ...noDescription } = base;
    expect(firstEvent(buildICalendar([{ ...noDescription, organizer: { name: '示例·某社区' } }], options)).description).toBe('主办：示例·某社区');
  });

  it('writes DISPLAY alarms the given minutes before start', () => {
    const alarms = vevent.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(2);
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
    expect(alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([-3600, -86400]);
    expect(alarms.map((a) => a.getFirstPropertyValue('description'))).toEqual(base.alarms?.map((a) => a.description));
    expect(lines).toContain('TRIGGER:-PT60M');
    expect(lines).toContain('TRIGGER:-PT1440M');
  });

  it('falls back to the summary for a blank alarm description, and writes none for no alarms', () => {
    const out = events(buildICalendar([{ ...base, summary: '体检', alarms: [{ minutesBefore: 0, description: ' ' }] }], options))[0];
    expect(out?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe('体检');
    expect(buildICalendar([{ ...base, alarms: [] }], options)).not.toContain('VALARM');
  });
});

describe('buildICalendar: times', () => {
  // Each input is an instant with some offset; the file must hold it as Shanghai wall time.
  const cases: [input: string, shanghai: string][] = [
    ['2026-12-02T09:30:00+08:00', '20261202T093000'],
    ['2026-12-02T01:30:00+00:00', '20261202T093000'],
    ['2026-12-02T01:30:00Z', '20261202T093000'],
    ['2026-12-01T20:30:00-05:00', '20261202T093000'],
    ['2026-12-02T07:15:00+05:45', '20261202T093000'],
    ['2026-12-31T20:00:00-05:00', '20270101T090000'], // crosses a year in Shanghai
    ['2028-02-28T16:00:00Z', '20280229T000000'], // lands on a leap day
  ];

  const { rrule: _rrule, ...once } = base;
  it.each(cases)('%s is written as Shanghai %s and reads back as the same UTC instant', (input, shanghai) => {
    const end = new Date(new Date(input).getTime() + 90 * 60_000).toISOString();
    const text = buildICalendar([{ ...once, start: input, end }], options);
    expect(contentLines(text)).toContain(`DTSTART;TZID=Asia/Shanghai:${shanghai}`);
    const event = firstEvent(text);
    expect(event.startDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(input).toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(end);
  });

  it('writes all-day events as DATE values with the exclusive end', () => {
    const text = buildICalendar([{ uid: 'check-42d@yuertong.example.cn', summary: '42天健康检查', start: '2028-02-28', end: '2028-03-01' }], options);
    expect(contentLines(text)).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20280228', 'DTEND;VALUE=DATE:20280301']));
    const event = firstEvent(text);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2028-02-28');
    expect(event.endDate.toString()).toBe('2028-03-01');
    expect(event.duration.toSeconds()).toBe(2 * 86400); // leap day included
  });

  it('drops fractions of a second', () => {
    const text = buildICalendar([{ ...base, start: '2026-12-02T09:30:00.999+08:00', end: '2026-12-02T10:00:00.5+08:00' }], options);
    expect(contentLines(text)).toContain('DTSTART;TZID=Asia/Shanghai:20261202T093000');
  });
});

describe('buildICalendar: RRULE', () => {
  const occurrences = (text: string, max = 50) => {
    const iterator = firstEvent(text).iterator();
    const out: string[] = [];
    for (let next = iterator.next(); next && out.length < max; next = iterator.next()) out.push(next.toJSDate().toISOString());
    return out;
  };
  const rule = (text: string) => events(text)[0]?.getFirstPropertyValue('rrule') as ICAL.Recur;

  it('writes FREQ, INTERVAL, COUNT and BYDAY', () => {
    const text = buildICalendar([{ ...base, rrule: { freq: 'WEEKLY', interval: 2, count: 4, byDay: ['WE', 'SA'] } }], options);
    expect(contentLines(text)).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=WE,SA');
    const recur = rule(text);
    expect([recur.freq, recur.interval, recur.count, recur.parts['BYDAY']]).toEqual(['WEEKLY', 2, 4, ['WE', 'SA']]);
    expect(occurrences(text)).toEqual(['2026-12-02T01:30:00.000Z', '2026-12-05T01:30:00.000Z', '2026-12-16T01:30:00.000Z', '2026-12-19T01:30:00.000Z']);
  });

  it('writes UNTIL for timed events in UTC, inclusive', () => {
    const text = buildICalendar([{ ...base, rrule: { freq: 'WEEKLY', until: '2026-12-16T09:30:00+08:00' } }], options);
    expect(contentLines(text)).toContain('RRULE:FREQ=WEEKLY;UNTIL=20261216T013000Z');
    expect(rule(text).until?.zone?.tzid).toBe('UTC');
    expect(occurrences(text)).toEqual(['2026-12-02T01:30:00.000Z', '2026-12-09T01:30:00.000Z', '2026-12-16T01:30:00.000Z']);
  });

  it('reads a date-only UNTIL on a timed event as the end of that day in Shanghai', () => {
    const text = buildICalendar([{ ...base, start: '2026-12-02T21:00:00+08:00', end: '2026-12-02T22:00:00+08:00', rrule: { freq: 'DAILY', until: '2026-12-04' } }], options);
    expect(contentLines(text)).toContain('RRULE:FREQ=DAILY;UNTIL=20261204T155959Z');
    expect(occurrences(text)).toHaveLength(3);
  });

  it('writes UNTIL for all-day events as a DATE', () => {
    const text = buildICalendar([{ uid: 'a@x.cn', summary: '每月称重', start: '2027-01-15', end: '2027-01-16', rrule: { freq: 'MONTHLY', until: '2027-04-15' } }], options);
    expect(contentLines(text)).toContain('RRULE:FREQ=MONTHLY;UNTIL=20270415');
    expect(rule(text).until?.isDate).toBe(true);
    expect(occurrences(text)).toHaveLength(4);
  });
});

describe('buildICalendar: invalid input is rejected, naming the event and the field', () => {
  const { rrule: _rrule, ...plain } = base;
  const cases: [what: string, change: Partial<CalendarEvent>, field: string][] = [
    ['empty summary', { summary: '' }, 'summary'],
    ['blank summary', { summary: ' \n ' }, 'summary'],
    ['unparseable start', { start: '2026-12-02 09:30' }, 'start'],
    ['start without offset', { start: '2026-12-02T09:30:00' }, 'start'],
    ['a day that does not exist', { start: '2026-02-30T09:00:00+08:00' }, 'start'],
    ['hour 24', { end: '2026-12-02T24:00:00+08:00' }, 'end'],
    ['an offset beyond ±14:00', { start: '2026-12-02T09:30:00+15:00' }, 'start'],
    ['unparseable end', { end: 'soon' }, 'end'],
    ['end before start', { end: '2026-12-02T09:00:00+08:00' }, 'end'],
    ['end equal to start (another offset)', { end: '2026-12-02T01:30:00Z' }, 'end'],
    ['all-day end equal to start', { start: '2026-12-02', end: '2026-12-02' }, 'end'],
    ['all-day start, timed end', { start: '2026-12-02', end: '2026-12-03T00:00:00+08:00' }, 'end'],
    ['not a real date', { start: '2026-13-01', end: '2026-13-02' }, 'start'],
    ['count and until', { rrule: { freq: 'WEEKLY', count: 3, until: '2027-01-01T00:00:00Z' } }, 'rrule.until'],
    ['count 0', { rrule: { freq: 'WEEKLY', count: 0 } }, 'rrule.count'],
    ['interval 1.5', { rrule: { freq: 'WEEKLY', interval: 1.5 } }, 'rrule.interval'],
    ['until before start', { rrule: { freq: 'DAILY', until: '2026-12-01T00:00:00Z' } }, 'rrule.until'],
    ['bad until', { rrule: { freq: 'DAILY', until: '2026-12-40' } }, 'rrule.until'],
    ['bad weekday', { rrule: { freq: 'WEEKLY', byDay: ['XX' as 'MO'] } }, 'rrule.byDay'],
    ['bad freq', { rrule: { freq: 'YEARLY' as 'DAILY' } }, 'rrule.freq'],
    ['latitude 91', { geo: { lat: 91, lng: 116 } }, 'geo.lat'],
    ['longitude NaN', { geo: { lat: 33, lng: Number.NaN } }, 'geo.lng'],
    ['relative URL', { url: '/events/1/' }, 'url'],
    ['bad email', { organizer: { name: '某院', email: 'not an email' } }, 'organizer.email'],
    ['blank organiser', { organizer: { name: ' ' } }, 'organizer.name'],
    ['negative alarm', { alarms: [{ minutesBefore: -5, description: 'x' }] }, 'alarms[0].minutesBefore'],
    ['fractional alarm', { alarms: [{ minutesBefore: 60, description: 'x' }, { minutesBefore: 2.5, description: 'y' }] }, 'alarms[1].minutesBefore'],
    ['negative sequence', { sequence: -1 }, 'sequence'],
    ['bad lastModified', { lastModified: 'yesterday' }, 'lastModified'],
    ['bad status', { status: 'DONE' as 'CONFIRMED' }, 'status'],
  ];
  it.each(cases)('%s', (_what, change, field) => {
    const escaped = field.replace(/[[\].]/g, '\\$&');
    expect(() => buildICalendar([{ ...plain, ...change }], options)).toThrow(new RegExp(`event-123@yuertong\\.example\\.cn → ${escaped}:`));
  });

  it('rejects a duplicate or empty uid', () => {
    expect(() => buildICalendar([base, base], options)).toThrow(/event-123@yuertong\.example\.cn → uid:/);
    expect(() => buildICalendar([{ ...base, uid: '' }], options)).toThrow(/→ uid:/);
    expect(() => buildICalendar([{ ...base, uid: 'a\r\nBEGIN:VEVENT' }], options)).toThrow(/→ uid:/);
  });

  it('rejects bad calendar options', () => {
    expect(() => buildICalendar([], { ...options, dtstamp: '2026-11-28' })).toThrow(/calendar → dtstamp:/);
    expect(() => buildICalendar([], { ...options, name: '' })).toThrow(/calendar → name:/);
    expect(() => buildICalendar([], { ...options, prodId: ' ' })).toThrow(/calendar → prodId:/);
  });
});

// ---- foldLine ------------------------------------------------------------------------------------

/** Greedy: a line was only folded when the next character would not have fitted. */
function expectNoEarlyFolds(folded: string): void {
  const physical = folded.split('\r\n');
  physical.slice(0, -1).forEach((line, i) => {
    const next = [...(physical[i + 1] ?? '').slice(1)][0] ?? '';
    expect(octets(line) + octets(next), `line ${i} was folded early`).toBeGreaterThan(75);
  });
}

// Any code point (lone surrogates included), weighted towards CJK, emoji and the characters that matter.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0x1f300, max: 0x1faff }).map((cp) => String.fromCodePoint(cp)),
  fc.constantFrom('a', ' ', '\\', ';', ',', ':', '^', '\n', '\r\n', '\t', '"', 'é', '👨‍👩‍👧', '\u0000'),
);

describe('foldLine', () => {
  it('leaves a line of up to 75 octets alone and folds the 76th', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldLine('a'.repeat(75 + 74 + 1))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
    expect(foldLine('')).toBe('');
  });

  it('lands a 3-byte Chinese character on every offset around the 75-octet boundary without splitting it', () => {
    for (let pad = 0; pad <= 80; pad++) {
      const line = `DESCRIPTION:${'a'.repeat(pad)}${'托育机构母婴室预防接种'.repeat(8)}`;
      const folded = foldLine(line);
      expect(unfold(folded), `pad ${pad}`).toBe(line);
      expectWellFolded(folded);
      expectNoEarlyFolds(folded);
    }
  });

  it('does the same for 4-byte emoji and 2-byte characters', () => {
    for (let pad = 0; pad <= 80; pad++) {
      for (const run of ['😀👶🍼'.repeat(30), 'éü'.repeat(60), '托😀é a'.repeat(30)]) {
        const line = `SUMMARY:${'a'.repeat(pad)}${run}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        expectWellFolded(folded);
        expectNoEarlyFolds(folded);
      }
    }
  });

  it('keeps a space of the value at the fold: only the first space of a continuation line is the fold', () => {
    const line = `SUMMARY:${'a'.repeat(67)}${' '.repeat(10)}b`;
    const folded = foldLine(line);
    expect(folded).toBe(`SUMMARY:${'a'.repeat(67)}\r\n ${' '.repeat(10)}b`);
    expect(unfold(folded)).toBe(line);
  });

  it('for any string: unfold(fold(line)) === line, every physical line ≤ 75 octets and valid UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), (s) => {
        const line = `DESCRIPTION:${s.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        expectWellFolded(folded);
        expectNoEarlyFolds(folded);
        // The bytes, unfolded, are the line's bytes: nothing was cut or re-encoded.
        expect(fatal.decode(encoder.encode(unfold(folded)))).toBe(fatal.decode(encoder.encode(line)));
      }),
      { numRuns: 500 },
    );
  });
});

// ---- escapeText, and the whole writer against ical.js --------------------------------------------

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('已有转义 \\n 和 \\,')).toBe('已有转义 \\\\n 和 \\\\\\,');
    expect(escapeText('全角，；：不变')).toBe('全角，；：不变');
  });

  it('drops controls TEXT cannot hold, keeps tab, and repairs lone surrogates', () => {
    expect(escapeText('a\u0000b\u001bc\u007fd\te')).toBe('abcd\te');
    expect(escapeText('x\ud83dy')).toBe('x\ufffdy');
    expect(escapeText('😀')).toBe('😀');
  });

  it('round-trips any text through ical.js in SUMMARY, DESCRIPTION, LOCATION, CATEGORIES, alarms, X-WR-CALNAME and CN', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 200 }), (s) => {
        const expected = readBack(s);
        fc.pre(expected.trim() !== '');
        // The arbitrary category goes last: ical.js splits a list at any comma preceded by a
        // backslash, even an escaped one ('a\\\\,b'), so an item ending in '\\' cannot go first.
        const text = buildICalendar(
          [{ ...base, summary: s, description: s, location: s, categories: ['家长课堂', s], alarms: [{ minutesBefore: 5, description: s }], organizer: { name: s, email: 'a@b.cn' } }],
          { ...options, name: s },
        );
        expectWellFormedFile(text);
        const calendar = parse(text);
        const vevent = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
        const event = new ICAL.Event(vevent);
        expect(event.summary).toBe(expected);
        expect(event.description).toBe(expected);
        expect(event.location).toBe(expected);
        expect(vevent.getFirstProperty('categories')?.getValues()).toEqual(['家长课堂', expected]);
        expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(expected);
        expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(expected);
        const cn = expected.replace(/["\n\t\\]/g, '');
        expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe(cn.trim() === '' ? undefined : cn);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildICalendar: any valid event', () => {
  const offset = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => {
    const minutes = Math.abs(q) * 15;
    return q === 0 ? 'Z' : `${q < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  });
  /** An instant written with the given offset, e.g. '2031-05-06T07:08:09-03:30'. */
  const withOffset = (ms: number, off: string) => {
    const minutes = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4)));
    return new Date(ms + minutes * 60_000).toISOString().slice(0, 19) + off;
  };
  const instant = fc.integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2099, 0, 1) / 1000 }).map((s) => s * 1000);

  it('reads back at the same instants, in Shanghai, from any input offset', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 24 * 40 }), offset, offset, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (startMs, minutes, o1, o2, title) => {
        fc.pre(title.trim() !== '');
        const endMs = startMs + minutes * 60_000;
        const text = buildICalendar([{ uid: 'p@x.cn', summary: title, start: withOffset(startMs, o1), end: withOffset(endMs, o2) }], options);
        expectWellFormedFile(text);
        const event = firstEvent(text);
        expect(event.startDate.zone?.tzid).toBe('Asia/Shanghai');
        expect(event.startDate.toJSDate().getTime()).toBe(startMs);
        expect(event.endDate.toJSDate().getTime()).toBe(endMs);
      }),
      { numRuns: 300 },
    );
  });
});
