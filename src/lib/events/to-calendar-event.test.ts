import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { EventSchema, type CommunityEvent } from '../../schemas/event';
import { buildICalendar } from '../ical/build-icalendar';
import { toCalendarEvent, toCalendarSequence } from './to-calendar-event';

// Calendar entries as a phone reads them: written by buildICalendar, parsed by ical.js.

const base = {
  id: 'event-x',
  title: '亲子绘本共读',
  type: 'parent-child',
  audiences: ['parents'],
  bands: ['1-2y'],
  start: '2026-12-02T09:00:00+08:00',
  end: '2026-12-02T10:00:00+08:00',
  venue: { placeId: 'room-1' },
  district: 'lieshan',
  organiser: { name: '某社区' },
  registration: { kind: 'walk-in' },
  description: '一起读绘本。',
};
const make = (more: Record<string, unknown>): CommunityEvent => EventSchema.parse({ ...base, ...more });
const venue = { name: '某活动中心', address: '烈山区某路1号', position: [116.8, 33.9] as [number, number] };
const NEW_TIME = { start: '2026-12-16T14:30:00+08:00', end: '2026-12-16T16:00:00+08:00' };

/** The one VEVENT of a calendar file made from `event`, as ical.js reads it. */
function read(event: CommunityEvent) {
  const text = buildICalendar([toCalendarEvent(event, venue, 'https://site.example')], { prodId: '-//测试//ZH', name: '测试', dtstamp: '2026-11-28T00:00:00Z', timezone: 'Asia/Shanghai' });
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const e = new ICAL.Event(vevent);
  return {
    status: vevent.getFirstPropertyValue('status'),
    sequence: e.sequence,
    summary: e.summary,
    description: e.description,
    alarms: vevent.getAllSubcomponents('valarm').length,
    start: e.startDate.toJSDate().toISOString(),
    end: e.endDate.toJSDate().toISOString(),
    occurrences: (count: number) => {
      const it = e.iterator();
      return Array.from({ length: count }, () => it.next()?.toJSDate().toISOString());
    },
  };
}

describe('calendar entries for events that go ahead', () => {
  it('are CONFIRMED at their time, revision 0, with a reminder', () => {
    const c = read(make({}));
    expect(c).toMatchObject({ status: 'CONFIRMED', sequence: 0, summary: '亲子绘本共读', alarms: 1 });
    expect(c.start).toBe('2026-12-02T01:00:00.000Z');
  });
});

describe('calendar entries for cancelled events', () => {
  it('are STATUS:CANCELLED, labelled in the title, a revision up, with no reminder', () => {
    const c = read(make({ status: 'cancelled', statusReason: '场地维修', sample: true }));
    expect(c).toMatchObject({ status: 'CANCELLED', sequence: 1, summary: '【已取消】亲子绘本共读（示例）', alarms: 0 });
    expect(c.description).toContain('场地维修');
  });
});

describe('calendar entries for postponed events', () => {
  it('with a new time: published at the new time, CONFIRMED, two revisions up, naming the old time', () => {
    const c = read(make({ status: 'postponed', newTime: NEW_TIME }));
    expect(c).toMatchObject({ status: 'CONFIRMED', sequence: 2, summary: '【已改期】亲子绘本共读', alarms: 1 });
    expect(c.start).toBe('2026-12-16T06:30:00.000Z');
    expect(c.end).toBe('2026-12-16T08:00:00.000Z');
    expect(c.description).toContain('原定12月2日周三 09:00–10:00，改到12月16日周三 14:30–16:00。');
  });
  it('with a new time: a weekly series restarts there, every session at the new time', () => {
    const c = read(make({ status: 'postponed', newTime: NEW_TIME, recurrence: { freq: 'weekly', count: 3 } }));
    expect(c.occurrences(4)).toEqual(['2026-12-16T06:30:00.000Z', '2026-12-23T06:30:00.000Z', '2026-12-30T06:30:00.000Z', undefined]);
  });
  it('without a new time: no entry at the old time (STATUS:CANCELLED, no reminder), saying 新时间待定', () => {
    const c = read(make({ status: 'postponed' }));
    expect(c).toMatchObject({ status: 'CANCELLED', sequence: 1, summary: '【已延期，新时间待定】亲子绘本共读', alarms: 0 });
  });
  it('raise SEQUENCE at each step, so a subscribed calendar replaces what it holds', () => {
    const steps = [make({}), make({ status: 'postponed' }), make({ status: 'postponed', newTime: NEW_TIME }), make({ status: 'postponed', newTime: NEW_TIME, sequence: 3 })];
    const sequences = steps.map((e) => read(e).sequence);
    expect(sequences).toEqual([0, 1, 2, 3]);
  });
});

describe('toCalendarSequence', () => {
  it('never goes below what the status implies', () => {
    expect(toCalendarSequence({ status: 'cancelled', sequence: 0 })).toBe(1);
    expect(toCalendarSequence({ status: 'postponed', newTime: NEW_TIME })).toBe(2);
    expect(toCalendarSequence({ status: 'scheduled', sequence: 4 })).toBe(4);
  });
});

describe('the schema', () => {
  it('accepts a new time only for a postponed event, and only ending after it starts', () => {
    expect(EventSchema.safeParse({ ...base, status: 'cancelled', newTime: NEW_TIME }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, status: 'postponed', newTime: { start: NEW_TIME.end, end: NEW_TIME.start } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...base, status: 'postponed', newTime: NEW_TIME }).success).toBe(true);
  });
});
