import type { AgeOffset, DoseInterval, ImmunizationSchedule } from '../../schemas/schedule';
import { formatAge } from './age-offset';

const UNITS = [
  ['years', '年'],
  ['months', '个月'],
  ['days', '天'],
] as const;

/** A length of time in the words the schedule uses: 7天, 3个月, 12个月, 3年, 1年6个月. */
export function formatDuration(d: AgeOffset): string {
  return UNITS.map(([field, word]) => (d[field] > 0 ? `${d[field]}${word}` : '')).join('') || '0天';
}

/** The one unit a duration is given in (3个月 → months), or undefined when it mixes units. */
function singleUnit(d: AgeOffset): (typeof UNITS)[number] | undefined {
  const used = UNITS.filter(([field]) => d[field] > 0);
  return used.length === 1 ? used[0] : undefined;
}

/**
 * One interval rule of a dose in plain words, naming the earlier dose's series only when it is another one.
 * @example describeDoseInterval({ dose: 1, atLeast: { months: 3 } }, schedule) // 与第1剂间隔不少于3个月
 * @example describeDoseInterval({ series: 'mpsv-a', dose: 2, atLeast: { months: 12 } }, schedule) // 与A群流脑多糖疫苗第2剂间隔不少于12个月
 */
export function describeDoseInterval(interval: DoseInterval, schedule: Pick<ImmunizationSchedule, 'series'>): string {
  const other = interval.series === undefined ? '' : (schedule.series.find((s) => s.id === interval.series)?.name ?? interval.series);
  const earlier = `与${other}第${interval.dose}剂`;
  if (interval.atMost === undefined) return `${earlier}间隔不少于${formatDuration(interval.atLeast)}`;
  // A range in one unit reads 7–10天; mixed units are written out in full.
  const unit = singleUnit(interval.atLeast);
  if (unit && unit === singleUnit(interval.atMost)) return `${earlier}间隔${interval.atLeast[unit[0]]}–${interval.atMost[unit[0]]}${unit[1]}`;
  return `${earlier}间隔${formatDuration(interval.atLeast)}到${formatDuration(interval.atMost)}`;
}

/** A dose's deadline in words: the text the data give, else the age it must be done before (12月龄前, 3岁前). */
export function describeDueBy(dose: { dueBy?: AgeOffset | undefined; dueByText?: string | undefined }): string | undefined {
  if (dose.dueByText !== undefined) return dose.dueByText;
  return dose.dueBy === undefined ? undefined : `${formatAge(dose.dueBy)}前`;
}
