import type { GrowthRow } from './parse-growth-table';

/**
 * The table's row at `x` (age in months, fractional allowed, or cm for the weight-for-length/height tables):
 * the row itself when `x` is a row's `x`, otherwise every column interpolated linearly between the rows on either
 * side. WS/T 423—2022 age tables have a row every month to 24 months and then every 3 months (27, 30 … 81);
 * WHO's age tables a row every month. Outside the table's first and last rows the answer is `undefined`: a growth
 * reference is never extrapolated.
 *
 * Growth curves bend, so a straight line between rows runs slightly below them where growth is fastest: in the first
 * months a mid-month median can be ~0.15 cm (head, length) too low, about 0.1 SD; after that the difference is
 * negligible. (WHO's own software reads daily tables instead of interpolating monthly ones.)
 * In the WS/T 423 length/height table the 24-month row is standing height and the rows before it recumbent length,
 * so between 23 and 24 months the interpolated row leans towards height (see `toLengthOrHeight`).
 * @example interpolateGrowthRow(table, 25.5) // halfway between the 24- and 27-month rows
 */
export function interpolateGrowthRow<T extends { readonly rows: readonly GrowthRow[] }>(table: T, x: number): T['rows'][number] | undefined {
  type R = T['rows'][number];
  const rows: readonly R[] = table.rows;
  if (!Number.isFinite(x)) return undefined;
  const upper = rows.findIndex((row) => row.x >= x);
  if (upper === -1) return undefined;
  const hi = rows[upper];
  if (!hi || hi.x === x) return hi;
  const lo = rows[upper - 1];
  if (!lo) return undefined; // x is before the first row
  const t = (x - lo.x) / (hi.x - lo.x);
  const out: Record<string, number> = {};
  for (const [key, a] of Object.entries(lo)) {
    const b = (hi as Record<string, number>)[key] ?? NaN;
    out[key] = a + t * (b - a);
  }
  out['x'] = x;
  return out as R;
}
