import { addDays, type CivilDate } from '../age/civil-date';
import type { CalendarEvent } from '../ical/build-icalendar';
import { fillTemplate } from '../i18n/fill-template';
import type { MessageKey } from '../i18n/zh-CN';
import type { TimelineVisit } from './build-checkup-timeline';
import type { TimelineDose } from './build-vaccine-timeline';

/** Reminders: the morning before (09:00, i.e. 15 h before the all-day start) and 09:00 on the day. */
const ALARMS_MINUTES = [15 * 60] as const;

/** The strings the calendar entries are written with (pick them from `ChildData.messages`). */
export const CHILD_CALENDAR_MESSAGE_KEYS = [
  'child.calendarTitle',
  'child.doseName',
  'child.choiceDoseName',
  'child.choiceAlternatives',
  'child.calendarDueBy',
  'child.calendarDueByText',
  'child.calendarDoseAlarm',
  'child.calendarVisitAlarm',
] as const satisfies readonly MessageKey[];
export type ChildCalendarMessages = Record<(typeof CHILD_CALENDAR_MESSAGE_KEYS)[number], string>;

/** How a dose is named: 「乙脑减毒活疫苗 第1剂」, or for a choice not made yet 「乙脑疫苗 第1剂（按接种门诊安排）」. */
export function nameCalendarDose(d: TimelineDose, messages: Pick<ChildCalendarMessages, 'child.doseName' | 'child.choiceDoseName'>): string {
  return fillTemplate(d.alternatives.length > 0 ? messages['child.choiceDoseName'] : messages['child.doseName'], { name: d.seriesName, dose: d.dose });
}

export interface ChildCalendarInput {
  /** Local id of the child, for stable UIDs (re-importing updates rather than duplicates). */
  childId: string;
  /** How the child is named in titles: the nickname or 宝宝. */
  childLabel: string;
  doses: readonly TimelineDose[];
  visits: readonly TimelineVisit[];
  today: CivilDate;
  /** Host for UIDs, e.g. huaibei.yuertong.example.cn. */
  host: string;
  /** Words appended to each description (e.g. 请带好预防接种证). */
  doseAdvice: string;
  visitAdvice: string;
  /** The entries' wording (see `CHILD_CALENDAR_MESSAGE_KEYS`). */
  messages: ChildCalendarMessages;
}

/**
 * All-day calendar entries for the child's upcoming vaccine doses (scheduled, not marked given) and check-ups, each
 * with a reminder the day before. Only the chosen path of an alternative is in the timeline, so only it goes in; a
 * choice not made yet goes in once per merged entry, titled 按接种门诊安排. Past doses (due, overdue, unanswered) are
 * never entries, so nothing here can call a dose late. Doses the data do not settle are left out (the page says to
 * confirm them with the clinic). Nothing here leaves the device: the caller writes the file in the browser.
 */
export function buildChildCalendarEvents(input: ChildCalendarInput): CalendarEvent[] {
  const { childId, childLabel, today, host } = input;
  const m = input.messages;
  const doseEvents = input.doses
    .filter((d) => d.status === 'upcoming')
    .map((d): CalendarEvent => {
      const what = nameCalendarDose(d, m);
      const alternatives = d.alternatives.length > 0 ? fillTemplate(m['child.choiceAlternatives'], { alternatives: d.alternatives.map((a) => a.seriesName).join('、') }) : undefined;
      return {
        uid: `${childId}-vaccine-${d.seriesId.replace(':', '-')}-${d.dose}@${host}`,
        summary: fillTemplate(m['child.calendarTitle'], { child: childLabel, what }),
        description: [
          alternatives,
          d.product,
          d.note,
          ...d.intervals,
          d.dueByDate ? fillTemplate(m['child.calendarDueBy'], { date: d.dueByDate }) : undefined,
          d.dueByText ? fillTemplate(m['child.calendarDueByText'], { text: d.dueByText }) : undefined,
          input.doseAdvice,
        ]
          .filter(Boolean)
          .join('\n'),
        start: d.date,
        end: addDays(d.date, 1),
        categories: ['预防接种'],
        alarms: ALARMS_MINUTES.map((minutes) => ({ minutesBefore: minutes, description: fillTemplate(m['child.calendarDoseAlarm'], { what }) })),
      };
    });
  const visitEvents = input.visits
    .filter((v) => v.date >= today)
    .map(
      (v): CalendarEvent => ({
        uid: `${childId}-checkup-${v.id}@${host}`,
        summary: fillTemplate(m['child.calendarTitle'], { child: childLabel, what: v.name }),
        description: [v.window, v.covers, input.visitAdvice].filter(Boolean).join('\n'),
        start: v.date,
        end: addDays(v.date, 1),
        categories: ['儿童健康检查'],
        alarms: ALARMS_MINUTES.map((minutes) => ({ minutesBefore: minutes, description: fillTemplate(m['child.calendarVisitAlarm'], { what: v.name }) })),
      }),
    );
  return [...doseEvents, ...visitEvents].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
