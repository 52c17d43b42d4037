const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
// Below this the power series is used, above it the continued fraction (100 terms); each is accurate to ~1e-16
// (relative, for erfc) on its side.
const SERIES_LIMIT = 1.5;
const FRACTION_TERMS = 100;

/** erf(x) for |x| ≤ 1.5: (2/√π)·e^(−x²)·Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1)); every term is positive, so nothing cancels. */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n += 1) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
}

/**
 * erfc(x) for x > 1.5 by its continued fraction, e^(−x²)/√π · 1/(x + ½/(x + 1/(x + ³⁄₂/(x + …)))), evaluated from
 * the tail; it keeps full relative accuracy far into the tail, where 1 − erf(x) would lose every digit.
 */
function erfcContinuedFraction(x: number): number {
  let fraction = x;
  for (let k = FRACTION_TERMS; k >= 1; k -= 1) fraction = x + k / 2 / fraction;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / fraction;
}

/**
 * The error function, accurate to about 1e-15.
 * @example erf(1) // 0.8427007929497149
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (Math.abs(x) <= SERIES_LIMIT) return erfSeries(x);
  return Math.sign(x) * (1 - erfcContinuedFraction(Math.abs(x)));
}

/**
 * The complementary error function 1 − erf(x), with full relative accuracy for large x.
 * @example erfc(3) // 2.209049699858544e-5
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > SERIES_LIMIT) return erfcContinuedFraction(x);
  if (x < -SERIES_LIMIT) return 2 - erfcContinuedFraction(-x);
  return 1 - erfSeries(x);
}

/**
 * The standard normal cumulative distribution Φ(z): the share of children expected at or below a z-score.
 * @example normalCdf(1.96) // 0.9750021048517795
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}
