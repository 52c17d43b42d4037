import { parseCivilDate, type CivilDate } from '../age/civil-date';
import { interpolateGrowthRow } from '../growth/interpolate-growth-row';
import type { ChineseGrowthRow } from '../growth/parse-growth-table';
import { toCorrectedAgeMonths } from '../growth/to-corrected-age-months';
import { toLengthOrHeight } from '../growth/to-length-or-height';
import type { MessageKey } from '../i18n/zh-CN';
import type { ChildSex, GrowthRecord } from './child-store';
import { chineseTable, type GrowthIndicator, type GrowthTables } from './place-growth-records';
import { toChildAge } from './to-child-age';

/** The form's fields, as typed. */
export interface GrowthInput {
  date: string;
  weightKg: string;
  lengthCm: string;
  headCm: string;
}
export type GrowthInputField = 'date' | 'weightKg' | 'lengthCm' | 'headCm' | 'form';
/** A message for one field (or for the whole form), to show next to it. */
export interface GrowthInputProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}
export interface GrowthInputCheck {
  /** Set only when there is no problem at all: what to save. */
  record?: Omit<GrowthRecord, 'id'>;
  problems: Partial<Record<GrowthInputField, GrowthInputProblem>>;
}

type MeasureField = 'weightKg' | 'lengthCm' | 'headCm';
const INDICATOR: Record<MeasureField, GrowthIndicator> = { weightKg: 'weight', lengthCm: 'length', headCm: 'head' };
/** The limits the stored data accept (`parseChildStore`), used where no table applies (past 81 months). */
export const GROWTH_VALUE_LIMITS: Record<MeasureField, [min: number, max: number]> = { weightKg: [0.3, 60], lengthCm: [20, 160], headCm: [15, 70] };
const EXAMPLE: Record<MeasureField, string> = { weightKg: '8.5', lengthCm: '68.5', headCm: '43.5' };
const LIMITS_KEY: Record<MeasureField, MessageKey> = { weightKg: 'child.growthInput.weightLimits', lengthCm: 'child.growthInput.lengthLimits', headCm: 'child.growthInput.headLimits' };

/**
 * How far beyond the table a value may lie and still be believed: 5 SD either side of the median, reading the
 * WS/T 423 SD columns and extending past ±3 SD with their 2–3 SD step (as `placeOnChineseStandard` does for its
 * approximate z). WHO's growth software flags values this far out (±5 SD and beyond, depending on the indicator) as
 * probably wrong entries; values between P3/P97 and ±5 SD are real children and are saved (the chart's concern
 * message then suggests the 儿童保健门诊). Typical slips land well outside: a weight in 斤 is about twice the kilograms.
 */
export const PLAUSIBLE_SD = 5;

const FULL_WIDTH = /[０-９．]/g;
const toHalfWidth = (s: string) => s.replace(FULL_WIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'problem'; problem: GrowthInputProblem };

function parseMeasure(raw: string, field: MeasureField): ParsedNumber {
  const text = toHalfWidth(raw.trim());
  if (text === '') return { kind: 'empty' };
  if (/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return { kind: 'number', value: Number(text) };
  // 7,5 or 7，5 or 7。5: a decimal comma (or the Chinese full stop) where a point was meant.
  const comma = /^(\d+)[,，。、](\d+)$/.exec(text);
  if (comma) return { kind: 'problem', problem: { key: 'child.growthInput.decimalComma', params: { suggestion: `${comma[1]}.${comma[2]}` } } };
  return { kind: 'problem', problem: { key: 'child.growthInput.notNumber', params: { value: raw.trim(), example: EXAMPLE[field] } } };
}

const rangeKey = (field: MeasureField, ageMonths: number, sex: ChildSex | undefined): MessageKey => {
  const who = sex ?? 'any';
  if (field === 'weightKg') return `child.growthInput.weightRange.${who}`;
  if (field === 'headCm') return `child.growthInput.headRange.${who}`;
  return toLengthOrHeight(ageMonths) === 'length' ? `child.growthInput.lengthRange.${who}` : `child.growthInput.heightRange.${who}`;
};

/** Usual range (P3–P97) and believable range (±`PLAUSIBLE_SD`) in one table row. */
function rangesOf(row: ChineseGrowthRow): { usual: [number, number]; plausible: [number, number] } {
  const extra = PLAUSIBLE_SD - 3;
  return {
    usual: [row.P3, row.P97],
    plausible: [row.SD3neg - extra * (row.SD2neg - row.SD3neg), row.SD3 + extra * (row.SD3 - row.SD2)],
  };
}

/**
 * The ranges for a child at an age, from WS/T 423—2022 (the standard Chinese clinics use): for one sex, or without a
 * sex the union of both. Undefined outside the tables' ages (0–81 months) or when the tables are not loaded.
 */
export function findGrowthInputRange(
  tables: GrowthTables,
  indicator: GrowthIndicator,
  sex: ChildSex | undefined,
  ageMonths: number,
): { usual: [number, number]; plausible: [number, number] } | undefined {
  const rows = (sex ? [sex] : (['boy', 'girl'] as const)).map((s) => {
    const table = chineseTable(tables, indicator, s);
    return table ? interpolateGrowthRow(table, ageMonths) : undefined;
  });
  if (rows.some((r) => r === undefined)) return undefined;
  const ranges = rows.flatMap((r) => (r ? [rangesOf(r)] : []));
  return {
    usual: [Math.min(...ranges.map((r) => r.usual[0])), Math.max(...ranges.map((r) => r.usual[1]))],
    plausible: [Math.min(...ranges.map((r) => r.plausible[0])), Math.max(...ranges.map((r) => r.plausible[1]))],
  };
}

/**
 * Checks the growth form as typed and says, per field, what is wrong — in words a parent can act on:
 * - a measurement that is not a number (with an example), or written with a decimal comma (with the likely number);
 * - a date missing, impossible, before the birth date or after today;
 * - no measurement at all (`form`);
 * - a value outside what is believable for the child's (corrected) age and sex (see `PLAUSIBLE_SD`), with the usual
 *   range P3–P97 of WS/T 423—2022 in that unit, e.g. 「7个月大的男孩体重一般在 7.2–10.8 千克之间，请检查数字和单位（千克，
 *   不是斤）」. `months` is the completed (corrected) calendar months. Past the tables' ages, the stored-data limits apply.
 * Full-width digits and points (８．５) are read as ordinary ones. `record` is set only when nothing is wrong.
 * @example checkGrowthInput({ date: '2026-03-10', weightKg: '17.6', lengthCm: '', headCm: '' }, { birthDate: '2025-08-10', sex: 'boy' }, tables, '2026-03-15').problems.weightKg?.key // 'child.growthInput.weightRange.boy'
 */
export function checkGrowthInput(
  input: GrowthInput,
  child: { birthDate: CivilDate; sex?: ChildSex | undefined; gestationWeeks?: number | undefined },
  tables: GrowthTables,
  today: CivilDate,
): GrowthInputCheck {
  const problems: GrowthInputCheck['problems'] = {};
  const dateText = input.date.trim();
  const date = parseCivilDate(dateText);
  if (dateText === '') problems.date = { key: 'child.growthInput.dateMissing', params: {} };
  else if (!date) problems.date = { key: 'child.growthInput.dateInvalid', params: { value: dateText } };
  else if (date < child.birthDate) problems.date = { key: 'child.growthInput.dateBeforeBirth', params: { date, birth: child.birthDate } };
  else if (date > today) problems.date = { key: 'child.growthInput.dateAfterToday', params: { date, today } };
  const ageMonths = date && !problems.date ? toCorrectedAgeMonths(child.birthDate, date, child.gestationWeeks ?? 40) : undefined;
  // The months named in the message: completed calendar months, corrected for a preterm baby (as the page shows them).
  const age = date && !problems.date ? toChildAge(child.birthDate, date, child.gestationWeeks) : undefined;
  const monthsInWords = age ? (age.corrected?.months ?? age.months) : 0;

  const values: Partial<Record<MeasureField, number>> = {};
  let typed = 0;
  for (const field of ['weightKg', 'lengthCm', 'headCm'] as const) {
    const parsed = parseMeasure(input[field], field);
    if (parsed.kind === 'empty') continue;
    typed += 1;
    if (parsed.kind === 'problem') {
      problems[field] = parsed.problem;
      continue;
    }
    const value = parsed.value;
    const range = ageMonths === undefined ? undefined : findGrowthInputRange(tables, INDICATOR[field], child.sex, ageMonths);
    const [min, max] = GROWTH_VALUE_LIMITS[field];
    const outsideTable = range !== undefined && (value < range.plausible[0] || value > range.plausible[1]);
    if (outsideTable && range && ageMonths !== undefined) {
      problems[field] = {
        key: rangeKey(field, ageMonths, child.sex),
        params: { months: monthsInWords, low: range.usual[0].toFixed(1), high: range.usual[1].toFixed(1) },
      };
    } else if (value < min || value > max) {
      problems[field] = { key: LIMITS_KEY[field], params: { low: min, high: max } };
    } else {
      values[field] = value;
    }
  }
  if (typed === 0) problems.form = { key: 'child.growthInput.needsOne', params: {} };
  if (Object.keys(problems).length > 0 || !date) return { problems };
  return { record: { date, weightKg: values.weightKg, lengthCm: values.lengthCm, headCm: values.headCm }, problems };
}
