import { interpolateGrowthRow } from './interpolate-growth-row';
import { normalCdf } from './normal-cdf';
import type { WhoGrowthRow, WhoGrowthTable } from './parse-growth-table';
import { toWhoZScore } from './to-who-z-score';

/** The age-based WHO indicators this library places children on. */
export type WhoIndicator = 'weight-for-age' | 'length-height-for-age' | 'head-circumference-for-age';

/** Where a measurement falls on a WHO table at an age. */
export interface WhoPlacement {
  measurement: number;
  ageMonths: number;
  /** The table's row at this age (interpolated between monthly rows). */
  reference: WhoGrowthRow;
  /** WHO z-score (restricted beyond ±3 SD for weight-for-age). */
  z: number;
  /** Percentile, 0–100, from the standard normal distribution. */
  percentile: number;
  /** Plain Chinese, e.g. "大约在第 62 百分位". */
  phrase: string;
}

function toWhoPhrase(percentile: number): string {
  if (percentile < 1) return '低于第 1 百分位';
  if (percentile > 99) return '高于第 99 百分位';
  return `大约在第 ${Math.round(percentile)} 百分位`;
}

/**
 * Places a measurement on a WHO table at an age in months (fractional allowed): z-score from the row's L, M, S and
 * the percentile it implies. `undefined` outside the table's ages. For length/height pass the table chosen by
 * `selectWhoLengthHeightTable`.
 * @example placeOnWhoStandard(3.3464, whoWeightBoys, 0, 'weight-for-age')?.percentile // 50
 */
export function placeOnWhoStandard(
  measurement: number,
  table: WhoGrowthTable,
  ageMonths: number,
  indicator: WhoIndicator,
): WhoPlacement | undefined {
  if (table.axis !== 'month') throw new RangeError(`需要按月龄的表，而不是 ${table.axis} (an age table is required)`);
  const reference = interpolateGrowthRow(table, ageMonths);
  if (!reference) return undefined;
  const z = toWhoZScore(measurement, reference, { weightBased: indicator === 'weight-for-age' });
  const percentile = 100 * normalCdf(z);
  return { measurement, ageMonths, reference, z, percentile, phrase: toWhoPhrase(percentile) };
}
