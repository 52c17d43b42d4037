import type { Dose, DoseInterval, ImmunizationSchedule, Programme, VaccineSeries } from '../../schemas/schedule';
import type { CivilDate } from '../age/civil-date';
import { isSameAge, toDateAtAge } from './age-offset';

/** One dose placed for one child. */
export type PlannedDose =
  | {
      status: 'scheduled';
      seriesId: string;
      dose: number;
      /** The product given, when it differs from the series name. */
      product: string | undefined;
      /** Earliest date for the dose. */
      date: CivilDate;
      /** The 最迟完成时间 as a date, when the schedule sets one: the dose is overdue from this day on. */
      dueByDate: CivilDate | undefined;
      /** The deadline in words where the data give them (出生后24小时内, 按原程序). */
      dueByText: string | undefined;
      /** Intervals after earlier doses, as in the data. */
      intervals: DoseInterval[];
      note: string | undefined;
      /** The programme (edition) that placed the dose. */
      programmeId: string;
    }
  | {
      /** The schedule data do not settle this dose for this child: the page says 请向接种门诊确认. */
      status: 'confirm-with-clinic';
      seriesId: string;
      dose: number;
      /** The candidate dates under each edition, for the clinic conversation. */
      candidates: { programmeId: string; date: CivilDate; product: string | undefined }[];
    };

/** A series with its doses placed for one child. */
export interface PlannedSeries {
  series: VaccineSeries;
  doses: PlannedDose[];
}

function toIso(date: Date | undefined): CivilDate | undefined {
  return date?.toISOString().slice(0, 10);
}

/** The programme is in force on `date`. */
function isInForce(programme: Programme, date: CivilDate): boolean {
  const from = toIso(programme.effectiveFrom);
  const until = toIso(programme.effectiveUntil);
  return (from === undefined || date >= from) && (until === undefined || date <= until);
}

function scheduled(series: VaccineSeries, programme: Programme, dose: Dose, birthDate: CivilDate): PlannedDose {
  return {
    status: 'scheduled',
    seriesId: series.id,
    dose: dose.dose,
    product: dose.product,
    date: toDateAtAge(birthDate, dose.age),
    dueByDate: dose.dueBy ? toDateAtAge(birthDate, dose.dueBy) : undefined,
    dueByText: dose.dueByText,
    intervals: dose.intervals ?? [],
    note: dose.note,
    programmeId: programme.id,
  };
}

/**
 * Places every dose of one series for a child born on `birthDate`.
 *
 * A programme that places every one of its doses inside its own period of force covers the child
 * alone. Otherwise the child straddles a change of schedule, and each dose is decided on its own:
 * it is placed when every programme agrees on its age and product, or when an earlier programme
 * placed it while still in force (the dose was due before the change); anything else is left to the
 * clinic, because the data hold no transition rule and guessing one could mislead a parent.
 */
export function buildSeriesPlan(series: VaccineSeries, birthDate: CivilDate): PlannedSeries {
  const covering = series.programmes.find((p) =>
    p.doses.every((d) => isInForce(p, toDateAtAge(birthDate, d.age))),
  );
  if (covering) {
    return { series, doses: covering.doses.map((d) => scheduled(series, covering, d, birthDate)) };
  }
  const doseNumbers = [...new Set(series.programmes.flatMap((p) => p.doses.map((d) => d.dose)))].sort((a, b) => a - b);
  const doses = doseNumbers.map((n): PlannedDose => {
    const options = series.programmes.flatMap((p) => {
      const dose = p.doses.find((d) => d.dose === n);
      return dose ? [{ programme: p, dose, date: toDateAtAge(birthDate, dose.age) }] : [];
    });
    const [first] = options;
    const allAgree =
      options.length === series.programmes.length &&
      options.every((o) => first && isSameAge(o.dose.age, first.dose.age) && o.dose.product === first.dose.product);
    const chosen = allAgree
      ? (options.find((o) => isInForce(o.programme, o.date)) ?? first)
      : options.find((o) => o.programme.effectiveUntil !== undefined && isInForce(o.programme, o.date));
    if (chosen) return scheduled(series, chosen.programme, chosen.dose, birthDate);
    return {
      status: 'confirm-with-clinic',
      seriesId: series.id,
      dose: n,
      candidates: options.map((o) => ({ programmeId: o.programme.id, date: o.date, product: o.dose.product })),
    };
  });
  return { series, doses };
}

/**
 * The whole immunisation plan for a child born on `birthDate`: every series, every dose placed or
 * marked for the clinic. Preterm babies are vaccinated by actual age, so pass the real birth date.
 * @example buildDosePlan(schedule, '2025-03-01').find(s => s.series.id === 'mmr')
 */
export function buildDosePlan(schedule: ImmunizationSchedule, birthDate: CivilDate): PlannedSeries[] {
  return schedule.series.map((s) => buildSeriesPlan(s, birthDate));
}
