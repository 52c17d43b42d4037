import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERCENTILE_COLUMNS, SD_COLUMNS, parseGrowthTable, type ChineseGrowthTable } from './parse-growth-table';
import { PERCENTILE_BANDS, SD_BANDS, placeOnChineseStandard } from './place-on-chinese-standard';

function readChineseTable(name: string): ChineseGrowthTable {
  const result = parseGrowthTable(readFileSync(new URL(`../../data/growth/${name}.csv`, import.meta.url), 'utf8'));
  if (!result.ok || result.table.kind !== 'wst423') throw new Error(`${name} is not a WS/T 423 table`);
  return result.table;
}

const weightBoys = readChineseTable('cn-wst423-2022-weight-for-age-boys');
const lengthGirls = readChineseTable('cn-wst423-2022-length-height-for-age-girls');
// Girls' length/height at 30 months: P3 … P97 = 85.7, 87.7, 89.7, 91.9, 94.1, 96.1, 98.1.
const GIRLS_30 = { P3: 85.7, P10: 87.7, P25: 89.7, P50: 91.9, P75: 94.1, P90: 96.1, P97: 98.1 };

describe('placeOnChineseStandard: percentiles', () => {
  it('places the median itself near P50', () => {
    // Boys' weight at 12 months: P50 = 10.1 kg.
    expect(placeOnChineseStandard(10.1, weightBoys, 12)).toMatchObject({
      measurement: 10.1,
      ageMonths: 12,
      reference: { x: 12, P50: 10.1 },
      percentileBand: 'P50-P75',
      nearLine: 'P50',
      phrase: '在第 50 百分位附近',
      sdBand: 'SD0-SD1',
      approximateZ: 0,
      sdPhrase: '在中位数到 +1SD 之间',
    });
  });

  it('places the interpolated median near P50 between rows', () => {
    // 25.5 months: halfway between 87.0 (24) and 89.5 (27).
    const placement = placeOnChineseStandard(88.25, lengthGirls, 25.5);
    expect(placement?.reference.P50).toBeCloseTo(88.25, 12);
    expect(placement?.phrase).toBe('在第 50 百分位附近');
  });

  describe.each(PERCENTILE_COLUMNS.map((line, i) => [line, i] as const))('at the %s boundary', (line, i) => {
    const value = GIRLS_30[line];

    it('a value on the line is near it, in the band above (P97 itself in P90–P97)', () => {
      const placement = placeOnChineseStandard(value, lengthGirls, 30);
      expect(placement?.reference[line]).toBe(value);
      expect(placement?.percentileBand).toBe(PERCENTILE_BANDS[Math.min(i + 1, 6)]);
      expect(placement?.nearLine).toBe(line);
      expect(placement?.phrase).toBe(`在第 ${line.slice(1)} 百分位附近`);
    });

    it('a value just below the line is in the band below', () => {
      expect(placeOnChineseStandard(value - 0.01, lengthGirls, 30)?.percentileBand).toBe(PERCENTILE_BANDS[i]);
    });

    it('a value just above the line is in the band above', () => {
      expect(placeOnChineseStandard(value + 0.01, lengthGirls, 30)?.percentileBand).toBe(PERCENTILE_BANDS[i + 1]);
    });
  });

  it('says below P3 and above P97 in words', () => {
    expect(placeOnChineseStandard(85.6, lengthGirls, 30)).toMatchObject({ percentileBand: 'below-P3', nearLine: undefined, phrase: '低于第 3 百分位' });
    expect(placeOnChineseStandard(98.2, lengthGirls, 30)).toMatchObject({ percentileBand: 'above-P97', nearLine: undefined, phrase: '高于第 97 百分位' });
  });

  it('says "between" in the middle half of a band and "near" in its outer quarters', () => {
    // P25 89.7 → P50 91.9: gap 2.2, a quarter is 0.55.
    expect(placeOnChineseStandard(90.2, lengthGirls, 30)?.phrase).toBe('在第 25 百分位附近');
    expect(placeOnChineseStandard(90.3, lengthGirls, 30)?.phrase).toBe('在第 25 到第 50 百分位之间');
    expect(placeOnChineseStandard(90.8, lengthGirls, 30)).toMatchObject({ percentileBand: 'P25-P50', nearLine: undefined, phrase: '在第 25 到第 50 百分位之间' });
    expect(placeOnChineseStandard(91.3, lengthGirls, 30)?.phrase).toBe('在第 25 到第 50 百分位之间');
    expect(placeOnChineseStandard(91.4, lengthGirls, 30)?.phrase).toBe('在第 50 百分位附近');
    expect(placeOnChineseStandard(86.7, lengthGirls, 30)?.phrase).toBe('在第 3 到第 10 百分位之间');
    expect(placeOnChineseStandard(97.1, lengthGirls, 30)?.phrase).toBe('在第 90 到第 97 百分位之间');
  });
});

describe('placeOnChineseStandard: SD bands', () => {
  // Girls' length/height at 30 months: −3SD … +3SD = 82.1, 85.3, 88.6, 91.9, 95.2, 98.5, 101.7.
  const SD_30 = [82.1, 85.3, 88.6, 91.9, 95.2, 98.5, 101.7];

  it('reads each SD column as its nominal z, in the band above it (+3SD itself in +2SD…+3SD)', () => {
    SD_COLUMNS.forEach((column, i) => {
      const placement = placeOnChineseStandard(SD_30[i] ?? NaN, lengthGirls, 30);
      expect(placement?.reference[column]).toBe(SD_30[i]);
      expect(placement?.approximateZ).toBeCloseTo(i - 3, 12);
      expect(placement?.sdBand).toBe(SD_BANDS[Math.min(i + 1, 6)]);
    });
  });

  it('interpolates z between SD columns and extends it past ±3 SD by the 2–3 SD step', () => {
    expect(placeOnChineseStandard(90.25, lengthGirls, 30)?.approximateZ).toBeCloseTo(-0.5, 12);
    expect(placeOnChineseStandard(96.85, lengthGirls, 30)?.approximateZ).toBeCloseTo(1.5, 12);
    expect(placeOnChineseStandard(101.7 + 3.2, lengthGirls, 30)?.approximateZ).toBeCloseTo(4, 12);
    expect(placeOnChineseStandard(82.1 - 1.6, lengthGirls, 30)?.approximateZ).toBeCloseTo(-3.5, 12);
  });

  it('phrases the SD bands', () => {
    expect(placeOnChineseStandard(80, lengthGirls, 30)).toMatchObject({ sdBand: 'below-SD3neg', sdPhrase: '低于 -3SD' });
    expect(placeOnChineseStandard(84, lengthGirls, 30)).toMatchObject({ sdBand: 'SD3neg-SD2neg', sdPhrase: '在 -3SD 到 -2SD 之间' });
    expect(placeOnChineseStandard(90, lengthGirls, 30)).toMatchObject({ sdBand: 'SD1neg-SD0', sdPhrase: '在 -1SD 到中位数之间' });
    expect(placeOnChineseStandard(100, lengthGirls, 30)).toMatchObject({ sdBand: 'SD2-SD3', sdPhrase: '在 +2SD 到 +3SD 之间' });
    expect(placeOnChineseStandard(102, lengthGirls, 30)).toMatchObject({ sdBand: 'above-SD3', sdPhrase: '高于 +3SD' });
  });
});

describe('placeOnChineseStandard: limits', () => {
  it('gives nothing outside the table ages', () => {
    expect(placeOnChineseStandard(20, weightBoys, 81.5)).toBeUndefined();
    expect(placeOnChineseStandard(3, weightBoys, -0.5)).toBeUndefined();
  });

  it('rejects a measurement that is not a positive number', () => {
    expect(() => placeOnChineseStandard(0, weightBoys, 12)).toThrow(RangeError);
    expect(() => placeOnChineseStandard(Number.NaN, weightBoys, 12)).toThrow(RangeError);
    expect(() => placeOnChineseStandard(Number.POSITIVE_INFINITY, weightBoys, 12)).toThrow(RangeError);
  });

  it('rejects a table that is not by age', () => {
    expect(() => placeOnChineseStandard(10, { ...weightBoys, axis: 'length_cm' }, 12)).toThrow(RangeError);
  });
});
