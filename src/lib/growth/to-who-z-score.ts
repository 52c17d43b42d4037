import type { LmsColumn } from './parse-growth-table';

/** WHO's L (Box-Cox power), M (median) and S (coefficient of variation) at one age. */
export type Lms = Readonly<Record<LmsColumn, number>>;

/**
 * The measurement at z-score `z` by the LMS method: M·(1 + L·S·z)^(1/L), or M·e^(S·z) when L = 0.
 * This is how WHO's SD columns are made (before rounding to 0.1), and what a chart curve is drawn from.
 * @example toWhoMeasurement(0, { L: 1, M: 49.8842, S: 0.03795 }) // 49.8842
 */
export function toWhoMeasurement(z: number, { L, M, S }: Lms): number {
  // log1p/expm1 keep the formula exact as L approaches 0 (interpolated L can pass through 0).
  return L === 0 ? M * Math.exp(S * z) : M * Math.exp(Math.log1p(L * S * z) / L);
}

/**
 * The WHO z-score of a measurement from L, M and S:
 * z = ((x/M)^L − 1)/(L·S), or ln(x/M)/S when L = 0.
 *
 * With `weightBased` (weight-for-age, weight-for-length/height, BMI), WHO restricts the LMS method beyond ±3 SD,
 * because the skewed weight distribution would otherwise stretch the far tail: the distance past ±3 SD is measured
 * in units of the step between the 2 SD and 3 SD lines (computed from L, M, S, not the rounded SD columns):
 * - z > 3: z = 3 + (x − SD3pos)/(SD3pos − SD2pos)
 * - z < −3: z = −3 + (x − SD3neg)/(SD2neg − SD3neg)
 *
 * Length/height and head circumference (L = 1, a normal distribution) are never restricted.
 * @example toWhoZScore(3.3464, { L: 0.3487, M: 3.3464, S: 0.14602 }, { weightBased: true }) // 0
 */
export function toWhoZScore(measurement: number, lms: Lms, options: { readonly weightBased: boolean }): number {
  const { L, M, S } = lms;
  if (!(measurement > 0)) throw new RangeError(`测量值须为正数：${measurement} (measurement must be positive)`);
  const logRatio = Math.log(measurement / M);
  const z = L === 0 ? logRatio / S : Math.expm1(L * logRatio) / (L * S);
  if (!options.weightBased || Math.abs(z) <= 3) return z;
  if (z > 3) {
    const sd3 = toWhoMeasurement(3, lms);
    return 3 + (measurement - sd3) / (sd3 - toWhoMeasurement(2, lms));
  }
  const sd3neg = toWhoMeasurement(-3, lms);
  return -3 + (measurement - sd3neg) / (toWhoMeasurement(-2, lms) - sd3neg);
}
