import { toBandRange, type AgeBandId } from '../age/age-bands';
import type { WarningSignRow } from '../../schemas/warning-signs';

/**
 * The table rows a band shows: ages after the band's start up to and including its end, the same
 * rule the milestone checkpoints follow (the 6-month row belongs to 0–6个月, 72 months to 3–6岁).
 * Pregnancy has none.
 * @example toBandWarningRows(rows, '2-3y').map((r) => r.ageMonths) // [30, 36]
 */
export function toBandWarningRows<R extends Pick<WarningSignRow, 'ageMonths'>>(rows: readonly R[], band: AgeBandId): R[] {
  const range = toBandRange(band);
  if (!range) return [];
  return rows.filter((r) => r.ageMonths > range.fromMonths && r.ageMonths <= range.toMonths);
}
