/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z); the 18th is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The check character for the first 17 characters, or undefined if they use a character outside
 * the alphabet.
 * @example toCreditCodeCheckChar('91340600MA2N0XXX1') // one character of the alphabet
 */
export function toCreditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a credit code is invalid, or undefined when it is valid. Upper-case input is expected. */
export function findCreditCodeError(code: string): string | undefined {
  if (code.length !== 18) return `统一社会信用代码应为18位，实为${code.length}位 (must be 18 characters)`;
  // The check character is judged against the expected one below, whatever it is.
  const bad = [...code.slice(0, 17)].find((c) => !ALPHABET.includes(c));
  if (bad !== undefined) return `统一社会信用代码含有不允许的字符“${bad}” (character not allowed)`;
  const expected = toCreditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return `统一社会信用代码校验位错误，应为“${expected}” (check character should be ${expected})`;
  return undefined;
}

/** True for a well-formed code with the right check character. */
export function isValidCreditCode(code: string): boolean {
  return findCreditCodeError(code) === undefined;
}
