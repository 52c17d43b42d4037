import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf } from './normal-cdf';

// Reference values from CPython's math.erf / math.erfc (C library, double precision).
describe('erf and erfc', () => {
  it.each([
    [0, 0],
    [0.1, 0.1124629160182849],
    [0.5, 0.5204998778130465],
    [-0.7, -0.6778011938374184],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [1.4999, 0.9660932516622953],
    [1.5, 0.9661051464753108],
    [1.5001, 0.9661170377204175],
    [2.4999, 0.9995928300996666],
    [2.5, 0.999593047982555],
    [2.5001, 0.9995932657565293],
    [2.6, 0.9997639655834707],
    [3.5, 0.9999992569016276],
    [-3.5, -0.9999992569016276],
  ])('erf(%f) = %f', (x, expected) => {
    expect(Math.abs(erf(x) - expected)).toBeLessThan(2e-15);
  });

  it.each([
    [1, 0.15729920705028513],
    [1.4999, 0.03390674833770473],
    [1.5, 0.033894853524689274],
    [1.5001, 0.033882962279582506],
    [1.7, 0.016209541409225436],
    [2, 0.004677734981047265],
    [2.5, 0.0004069520174449589],
    [2.6, 0.00023603441652934908],
    [3, 2.2090496998585438e-5],
    [4, 1.541725790028002e-8],
    [5, 1.5374597944280351e-12],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
    [-1, 1.842700792949715],
  ])('erfc(%f) = %g to 1e-13 relative', (x, expected) => {
    expect(Math.abs(erfc(x) / expected - 1)).toBeLessThan(1e-13);
  });

  it('is odd, and erf + erfc = 1', () => {
    for (let x = -6; x <= 6; x += 0.37) {
      expect(erf(-x)).toBe(-erf(x));
      expect(erf(x) + erfc(x)).toBeCloseTo(1, 15);
    }
    expect(erf(Number.NaN)).toBeNaN();
    expect(erfc(Number.NaN)).toBeNaN();
    expect(erf(40)).toBe(1);
  });
});

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [1.96, 0.9750021048517795],
    [-1.88, 0.03005403896119981],
    [2, 0.9772498680518208],
    [-2, 0.02275013194817922],
    [3, 0.9986501019683699],
    [-3, 0.0013498980316300957],
  ])('Φ(%f) = %f', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThan(1e-15);
  });

  it('matches the textbook values', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(normalCdf(-1.88)).toBeCloseTo(0.03, 3);
  });

  it('keeps relative accuracy in the far tail', () => {
    expect(normalCdf(-8) / 6.220960574271819e-16).toBeCloseTo(1, 12);
    expect(normalCdf(-12) / 1.776482112077702e-33).toBeCloseTo(1, 12);
    expect(normalCdf(8)).toBeLessThan(1);
    expect(normalCdf(8)).toBeCloseTo(1 - 6.220960574271819e-16, 16);
  });

  it('rises monotonically and is symmetric', () => {
    let previous = 0;
    for (let z = -6; z <= 6; z += 0.01) {
      const p = normalCdf(z);
      expect(p).toBeGreaterThan(previous);
      expect(p + normalCdf(-z)).toBeCloseTo(1, 15);
      previous = p;
    }
  });
});
