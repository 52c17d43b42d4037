import { interpolateGrowthRow } from './interpolate-growth-row';
import {
  PERCENTILE_COLUMNS,
  SD_COLUMNS,
  type ChineseGrowthRow,
  type ChineseGrowthTable,
  type PercentileColumn,
  type SdColumn,
} from './parse-growth-table';

/** The eight bands the seven percentile lines make, lowest first. */
export const PERCENTILE_BANDS = ['below-P3', 'P3-P10', 'P10-P25', 'P25-P50', 'P50-P75', 'P75-P90', 'P90-P97', 'above-P97'] as const;
/** The eight bands the seven SD lines make, lowest first. */
export const SD_BANDS = [
  'below-SD3neg',
  'SD3neg-SD2neg',
  'SD2neg-SD1neg',
  'SD1neg-SD0',
  'SD0-SD1',
  'SD1-SD2',
  'SD2-SD3',
  'above-SD3',
] as const;

export type PercentileBand = (typeof PERCENTILE_BANDS)[number];
export type SdBand = (typeof SD_BANDS)[number];

/**
 * How close to a line a value must be to be called "near" it: within this share of the distance from that line to
 * the next line on the value's side. Each band is thus read as: first quarter "near" its lower line, middle half
 * "between" the two lines, last quarter "near" its upper line.
 */
export const NEAR_LINE_SHARE = 0.25;

/** Where a measurement falls on a WS/T 423—2022 table at an age. */
export interface ChinesePlacement {
  measurement: number;
  ageMonths: number;
  /** The table's row at this age (interpolated between rows). */
  reference: ChineseGrowthRow;
  /**
   * The band among P3 … P97. A value on a line belongs to the band above it, except that P97 itself is in P90–P97:
   * "below P3" means strictly below P3 and "above P97" strictly above P97.
   */
  percentileBand: PercentileBand;
  /** The line the value is near (see `NEAR_LINE_SHARE`), if any; never set below P3 or above P97. */
  nearLine: PercentileColumn | undefined;
  /** Plain Chinese for a parent or grandparent, e.g. "在第 50 百分位附近", "在第 25 到第 50 百分位之间", "低于第 3 百分位". */
  phrase: string;
  /** The band among −3SD … +3SD, by the same rule as `percentileBand`. */
  sdBand: SdBand;
  /**
   * An approximate z-score read from the SD columns: straight lines between them (the standard publishes no LMS
   * parameters), extended past ±3 SD with the 2–3 SD step.
   */
  approximateZ: number;
  /** e.g. "在 -1SD 到中位数之间", "低于 -3SD". */
  sdPhrase: string;
}

const SD_LABELS: Record<SdColumn, string> = {
  SD3neg: '-3SD',
  SD2neg: '-2SD',
  SD1neg: '-1SD',
  SD0: '中位数',
  SD1: '+1SD',
  SD2: '+2SD',
  SD3: '+3SD',
};

const percentileNumber = (line: PercentileColumn) => line.slice(1);
// Spaces around "-1SD", none around "中位数": "在 -1SD 到中位数之间".
const sdLabel = (line: SdColumn | undefined) => (line === 'SD0' || !line ? SD_LABELS.SD0 : ` ${SD_LABELS[line]} `);

/** Index 0 … 7 of the band `value` falls in among ascending `lines` (see `ChinesePlacement.percentileBand`). */
function toBandIndex(value: number, lines: readonly number[]): number {
  const last = lines.length - 1;
  if (value > (lines[last] ?? NaN)) return last + 1;
  if (value === lines[last]) return last;
  return lines.filter((line) => value >= line).length;
}

function toApproximateZ(value: number, sd: readonly number[]): number {
  const at = (i: number) => sd[i] ?? NaN;
  if (value < at(0)) return -3 + (value - at(0)) / (at(1) - at(0));
  if (value > at(6)) return 3 + (value - at(6)) / (at(6) - at(5));
  const i = Math.min(Math.max(toBandIndex(value, sd) - 1, 0), 5);
  return i - 3 + (value - at(i)) / (at(i + 1) - at(i));
}

/**
 * Places a measurement (kg or cm) on a WS/T 423—2022 age table at an age in months (fractional allowed): the
 * percentile band with a plain-Chinese phrase, and an approximate SD band and z-score. `undefined` outside the
 * table's ages (never extrapolated). Throws a RangeError for a measurement that is not a positive number.
 * @example placeOnChineseStandard(10.0, weightBoys, 12)?.phrase // "在第 50 百分位附近"
 */
export function placeOnChineseStandard(measurement: number, table: ChineseGrowthTable, ageMonths: number): ChinesePlacement | undefined {
  if (table.axis !== 'month') throw new RangeError(`需要按月龄的表，而不是 ${table.axis} (an age table is required)`);
  if (!(measurement > 0) || !Number.isFinite(measurement)) throw new RangeError(`测量值须为正数：${measurement} (measurement must be positive)`);
  const reference = interpolateGrowthRow(table, ageMonths);
  if (!reference) return undefined;

  const p = PERCENTILE_COLUMNS.map((c) => reference[c]);
  const band = toBandIndex(measurement, p);
  let nearLine: PercentileColumn | undefined;
  let phrase: string;
  if (band === 0) phrase = '低于第 3 百分位';
  else if (band === 7) phrase = '高于第 97 百分位';
  else {
    const [lo, hi] = [PERCENTILE_COLUMNS[band - 1] ?? 'P3', PERCENTILE_COLUMNS[band] ?? 'P97'];
    const [loValue, hiValue] = [reference[lo], reference[hi]];
    const gap = hiValue - loValue;
    if (measurement - loValue <= NEAR_LINE_SHARE * gap) nearLine = lo;
    else if (hiValue - measurement <= NEAR_LINE_SHARE * gap) nearLine = hi;
    phrase = nearLine
      ? `在第 ${percentileNumber(nearLine)} 百分位附近`
      : `在第 ${percentileNumber(lo)} 到第 ${percentileNumber(hi)} 百分位之间`;
  }

  const sd = SD_COLUMNS.map((c) => reference[c]);
  const sdIndex = toBandIndex(measurement, sd);
  const sdPhrase = (
    sdIndex === 0
      ? `低于${sdLabel('SD3neg')}`
      : sdIndex === 7
        ? `高于${sdLabel('SD3')}`
        : `在${sdLabel(SD_COLUMNS[sdIndex - 1])}到${sdLabel(SD_COLUMNS[sdIndex])}之间`
  ).trim();

  return {
    measurement,
    ageMonths,
    reference,
    percentileBand: PERCENTILE_BANDS[band] ?? 'below-P3',
    nearLine,
    phrase,
    sdBand: SD_BANDS[sdIndex] ?? 'below-SD3neg',
    approximateZ: toApproximateZ(measurement, sd),
    sdPhrase,
  };
}
