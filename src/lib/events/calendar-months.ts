import { addMonths, type CivilDate } from '../age/civil-date';

/** The first days of the months the events calendar is built with: the build's month and the next. */
export function toCalendarMonths(buildDay: CivilDate, count = 2): CivilDate[] {
  const first = `${buildDay.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(first, i));
}

/**
 * The built months still worth showing on `today` (Asia/Shanghai): those not over yet. A site not rebuilt for longer
 * than its months keeps its last month on show rather than an empty calendar.
 */
export function selectCurrentMonths(months: readonly CivilDate[], today: CivilDate): CivilDate[] {
  const thisMonth = `${today.slice(0, 7)}-01`;
  const current = months.filter((m) => m >= thisMonth);
  const last = months.at(-1);
  return current.length > 0 || last === undefined ? current : [last];
}
