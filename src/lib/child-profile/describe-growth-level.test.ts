import { describe, expect, it } from 'vitest';
import { PERCENTILE_BANDS } from '../growth/place-on-chinese-standard';
import { t } from '../i18n/translate';
import { describeGrowthLevel } from './describe-growth-level';
import { toPercentileBand } from './place-growth-records';

const words = (band: Parameters<typeof describeGrowthLevel>[0]) => {
  const { key, params } = describeGrowthLevel(band);
  return t(key, params);
};

describe('describeGrowthLevel', () => {
  it('P25–P75 is 在同龄孩子的中间, naming the two lines', () => {
    expect(describeGrowthLevel('P25-P50')).toEqual({ level: 'middle', key: 'child.growthLevel.middle', params: { from: 25, to: 50 } });
    expect(words('P50-P75')).toBe('在同龄孩子的中间（第 50 到第 75 百分位之间）。');
  });

  it('below P3 and above P97 suggest the 儿童保健门诊, calmly; in between, no advice is added', () => {
    for (const band of ['below-P3', 'above-P97'] as const) {
      expect(words(band)).toContain('儿童保健门诊');
      expect(words(band)).toContain('不一定是问题');
    }
    for (const band of ['P3-P10', 'P10-P25', 'P25-P50', 'P50-P75', 'P75-P90', 'P90-P97'] as const) expect(words(band)).not.toContain('门诊');
    expect(describeGrowthLevel('P3-P10').level).toBe('lower');
    expect(describeGrowthLevel('P90-P97')).toMatchObject({ level: 'upper', params: { from: 90, to: 97 } });
  });

  it('every band has words with every parameter filled; outside the ages it says so', () => {
    for (const band of PERCENTILE_BANDS) expect(words(band)).not.toMatch(/[{}]|child\./);
    expect(describeGrowthLevel(undefined).level).toBe('unknown');
    expect(words(undefined)).toContain('年龄范围');
  });

  it('never names a condition', () => {
    for (const band of [...PERCENTILE_BANDS, undefined]) expect(words(band)).not.toMatch(/营养不良|肥胖|发育迟缓|矮小|疾病|病/);
  });
});

describe('toPercentileBand (WHO percentiles)', () => {
  it('uses the same bands as the Chinese placement, P97 itself in P90–P97', () => {
    expect([1, 3, 9.9, 10, 30, 50, 74, 80, 97, 97.1].map(toPercentileBand)).toEqual([
      'below-P3', 'P3-P10', 'P3-P10', 'P10-P25', 'P25-P50', 'P50-P75', 'P50-P75', 'P75-P90', 'P90-P97', 'above-P97',
    ]);
  });
});
