import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadCheckupSchedule, loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { buildICalendar } from '../ical/build-icalendar';
import { pickMessages } from '../i18n/translate';
import { buildChildCalendarEvents, CHILD_CALENDAR_MESSAGE_KEYS } from './build-child-calendar';
import { buildCheckupTimeline } from './build-checkup-timeline';
import { buildVaccineTimeline, type ChildVaccineState } from './build-vaccine-timeline';

const today = '2026-03-15';
const schedule = loadImmunizationSchedule();
const vaccines = (extra: Partial<ChildVaccineState> = {}): ChildVaccineState => ({ givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, vaccineAnswer: undefined, ...extra });
const eventsFor = (state: ChildVaccineState) =>
  buildChildCalendarEvents({
    childId: 'c1',
    childLabel: '小满',
    doses: buildVaccineTimeline(schedule, '2025-08-10', today, state),
    visits: buildCheckupTimeline(loadCheckupSchedule(), '2025-08-10', today),
    today,
    host: 'example.cn',
    doseAdvice: '请带好预防接种证。',
    visitAdvice: '请带好母子健康手册。',
    messages: pickMessages(CHILD_CALENDAR_MESSAGE_KEYS),
  });
const events = eventsFor(vaccines({ vaccineChoices: { je: 'je-l' } }));

describe('buildChildCalendarEvents', () => {
  it('has upcoming doses and check-ups only, all-day, each with a reminder', () => {
    expect(events.every((e) => e.start > today && /^\d{4}-\d{2}-\d{2}$/.test(e.start))).toBe(true);
    expect(events.find((e) => e.uid === 'c1-vaccine-mmr-1@example.cn')).toMatchObject({ start: '2026-04-10', end: '2026-04-11' });
    expect(events.find((e) => e.uid === 'c1-checkup-m8@example.cn')?.start).toBe('2026-04-10');
    expect(events.every((e) => (e.alarms?.length ?? 0) > 0)).toBe(true);
    // Only the chosen JE path goes in.
    expect(events.some((e) => e.uid.includes('je-i'))).toBe(false);
    expect(events.find((e) => e.uid === 'c1-vaccine-je-l-1@example.cn')).toMatchObject({ summary: '小满：乙脑减毒活疫苗 第1剂', start: '2026-04-10' });
  });

  it('a choice not made yet goes in once per shared dose, titled 按接种门诊安排; neither path on its own', () => {
    const open = eventsFor(vaccines());
    const je = open.filter((e) => e.uid.includes('-je'));
    expect(je.map((e) => [e.uid, e.start])).toEqual([
      ['c1-vaccine-choice-je-1@example.cn', '2026-04-10'],
      ['c1-vaccine-choice-je-2@example.cn', '2027-08-10'],
    ]);
    expect(je[0]?.summary).toBe('小满：乙脑疫苗 第1剂（按接种门诊安排）');
    expect(je[0]?.description).toContain('乙脑减毒活疫苗、乙脑灭活疫苗任选一种');
    expect(open.filter((e) => e.uid.includes('hepa')).map((e) => e.uid)).toEqual(['c1-vaccine-choice-hepa-1@example.cn']);
  });

  it('never puts a past dose in, so nothing unanswered (or late) is presented as overdue', () => {
    const open = eventsFor(vaccines());
    expect(open.every((e) => e.start > today)).toBe(true);
    expect(open.some((e) => /超过|已过|overdue/.test(`${e.summary}${e.description ?? ''}`))).toBe(false);
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
