import type { CivilDate } from '../age/civil-date';

/**
 * A civil date the way Chinese readers write it.
 * @example formatChineseDate('2026-03-05') // '2026年3月5日'
 */
export function formatChineseDate(date: CivilDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The civil date of a Date parsed from YAML (midnight UTC). */
export function toCivil(date: Date): CivilDate {
  return date.toISOString().slice(0, 10);
}
