import { describe, expect, it } from 'vitest';
import { AGE_BAND_IDS, compareBands, isAgeBandId, toAgeBand, toBandRange } from './age-bands';

describe('toAgeBand', () => {
  it('places each boundary month in the band that starts there', () => {
    expect(toAgeBand(0)).toBe('0-6m');
    expect(toAgeBand(5)).toBe('0-6m');
    expect(toAgeBand(6)).toBe('6-12m');
    expect(toAgeBand(12)).toBe('1-2y');
    expect(toAgeBand(24)).toBe('2-3y');
    expect(toAgeBand(36)).toBe('3-6y');
    expect(toAgeBand(83)).toBe('3-6y');
  });
  it('has no band before birth or from 7 years', () => {
    expect(toAgeBand(-1)).toBeUndefined();
    expect(toAgeBand(84)).toBeUndefined();
  });
});

describe('band helpers', () => {
  it('recognises band ids from untrusted input', () => {
    expect(isAgeBandId('1-2y')).toBe(true);
    expect(isAgeBandId('1-2Y')).toBe(false);
    expect(isAgeBandId(undefined)).toBe(false);
  });
  it('gives child bands a contiguous month range and pregnancy none', () => {
    expect(toBandRange('pregnancy')).toBeUndefined();
    const ranges = AGE_BAND_IDS.flatMap((id) => toBandRange(id) ?? []);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.fromMonths).toBe(ranges[i - 1]?.toMonths);
  });
  it('sorts in life order', () => {
    expect(['3-6y', 'pregnancy', '6-12m'].sort((a, b) => compareBands(a as never, b as never))).toEqual(['pregnancy', '6-12m', '3-6y']);
  });
});
