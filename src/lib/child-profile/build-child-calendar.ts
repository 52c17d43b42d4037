import { addDays, type CivilDate } from '../age/civil-date';
import type { CalendarEvent } from '../ical/build-icalendar';
import type { TimelineVisit } from './build-checkup-timeline';
import type { TimelineDose } from './build-vaccine-timeline';

/** Reminders: the morning before (09:00, i.e. 15 h before the all-day start) and 09:00 on the day. */
const ALARMS_MINUTES = [15 * 60] as const;

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
}

/**
 * All-day calendar entries for the child's upcoming vaccine doses (scheduled, not marked given, not an unchosen
 * alternative) and check-ups, each with a reminder the day before. Doses the data do not settle are left out (the page
 * says to confirm them with the clinic). Nothing here leaves the device: the caller writes the file in the browser.
 */
export function buildChildCalendarEvents(input: ChildCalendarInput): CalendarEvent[] {
  const { childId, childLabel, today, host } = input;
  const doseEvents = input.doses
    .filter((d) => d.status === 'upcoming' && !d.notChosen)
    .map((d): CalendarEvent => {
      const alternative = d.choice ? '（两种疫苗任选其一）' : '';
      return {
        uid: `${childId}-vaccine-${d.seriesId}-${d.dose}@${host}`,
        summary: `${childLabel}：${d.seriesName} 第${d.dose}剂${alternative}`,
        description: [d.product, d.note, ...d.intervals, d.dueByDate ? `最迟在 ${d.dueByDate} 之前完成` : undefined, d.dueByText ? `最迟完成时间：${d.dueByText}` : undefined, input.doseAdvice]
          .filter(Boolean)
          .join('\n'),
        start: d.date,
        end: addDays(d.date, 1),
        categories: ['预防接种'],
        alarms: ALARMS_MINUTES.map((m) => ({ minutesBefore: m, description: `明天可以接种：${d.seriesName} 第${d.dose}剂` })),
      };
    });
  const visitEvents = input.visits
    .filter((v) => v.date >= today)
    .map(
      (v): CalendarEvent => ({
        uid: `${childId}-checkup-${v.id}@${host}`,
        summary: `${childLabel}：${v.name}`,
        description: [v.window, v.covers, input.visitAdvice].filter(Boolean).join('\n'),
        start: v.date,
        end: addDays(v.date, 1),
        categories: ['儿童健康检查'],
        alarms: ALARMS_MINUTES.map((m) => ({ minutesBefore: m, description: `明天：${v.name}` })),
      }),
    );
  return [...doseEvents, ...visitEvents].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
