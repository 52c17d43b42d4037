import type { WhoGrowthTable } from './parse-growth-table';

/** How a child's body length is measured: lying down (`length`) or standing (`height`). */
export type LengthOrHeight = 'length' | 'height';

/** The age, in months, from which the standards expect standing height instead of recumbent length. */
export const HEIGHT_FROM_MONTHS = 24;

/**
 * The measurement position the standards expect at an age: recumbent **length** before 24 months, standing
 * **height** from 24 months. Both WS/T 423—2022 (“2 岁以下适用于身长，2～7 岁以下适用于身高”) and WHO follow this.
 *
 * - WS/T 423—2022 has one length/height table with a single 24-month row, which is already standing height; between
 *   23 and 24 months an interpolated row therefore blends length (23 months) with height (24 months), and its
 *   median rises only 0.2 cm over that month instead of about 1 cm.
 * - WHO has two tables, length 0–24 months and height 24–60 months, both with a 24-month row (boys' median
 *   87.8 cm lying, 87.1 cm standing); `selectWhoLengthHeightTable` picks one by age.
 *
 * A child measured the other way should be measured again the expected way; this library does not convert
 * between the two (WHO's rule of thumb is that standing height is 0.7 cm less than lying length).
 * @example toLengthOrHeight(23.9) // 'length'
 */
export function toLengthOrHeight(ageMonths: number): LengthOrHeight {
  return ageMonths < HEIGHT_FROM_MONTHS ? 'length' : 'height';
}

/**
 * WHO's length table (0–24 months) before 24 months and its height table (24–60 months) from 24 months.
 * @example selectWhoLengthHeightTable(24, { length, height }) === height
 */
export function selectWhoLengthHeightTable(
  ageMonths: number,
  tables: { readonly length: WhoGrowthTable; readonly height: WhoGrowthTable },
): WhoGrowthTable {
  return tables[toLengthOrHeight(ageMonths)];
}
