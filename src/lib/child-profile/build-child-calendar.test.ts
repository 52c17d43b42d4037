import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadCheckupSchedule, loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { buildICalendar } from '../ical/build-icalendar';
import { buildChildCalendarEvents } from './build-child-calendar';
import { buildCheckupTimeline } from './build-checkup-timeline';
import { buildVaccineTimeline } from './build-vaccine-timeline';

const today = '2026-03-15';
const events = buildChildCalendarEvents({
  childId: 'c1',
  childLabel: '小满',
  doses: buildVaccineTimeline(loadImmunizationSchedule(), '2025-08-10', today, ['je-l:1']),
  visits: buildCheckupTimeline(loadCheckupSchedule(), '2025-08-10', today),
  today,
  host: 'example.cn',
  doseAdvice: '请带好预防接种证。',
  visitAdvice: '请带好母子健康手册。',
});

describe('buildChildCalendarEvents', () => {
  it('has upcoming doses and check-ups only, all-day, each with a reminder', () => {
    expect(events.every((e) => e.start > today && /^\d{4}-\d{2}-\d{2}$/.test(e.start))).toBe(true);
    expect(events.find((e) => e.uid === 'c1-vaccine-mmr-1@example.cn')).toMatchObject({ start: '2026-04-10', end: '2026-04-11' });
    expect(events.find((e) => e.uid === 'c1-checkup-m8@example.cn')?.start).toBe('2026-04-10');
    expect(events.every((e) => (e.alarms?.length ?? 0) > 0)).toBe(true);
    // The unchosen JE alternative is left out.
    expect(events.some((e) => e.uid.includes('je-i'))).toBe(false);
  });

  it('writes a calendar that ical.js reads back as all-day events with alarms', () => {
    const text = buildICalendar(events, { prodId: '-//育儿通//ZH', name: '小满的接种和体检', dtstamp: '2026-03-15T00:00:00Z' });
    const comp = new ICAL.Component(ICAL.parse(text));
    const vevents = comp.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(events.length);
    const first = new ICAL.Event(vevents[0]);
    expect(first.startDate.isDate).toBe(true);
    expect(vevents[0]?.getAllSubcomponents('valarm')).toHaveLength(1);
    // No birth date anywhere in the file.
    expect(text).not.toContain('2025-08-10');
    expect(text).not.toContain('20250810');
  });
});
