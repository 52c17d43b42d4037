import { describe, expect, it } from 'vitest';
import { EventSchema, type CommunityEvent } from '../../schemas/event';
import { buildEventJsonLd } from './build-event-json-ld';
import { toCalendarEvent } from './to-calendar-event';

const event: CommunityEvent = EventSchema.parse({
  id: 'event-x',
  title: '亲子绘本共读',
  type: 'parent-child',
  audiences: ['parents'],
  bands: ['1-2y'],
  start: '2026-12-02T09:00:00+08:00',
  end: '2026-12-02T10:00:00+08:00',
  recurrence: { freq: 'weekly', count: 6 },
  venue: { placeId: 'room-1' },
  district: 'lieshan',
  organiser: { name: '某社区' },
  registration: { kind: 'walk-in' },
  status: 'cancelled',
  statusReason: '场地维修',
  description: '一起读绘本。',
  sample: true,
});
const venue = { name: '某活动中心', address: '烈山区某路1号', position: [116.8, 33.9] as [number, number] };

describe('toCalendarEvent', () => {
  const c = toCalendarEvent(event, venue, 'https://site.example');
  it('keeps a stable UID and a link back', () => {
    expect(c.uid).toBe('event-x@site.example');
    expect(c.url).toBe('https://site.example/events/event-x/');
  });
  it('marks cancelled samples in status and title, without a reminder', () => {
    expect(c.status).toBe('CANCELLED');
    expect(c.summary).toBe('【已取消】亲子绘本共读（示例）');
    expect(c.alarms).toEqual([]);
    expect(c.description).toContain('场地维修');
  });
  it('turns a weekly series into an RRULE', () => {
    expect(c.rrule).toEqual({ freq: 'WEEKLY', count: 6 });
    expect(c.geo).toEqual({ lat: 33.9, lng: 116.8 });
  });
});

describe('buildEventJsonLd', () => {
  it('carries status, location and organiser', () => {
    const d = buildEventJsonLd(event, venue, 'https://site.example/events/event-x/', '淮北市');
    expect(d['@type']).toBe('Event');
    expect(d.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(d.location.geo.latitude).toBe(33.9);
    expect(d.organizer.name).toBe('某社区');
    expect(d.eventSchedule?.repeatCount).toBe(6);
  });
});
