import { describe, expect, it } from 'vitest';
import { findPhoneError, isSamplePhone, normalisePhone, toTelUri } from './phone';

describe('phones', () => {
  it('accepts mobiles and 0561 landlines, full-width and spaced', () => {
    expect(findPhoneError('13912345678')).toBeUndefined();
    expect(findPhoneError('0561-3123456')).toBeUndefined();
    expect(findPhoneError('０５６１ ３１２３４５６')).toBeUndefined();
    expect(normalisePhone('(0561)3123456')).toBe('05613123456');
  });
  it('rejects other numbers with a reason', () => {
    expect(findPhoneError('12345')).toMatch(/电话号码格式不对/);
    expect(findPhoneError('010-12345678')).toMatch(/0561/);
  });
  it('keeps sample numbers undialable and outside the real formats', () => {
    expect(isSamplePhone('0561-0123456')).toBe(true);
    expect(findPhoneError('0561-0123456')).toBeDefined();
    expect(isSamplePhone('0561-3123456')).toBe(false);
  });
  it('builds international tel: URIs', () => {
    expect(toTelUri('0561-3123456')).toBe('tel:+865613123456');
    expect(toTelUri('13912345678')).toBe('tel:+8613912345678');
  });
});
