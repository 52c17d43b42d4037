import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildICalendar, escapeText, foldLine, type CalendarEvent } from './build-icalendar';

const options = { prodId: '-//test//ZH', name: '测试日历', dtstamp: '2026-11-28T00:00:00Z' };
const unfold = (text: string) => text.replace(/\r\n /g, '');
const octets = (s: string) => new TextEncoder().encode(s).length;
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

const base: CalendarEvent = {
  uid: 'e1@site.example',
  summary: '家长课堂, 辅食; 怎么加 \\ 第一讲',
  description: '第一行\n第二行，有逗号, 分号; 反斜杠 \\ 结束',
  location: '烈山区某路1号, 二楼',
  geo: { lat: 33.893, lng: 116.815 },
  url: 'https://site.example/events/e1/',
  start: '2026-12-02T09:30:00+08:00',
  end: '2026-12-02T11:00:00+08:00',
  status: 'CANCELLED',
  rrule: { freq: 'WEEKLY', count: 6 },
  categories: ['家长课堂'],
  alarms: [{ minutesBefore: 60, description: '一小时后开始' }],
};

describe('buildICalendar', () => {
  const text = buildICalendar([base, { uid: 'e2@site.example', summary: '接种：麻腮风疫苗第1剂', start: '2027-01-05', end: '2027-01-06' }], options);
  const calendar = parse(text);
  const [timed, allDay] = calendar.getAllSubcomponents('vevent');

  it('uses CRLF everywhere and keeps every physical line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('round-trips text, place, link, status and recurrence through an independent parser', () => {
    const event = new ICAL.Event(timed);
    expect(event.summary).toBe(base.summary);
    expect(event.description).toBe(base.description);
    expect(event.location).toBe(base.location);
    expect(timed?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(timed?.getFirstPropertyValue('url')).toBe(base.url);
    expect(timed?.getFirstPropertyValue('geo')).toEqual([33.893, 116.815]);
    expect(String(timed?.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;COUNT=6');
    expect(timed?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('writes Shanghai local times with a VTIMEZONE, equal to the input instants', () => {
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261202T093000');
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const start = new ICAL.Event(timed).startDate;
    start.zone = zone;
    expect(start.toJSDate().toISOString()).toBe('2026-12-02T01:30:00.000Z');
    const fromUtc = buildICalendar([{ ...base, start: '2026-12-02T01:30:00+00:00', end: '2026-12-02T03:00:00Z' }], options);
    expect(fromUtc).toContain('DTSTART;TZID=Asia/Shanghai:20261202T093000');
  });

  it('writes all-day events as dates with an exclusive end', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20270105');
    expect(String(new ICAL.Event(allDay).startDate)).toBe('2027-01-05');
  });

  it('rejects bad input naming the event and the field', () => {
    expect(() => buildICalendar([{ ...base, end: base.start }], options)).toThrow(/e1@site.example → end/);
    expect(() => buildICalendar([{ ...base, start: '2026-12-02 09:30' }], options)).toThrow(/→ start/);
    expect(() => buildICalendar([{ ...base, summary: ' ' }], options)).toThrow(/→ summary/);
  });
});

describe('foldLine', () => {
  it('lands a 3-byte character on every offset around the boundary without splitting it', () => {
    for (let pad = 0; pad <= 80; pad++) {
      const line = `SUMMARY:${'a'.repeat(pad)}${'托育母婴室'.repeat(12)}`;
      const folded = foldLine(line);
      expect(unfold(folded)).toBe(line);
      for (const physical of folded.split('\r\n')) {
        expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(physical))).not.toThrow();
      }
    }
  });
  it('for any text (CJK, emoji) unfolds to the original, ≤ 75 octets a line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldLine(`DESCRIPTION:${s}`);
        expect(unfold(folded)).toBe(`DESCRIPTION:${s}`);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
      }),
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('round-trips any text through ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== '' && !/\r/.test(s)), (s) => {
        const text = buildICalendar([{ ...base, summary: s, description: s }], options);
        const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent') as ICAL.Component);
        expect(event.summary).toBe(s);
        expect(event.description).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});
