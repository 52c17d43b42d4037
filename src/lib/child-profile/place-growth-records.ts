import type { CivilDate } from '../age/civil-date';
import { findGrowthConcerns, type GrowthConcern } from '../growth/find-growth-concerns';
import { interpolateGrowthRow } from '../growth/interpolate-growth-row';
import { PERCENTILE_COLUMNS, type ChineseGrowthTable, type GrowthTable, type WhoGrowthTable } from '../growth/parse-growth-table';
import { placeOnChineseStandard, type PercentileBand } from '../growth/place-on-chinese-standard';
import { placeOnWhoStandard, type WhoIndicator } from '../growth/place-on-who-standard';
import { toCorrectedAgeMonths } from '../growth/to-corrected-age-months';
import { toLengthOrHeight, type LengthOrHeight } from '../growth/to-length-or-height';
import { toWhoMeasurement } from '../growth/to-who-z-score';
import type { ChildSex, GrowthRecord } from './child-store';

export type GrowthIndicator = 'weight' | 'length' | 'head';
export type GrowthStandard = 'chinese' | 'who';
/** Parsed tables keyed by file name without `.csv`, e.g. `cn-wst423-2022-weight-for-age-boys`. */
export type GrowthTables = Readonly<Record<string, GrowthTable | undefined>>;

/** z-scores of the seven percentile lines P3 … P97, to draw WHO's curves from L, M, S. */
export const PERCENTILE_Z = [-1.8808, -1.2816, -0.6745, 0, 0.6745, 1.2816, 1.8808] as const;

const CHINESE_FILES: Record<GrowthIndicator, string> = {
  weight: 'cn-wst423-2022-weight-for-age',
  length: 'cn-wst423-2022-length-height-for-age',
  head: 'cn-wst423-2022-head-circumference-for-age',
};
const WHO_INDICATORS: Record<GrowthIndicator, WhoIndicator> = { weight: 'weight-for-age', length: 'length-height-for-age', head: 'head-circumference-for-age' };

const suffix = (sex: ChildSex) => (sex === 'boy' ? 'boys' : 'girls');

/** The WS/T 423—2022 age table for an indicator and sex, if loaded. */
export function chineseTable(tables: GrowthTables, indicator: GrowthIndicator, sex: ChildSex): ChineseGrowthTable | undefined {
  const t = tables[`${CHINESE_FILES[indicator]}-${suffix(sex)}`];
  return t?.kind === 'wst423' ? t : undefined;
}

/** WHO's table for the indicator at an age: length (lying) before 24 months, height (standing) from 24. */
function whoTable(tables: GrowthTables, indicator: GrowthIndicator, sex: ChildSex, ageMonths: number): WhoGrowthTable | undefined {
  const name =
    indicator === 'weight' ? 'who-weight-for-age' : indicator === 'head' ? 'who-head-circumference-for-age' : toLengthOrHeight(ageMonths) === 'length' ? 'who-length-for-age' : 'who-height-for-age';
  const t = tables[`${name}-${suffix(sex)}`];
  return t?.kind === 'who' ? t : undefined;
}

/**
 * The seven percentile values P3 … P97 at an age (fractional months), interpolated between rows, or undefined outside
 * the standard's ages. WHO's lines are computed from L, M, S at the z-scores of those percentiles.
 */
export function toPercentileLinesAt(tables: GrowthTables, standard: GrowthStandard, indicator: GrowthIndicator, sex: ChildSex, ageMonths: number): number[] | undefined {
  if (standard === 'chinese') {
    const table = chineseTable(tables, indicator, sex);
    const row = table && interpolateGrowthRow(table, ageMonths);
    return row ? PERCENTILE_COLUMNS.map((c) => row[c]) : undefined;
  }
  const table = whoTable(tables, indicator, sex, ageMonths);
  const row = table && interpolateGrowthRow(table, ageMonths);
  return row ? PERCENTILE_Z.map((z) => toWhoMeasurement(z, row)) : undefined;
}

/** One measurement placed on the chosen standard. */
export interface PlacedGrowthPoint {
  recordId: string;
  date: CivilDate;
  /** Age read on the chart: corrected age for a preterm baby before 24 months. */
  ageMonths: number;
  value: number;
  /** Plain words, e.g. "在第 50 百分位附近"; undefined outside the standard's ages. */
  phrase: string | undefined;
  /** Lying length or standing height, as the standards expect at this age. */
  position: LengthOrHeight;
  /** The band among P3 … P97 on the chosen standard (for 所处水平, see `describeGrowthLevel`); undefined outside its ages. */
  percentileBand: PercentileBand | undefined;
}

/** WHO's percentile (0–100) as a band among P3 … P97, by the Chinese placement's rule (P97 itself is in P90–P97). */
export function toPercentileBand(percentile: number): PercentileBand {
  if (percentile < 3) return 'below-P3';
  if (percentile < 10) return 'P3-P10';
  if (percentile < 25) return 'P10-P25';
  if (percentile < 50) return 'P25-P50';
  if (percentile < 75) return 'P50-P75';
  if (percentile < 90) return 'P75-P90';
  return percentile <= 97 ? 'P90-P97' : 'above-P97';
}

export interface PlacedGrowth {
  points: PlacedGrowthPoint[];
  /** Gentle flags (below P3, above P97, a fall or rise across two major lines), by the Chinese standard. */
  concerns: GrowthConcern[];
}

const VALUE: Record<GrowthIndicator, keyof GrowthRecord> = { weight: 'weightKg', length: 'lengthCm', head: 'headCm' };

/**
 * Places a child's measurements of one indicator, oldest first, on the chosen standard, and finds what to flag.
 * Flags always use WS/T 423—2022, the standard Chinese child-health clinics use, whichever chart is shown.
 */
export function placeGrowthRecords(
  records: readonly GrowthRecord[],
  options: { birthDate: CivilDate; gestationWeeks: number | undefined; sex: ChildSex; indicator: GrowthIndicator; standard: GrowthStandard; tables: GrowthTables },
): PlacedGrowth {
  const { birthDate, sex, indicator, standard, tables } = options;
  const measured = records
    .flatMap((r) => {
      const value = r[VALUE[indicator]];
      return typeof value === 'number' && r.date >= birthDate ? [{ record: r, value }] : [];
    })
    .sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : 0));
  const chinese = chineseTable(tables, indicator, sex);
  const concernsInput = [];
  const points: PlacedGrowthPoint[] = [];
  for (const { record, value } of measured) {
    const ageMonths = toCorrectedAgeMonths(birthDate, record.date, options.gestationWeeks ?? 40);
    const cn = chinese ? placeOnChineseStandard(value, chinese, ageMonths) : undefined;
    if (cn) concernsInput.push({ date: record.date, placement: cn });
    let phrase: string | undefined;
    let percentileBand: PercentileBand | undefined;
    if (standard === 'chinese') {
      phrase = cn?.phrase;
      percentileBand = cn?.percentileBand;
    } else {
      const table = whoTable(tables, indicator, sex, ageMonths);
      const who = table ? placeOnWhoStandard(value, table, ageMonths, WHO_INDICATORS[indicator]) : undefined;
      phrase = who?.phrase;
      percentileBand = who ? toPercentileBand(who.percentile) : undefined;
    }
    points.push({ recordId: record.id, date: record.date, ageMonths, value, phrase, position: toLengthOrHeight(ageMonths), percentileBand });
  }
  return { points, concerns: findGrowthConcerns(concernsInput) };
}
