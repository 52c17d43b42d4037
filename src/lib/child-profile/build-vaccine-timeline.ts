import type { ImmunizationSchedule } from '../../schemas/schedule';
import { daysBetween, type CivilDate } from '../age/civil-date';
import { buildDosePlan } from '../schedule/build-dose-plan';
import { describeDoseInterval } from '../schedule/describe-dose-interval';

/** Where a dose stands for this child today. */
export type DoseStatus =
  /** The parent marked it as given (from the vaccination certificate). */
  | 'given'
  /** On or after its 最迟完成时间 (the due-by date) and not marked given: catch up, never restart. */
  | 'overdue'
  /** Its earliest age is reached; not yet marked given, and before its 最迟完成时间 (or the schedule sets none). */
  | 'due'
  /** Its earliest age is still ahead. */
  | 'upcoming'
  /** The data do not settle this dose for this child: 请向接种门诊确认. */
  | 'confirm';

/** One dose on the child's timeline. */
export interface TimelineDose {
  key: string;
  seriesId: string;
  seriesName: string;
  code: string;
  /** Alternatives (乙脑减毒/灭活, 甲肝减毒/灭活) share a choice id. */
  choice: string | undefined;
  /** True when an alternative series of the same choice has a dose marked given: this one is not needed. */
  notChosen: boolean;
  dose: number;
  product: string | undefined;
  status: DoseStatus;
  /** Earliest date (for `confirm`, the earliest candidate). */
  date: CivilDate;
  /** The 最迟完成时间 as a date: the dose is overdue from this day on. */
  dueByDate: CivilDate | undefined;
  /** The deadline in words where the data give no date to compute (按原程序); shown, never used for the status. */
  dueByText: string | undefined;
  /** Intervals after earlier doses, in words (与第1剂间隔不少于6个月). */
  intervals: string[];
  note: string | undefined;
  /** Within `soonDays` of today, still ahead. */
  soon: boolean;
  /** For `confirm`: each edition's date, to take to the clinic. */
  candidates: { programmeId: string; date: CivilDate; product: string | undefined }[];
}

/** The key a given dose is stored under. */
export const toDoseKey = (seriesId: string, dose: number) => `${seriesId}:${dose}`;

/**
 * Every dose for a child born on `birthDate` (actual birth date, also for preterm babies), placed by the programme in
 * force (so the 2025-01-01 DTaP change applies by date), each with its status on `today`, in date order.
 * Doses marked given stay given; a late dose is `overdue` only from its 最迟完成时间 (due-by date) on — before that, or
 * when the schedule sets no deadline, it is `due` — and catching up means giving the missed doses, never restarting.
 */
export function buildVaccineTimeline(
  schedule: ImmunizationSchedule,
  birthDate: CivilDate,
  today: CivilDate,
  givenDoses: readonly string[],
  soonDays = 30,
): TimelineDose[] {
  const given = new Set(givenDoses);
  const plan = buildDosePlan(schedule, birthDate);
  const chosen = new Set(
    plan.filter((s) => s.series.choice && s.doses.some((d) => given.has(toDoseKey(s.series.id, d.dose)))).map((s) => `${s.series.choice}|${s.series.id}`),
  );
  const doses = plan.flatMap(({ series, doses }) =>
    doses.map((d): TimelineDose => {
      const key = toDoseKey(series.id, d.dose);
      const notChosen = Boolean(series.choice) && !chosen.has(`${series.choice}|${series.id}`) && [...chosen].some((c) => c.startsWith(`${series.choice}|`));
      const base = { key, seriesId: series.id, seriesName: series.name, code: series.code, choice: series.choice, notChosen, dose: d.dose };
      if (d.status === 'confirm-with-clinic') {
        const date = d.candidates.map((c) => c.date).sort()[0] ?? birthDate;
        return { ...base, product: undefined, status: given.has(key) ? 'given' : 'confirm', date, dueByDate: undefined, dueByText: undefined, intervals: [], note: undefined, soon: false, candidates: d.candidates };
      }
      const status: DoseStatus = given.has(key)
        ? 'given'
        : d.date > today
          ? 'upcoming'
          : d.dueByDate !== undefined && today >= d.dueByDate
            ? 'overdue'
            : 'due';
      const soon = status === 'upcoming' && daysBetween(today, d.date) <= soonDays;
      // A date-less deadline (dueByText alone) is shown beside the dose but never makes it overdue: the sources do not settle it.
      const dueByText = d.dueByDate === undefined ? d.dueByText : undefined;
      const intervals = d.intervals.map((i) => describeDoseInterval(i, schedule));
      return { ...base, product: d.product, status, date: d.date, dueByDate: d.dueByDate, dueByText, intervals, note: d.note, soon, candidates: [] };
    }),
  );
  return doses.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seriesId.localeCompare(b.seriesId) || a.dose - b.dose));
}
