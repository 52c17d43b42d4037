import type { PercentileBand } from '../growth/place-on-chinese-standard';
import type { MessageKey } from '../i18n/zh-CN';

/** 所处水平 in five calm steps; `unknown` outside the standard's ages. */
export type GrowthLevel = 'below-P3' | 'lower' | 'middle' | 'upper' | 'above-P97' | 'unknown';

/** A message to show, with its parameters (the caller fills it from `ChildData.messages`). */
export interface GrowthLevelMessage {
  level: GrowthLevel;
  key: MessageKey;
  params: Record<string, string | number>;
}

const BAND_LINES: Record<PercentileBand, [from: number, to: number] | undefined> = {
  'below-P3': undefined,
  'P3-P10': [3, 10],
  'P10-P25': [10, 25],
  'P25-P50': [25, 50],
  'P50-P75': [50, 75],
  'P75-P90': [75, 90],
  'P90-P97': [90, 97],
  'above-P97': undefined,
};

const LEVEL: Record<PercentileBand, GrowthLevel> = {
  'below-P3': 'below-P3',
  'P3-P10': 'lower',
  'P10-P25': 'lower',
  'P25-P50': 'middle',
  'P50-P75': 'middle',
  'P75-P90': 'upper',
  'P90-P97': 'upper',
  'above-P97': 'above-P97',
};

const KEY: Record<GrowthLevel, MessageKey> = {
  'below-P3': 'child.growthLevel.belowP3',
  lower: 'child.growthLevel.lower',
  middle: 'child.growthLevel.middle',
  upper: 'child.growthLevel.upper',
  'above-P97': 'child.growthLevel.aboveP97',
  unknown: 'child.growthLevel.outsideAges',
};

/**
 * 所处水平 in words for one placed measurement (`PlacedGrowthPoint.percentileBand`): P25–P75 is 「在同龄孩子的中间」,
 * P3–P25 偏小一些 and P75–P97 偏大一些 (each naming its two percentile lines), and beyond P3 or P97 the same calm advice
 * as the growth concerns — some children are simply small or big; ask the 儿童保健门诊. No diagnosis is named.
 * @example describeGrowthLevel('P25-P50') // { level: 'middle', key: 'child.growthLevel.middle', params: { from: 25, to: 50 } }
 */
export function describeGrowthLevel(band: PercentileBand | undefined): GrowthLevelMessage {
  if (band === undefined) return { level: 'unknown', key: KEY.unknown, params: {} };
  const level = LEVEL[band];
  const lines = BAND_LINES[band];
  return { level, key: KEY[level], params: lines ? { from: lines[0], to: lines[1] } : {} };
}
