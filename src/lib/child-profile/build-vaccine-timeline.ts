import type { ImmunizationSchedule } from '../../schemas/schedule';
import { daysBetween, type CivilDate } from '../age/civil-date';
import { buildDosePlan, type PlannedSeries } from '../schedule/build-dose-plan';
import { describeDoseInterval } from '../schedule/describe-dose-interval';
import type { ChildProfile } from './child-store';

/** Where a dose stands for this child today. */
export type DoseStatus =
  /** The parent marked it as given (from the vaccination certificate, or by answering 都按时打了). */
  | 'given'
  /** On or after its 最迟完成时间 (the due-by date) and not marked given: catch up, never restart. */
  | 'overdue'
  /** Its earliest age is reached; not yet marked given, and before its 最迟完成时间 (or the schedule sets none). */
  | 'due'
  /** Its earliest age is still ahead. */
  | 'upcoming'
  /** The data do not settle this dose for this child: 请向接种门诊确认. */
  | 'confirm'
  /**
   * Its date has come and it is not marked given, but the parent has not answered the first-use question yet: we do
   * not know, so it is never shown as overdue or as an alarm.
   */
  | 'unanswered';

/** What the timeline needs to know about the child's vaccines (all stored on the profile). */
export type ChildVaccineState = Pick<ChildProfile, 'givenDoses' | 'parentConfirmedDoses' | 'vaccineChoices' | 'vaccineAnswer'>;

/** One dose on the child's timeline. */
export interface TimelineDose {
  /**
   * `seriesId:dose` (the key a given dose is stored under); for the merged entry of an unresolved choice,
   * `choice:<choiceId>:<n>` (never stored as given: the parent says which vaccine it was first).
   */
  key: string;
  /** The series id; for a merged entry, `choice:<choiceId>`. */
  seriesId: string;
  /** The series name; for a merged entry, what the alternatives' names share (乙脑, 甲肝): show it with `child.choiceDoseName`. */
  seriesName: string;
  /** The series code; for a merged entry, the alternatives' codes joined by `/` (JE-L/JE-I). */
  code: string;
  /** Alternatives (乙脑减毒/灭活, 甲肝减毒/灭活) share a choice id. */
  choice: string | undefined;
  /**
   * Non-empty only on a merged entry of an unresolved choice: the series the parent (or the clinic) can choose from.
   * Once a series is chosen, its own doses appear instead and the other path's are absent.
   */
  alternatives: { seriesId: string; seriesName: string }[];
  /** The dose number in its series; for a merged entry, its position among the doses the alternatives share. */
  dose: number;
  product: string | undefined;
  status: DoseStatus;
  /** Marked given by answering 是的，都按时打了 (labelled 家长确认; the parent can still untick it). */
  confirmedByParent: boolean;
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

/** The key of the merged entry at position `n` of an unresolved choice. */
export const toChoiceKey = (choiceId: string, n: number) => `choice:${choiceId}:${n}`;

/**
 * The series taken for each choice: the one in `vaccineChoices` when it belongs to that choice, otherwise the first
 * series (in schedule order) with a dose marked given; a choice with neither is absent (按接种门诊安排).
 * @example resolveVaccineChoices(schedule, { givenDoses: ['je-i:1'], vaccineChoices: {} }) // { je: 'je-i' }
 */
export function resolveVaccineChoices(schedule: Pick<ImmunizationSchedule, 'series'>, vaccines: Pick<ChildVaccineState, 'givenDoses' | 'vaccineChoices'>): Record<string, string> {
  const given = new Set(vaccines.givenDoses);
  const resolved: Record<string, string> = {};
  for (const series of schedule.series) {
    if (!series.choice) continue;
    const explicit = vaccines.vaccineChoices[series.choice];
    const explicitValid = explicit !== undefined && schedule.series.some((s) => s.id === explicit && s.choice === series.choice);
    if (explicitValid) resolved[series.choice] = explicit;
    else if (resolved[series.choice] === undefined && [...given].some((k) => k.startsWith(`${series.id}:`))) resolved[series.choice] = series.id;
  }
  return resolved;
}

/** The longest start the names share (乙脑减毒活疫苗, 乙脑灭活疫苗 → 乙脑), or all names joined when they share none. */
function sharedName(names: string[]): string {
  const [first = ''] = names;
  let n = first.length;
  for (const name of names) while (n > 0 && name.slice(0, n) !== first.slice(0, n)) n -= 1;
  return n > 0 ? first.slice(0, n) : names.join('/');
}

interface StatusContext {
  today: CivilDate;
  answered: boolean;
  soonDays: number;
}

function statusOf(given: boolean, date: CivilDate, dueByDate: CivilDate | undefined, { today, answered }: StatusContext): DoseStatus {
  if (given) return 'given';
  if (date > today) return 'upcoming';
  if (!answered) return 'unanswered';
  return dueByDate !== undefined && today >= dueByDate ? 'overdue' : 'due';
}

/**
 * One entry per dose the alternatives of an unresolved choice share. Paths differ in length (乙脑减毒 has 2 doses at
 * 8 months and 2 years; 乙脑灭活 has 4, at 8 months, 7–10 days later, 2 and 6 years), so the entries are the dates on
 * which every path has a dose (乙脑: 8 months and 2 years; 甲肝: 18 months): what the parent can count on whichever
 * vaccine the clinic gives. The extra doses of one path appear once that path is chosen. An entry is overdue only
 * when every path's dose on that date is (its due-by date is the latest of theirs, none if any path sets none).
 * If the paths share no date at all, one entry stands at the earliest first dose.
 */
function mergeUnresolvedChoice(choiceId: string, alternatives: PlannedSeries[], ctx: StatusContext): TimelineDose[] {
  const scheduledOf = (p: PlannedSeries) => p.doses.flatMap((d) => (d.status === 'scheduled' ? [d] : []));
  const paths = alternatives.map(scheduledOf);
  const [firstPath = []] = paths;
  let dates = [...new Set(firstPath.map((d) => d.date))].filter((date) => paths.every((p) => p.some((d) => d.date === date))).sort();
  if (dates.length === 0) {
    const earliest = paths.flatMap((p) => (p[0] ? [p[0].date] : [])).sort()[0];
    dates = earliest ? [earliest] : [];
  }
  const names = alternatives.map((a) => a.series.name);
  return dates.map((date, i): TimelineDose => {
    const atDate = paths.map((p) => p.find((d) => d.date === date) ?? p[0]);
    const deadlines = atDate.map((d) => d?.dueByDate);
    const dueByDate = deadlines.every((d) => d !== undefined) ? deadlines.sort().at(-1) : undefined;
    const status = statusOf(false, date, dueByDate, ctx);
    return {
      key: toChoiceKey(choiceId, i + 1),
      seriesId: `choice:${choiceId}`,
      seriesName: sharedName(names),
      code: alternatives.map((a) => a.series.code).join('/'),
      choice: choiceId,
      alternatives: alternatives.map((a) => ({ seriesId: a.series.id, seriesName: a.series.name })),
      dose: i + 1,
      product: undefined,
      status,
      confirmedByParent: false,
      date,
      dueByDate,
      dueByText: undefined,
      intervals: [],
      // The series' own note (「…两种，选其中一种接种即可」) would repeat what the alternatives line says.
      note: undefined,
      soon: status === 'upcoming' && daysBetween(ctx.today, date) <= ctx.soonDays,
      candidates: [],
    };
  });
}

/**
 * Every dose for a child born on `birthDate` (actual birth date, also for preterm babies), placed by the programme in
 * force (so the 2025-01-01 DTaP change applies by date), each with its status on `today`, in date order.
 * Doses marked given stay given; a late dose is `overdue` only from its 最迟完成时间 (due-by date) on — before that, or
 * when the schedule sets no deadline, it is `due` — and catching up means giving the missed doses, never restarting.
 * Until the parent answers the first-use question (`vaccines.vaccineAnswer`), a dose whose date has come is
 * `unanswered`, never `due` or `overdue`. Alternatives: only the chosen series' doses (see `resolveVaccineChoices`);
 * a choice not made yet shows merged entries (see `mergeUnresolvedChoice`), never both paths.
 */
export function buildVaccineTimeline(
  schedule: ImmunizationSchedule,
  birthDate: CivilDate,
  today: CivilDate,
  vaccines: ChildVaccineState,
  soonDays = 30,
): TimelineDose[] {
  const given = new Set(vaccines.givenDoses);
  const confirmed = new Set(vaccines.parentConfirmedDoses);
  const ctx: StatusContext = { today, answered: vaccines.vaccineAnswer !== undefined, soonDays };
  const chosen = resolveVaccineChoices(schedule, vaccines);
  const plan = buildDosePlan(schedule, birthDate);
  const unresolved = new Map<string, PlannedSeries[]>();
  const doses: TimelineDose[] = [];
  for (const planned of plan) {
    const { series } = planned;
    if (series.choice && chosen[series.choice] === undefined) {
      unresolved.set(series.choice, [...(unresolved.get(series.choice) ?? []), planned]);
      continue;
    }
    if (series.choice && chosen[series.choice] !== series.id) continue; // the other path: absent
    for (const d of planned.doses) {
      const key = toDoseKey(series.id, d.dose);
      const isGiven = given.has(key);
      const base = { key, seriesId: series.id, seriesName: series.name, code: series.code, choice: series.choice, alternatives: [], dose: d.dose, confirmedByParent: isGiven && confirmed.has(key) };
      if (d.status === 'confirm-with-clinic') {
        const date = d.candidates.map((c) => c.date).sort()[0] ?? birthDate;
        doses.push({ ...base, product: undefined, status: isGiven ? 'given' : 'confirm', date, dueByDate: undefined, dueByText: undefined, intervals: [], note: undefined, soon: false, candidates: d.candidates });
        continue;
      }
      const status = statusOf(isGiven, d.date, d.dueByDate, ctx);
      const soon = status === 'upcoming' && daysBetween(today, d.date) <= soonDays;
      // A date-less deadline (dueByText alone) is shown beside the dose but never makes it overdue: the sources do not settle it.
      const dueByText = d.dueByDate === undefined ? d.dueByText : undefined;
      const intervals = d.intervals.map((i) => describeDoseInterval(i, schedule));
      doses.push({ ...base, product: d.product, status, date: d.date, dueByDate: d.dueByDate, dueByText, intervals, note: d.note, soon, candidates: [] });
    }
  }
  for (const [choiceId, alternatives] of unresolved) doses.push(...mergeUnresolvedChoice(choiceId, alternatives, ctx));
  return doses.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seriesId.localeCompare(b.seriesId) || a.dose - b.dose));
}
