import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCreditCodeError, isValidCreditCode, toCreditCodeCheckChar } from './credit-code';

// Check characters worked by hand from the GB 32100-2015 rule.
describe('credit code check character (GB 32100-2015)', () => {
  it('computes the check character by the weighted sum mod 31', () => {
    // All zeros: sum 0 → (31 − 0) mod 31 = 0 → '0'.
    expect(toCreditCodeCheckChar('00000000000000000')).toBe('0');
    // '1' then zeros: sum = 1 × 1 = 1 → 31 − 1 = 30 → 'Y'.
    expect(toCreditCodeCheckChar('10000000000000000')).toBe('Y');
    // Only the last position '1': weight 28 → 31 − 28 = 3 → '3'.
    expect(toCreditCodeCheckChar('00000000000000001')).toBe('3');
    // 'A' (value 10) in position 2, weight 3: sum 30 → 1 → '1'.
    expect(toCreditCodeCheckChar('0A000000000000000')).toBe('1');
  });

  it("matches the standard's own worked example (sum 1640, mod 31 = 28, check '3')", () => {
    expect(toCreditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(findCreditCodeError('91350100M000100Y4Z')).toMatch(/应为“3”/);
  });

  it('accepts a code with the right check character and names what is wrong otherwise', () => {
    expect(isValidCreditCode('10000000000000000Y')).toBe(true);
    expect(findCreditCodeError('10000000000000000X')).toMatch(/校验位错误，应为“Y”/);
    expect(findCreditCodeError('1000000000000000Y')).toMatch(/应为18位/);
    expect(findCreditCodeError('I0000000000000000Y')).toMatch(/不允许的字符“I”/);
  });

  it('any single-character change to a valid code is caught', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const body = fc.array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));
    fc.assert(
      fc.property(body, fc.nat(16), fc.constantFrom(...alphabet), (first17, position, replacement) => {
        const code = first17 + toCreditCodeCheckChar(first17);
        expect(isValidCreditCode(code)).toBe(true);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        // Weights are non-zero mod 31 and 31 is prime, so every substitution changes the sum.
        expect(isValidCreditCode(changed)).toBe(changed === code);
      }),
    );
  });
});
