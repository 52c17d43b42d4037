import type { AgeOffset, CheckupSchedule, ImmunizationSchedule, Programme } from '../../schemas/schedule';
import type { AgeBandId } from '../age/age-bands';
import { toBandRange } from '../age/age-bands';
import type { CivilDate } from '../age/civil-date';
import { toMonths } from './age-offset';
import { describeDoseInterval, describeDueBy } from './describe-dose-interval';

/** A dose as it appears on a band page: by age, not by date. */
export interface BandDose {
  seriesId: string;
  seriesName: string;
  /** Alternatives share a choice id (乙脑减毒 / 乙脑灭活). */
  choice: string | undefined;
  dose: number;
  product: string | undefined;
  age: AgeOffset;
  /** The 最迟完成时间 in words (12月龄前, 出生后24小时内, 按原程序), when the schedule sets one. */
  dueBy: string | undefined;
  /** Intervals after earlier doses, in words (与第1剂间隔不少于3个月). */
  intervals: string[];
  note: string | undefined;
  /** The series changed its programme on a date; the page links the caveat. */
  changedRecently: boolean;
}

function isInForceOn(programme: Programme, date: CivilDate): boolean {
  const from = programme.effectiveFrom?.toISOString().slice(0, 10);
  const until = programme.effectiveUntil?.toISOString().slice(0, 10);
  return (from === undefined || date >= from) && (until === undefined || date <= until);
}

function isInBand(age: AgeOffset, band: AgeBandId): boolean {
  const range = toBandRange(band);
  if (!range) return false;
  const months = toMonths(age);
  return months >= range.fromMonths && months < range.toMonths;
}

/**
 * The doses due within a band for a child born on `bornOn` (by default a child born today: the
 * programme in force now), sorted by age.
 */
export function buildBandDoses(schedule: ImmunizationSchedule, band: AgeBandId, bornOn: CivilDate): BandDose[] {
  return schedule.series
    .flatMap((series) => {
      const programme = series.programmes.find((p) => isInForceOn(p, bornOn)) ?? series.programmes.at(-1);
      if (!programme) return [];
      return programme.doses
        .filter((d) => isInBand(d.age, band))
        .map((d) => ({
          seriesId: series.id,
          seriesName: series.name,
          choice: series.choice,
          dose: d.dose,
          product: d.product,
          age: d.age,
          dueBy: describeDueBy(d),
          intervals: (d.intervals ?? []).map((i) => describeDoseInterval(i, schedule)),
          note: d.note,
          changedRecently: series.programmes.length > 1,
        }));
    })
    .sort((a, b) => toMonths(a.age) - toMonths(b.age));
}

/** The check-up visits due within a band, in order. */
export function buildBandCheckups(schedule: CheckupSchedule, band: AgeBandId): CheckupSchedule['visits'] {
  return schedule.visits.filter((v) => isInBand(v.age, band)).sort((a, b) => toMonths(a.age) - toMonths(b.age));
}

/** The age of one dose under the programme in force for a child born on `bornOn`, or undefined. */
export function findDoseAge(schedule: ImmunizationSchedule, seriesId: string, dose: number, bornOn: CivilDate): AgeOffset | undefined {
  const series = schedule.series.find((s) => s.id === seriesId);
  const programme = series?.programmes.find((p) => isInForceOn(p, bornOn)) ?? series?.programmes.at(-1);
  return programme?.doses.find((d) => d.dose === dose)?.age;
}
