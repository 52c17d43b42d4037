import { describe, expect, it } from 'vitest';
import { findPhoneError, isSamplePhone, normalisePhone, toSamplePhone, toTelUri } from './phone';

describe('phones', () => {
  it('accepts mobiles and 0561 landlines, full-width and spaced', () => {
    expect(findPhoneError('13912345678', '0561')).toBeUndefined();
    expect(findPhoneError('0561-3123456', '0561')).toBeUndefined();
    expect(findPhoneError('０５６１ ３１２３４５６', '0561')).toBeUndefined();
    expect(normalisePhone('(0561)3123456')).toBe('05613123456');
  });
  it('rejects other numbers with a reason', () => {
    expect(findPhoneError('12345', '0561')).toMatch(/电话号码格式不对/);
    expect(findPhoneError('010-12345678', '0561')).toMatch(/0561/);
  });
  it('keeps sample numbers undialable and outside the real formats', () => {
    expect(isSamplePhone('0561-0123456', '0561')).toBe(true);
    expect(findPhoneError('0561-0123456', '0561')).toBeDefined();
    expect(isSamplePhone('0561-3123456', '0561')).toBe(false);
  });
  it('reads the area code from the caller, so another city checks its own landlines', () => {
    expect(findPhoneError('0559-2345678', '0559')).toBeUndefined();
    expect(findPhoneError('0559-2345678', '0561')).toMatch(/0561/);
    expect(isSamplePhone('0559-0123456', '0559')).toBe(true);
    expect(isSamplePhone('0561-0123456', '0559')).toBe(false);
    expect(toSamplePhone('0559', 42)).toBe('0559-0000042');
  });
  it('builds international tel: URIs', () => {
    expect(toTelUri('0561-3123456')).toBe('tel:+865613123456');
    expect(toTelUri('13912345678')).toBe('tel:+8613912345678');
  });
});
