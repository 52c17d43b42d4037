/**
 * Phone numbers as city registries write them. Real numbers: mainland mobiles (11 digits from 13–19)
 * and landlines in the city's area code (`phoneAreaCode` in site.config.ts; 7 or 8 digits, not
 * starting with 0 or 1). Sample records use a reserved pattern that no real line can have (a local
 * number starting with 0), so a sample never rings anyone.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const escape = (areaCode: string) => areaCode.replace(/\D/g, '');
const landline = (areaCode: string) => new RegExp(`^${escape(areaCode)}-?[2-9]\\d{6,7}$`);
const sample = (areaCode: string) => new RegExp(`^${escape(areaCode)}-0\\d{6}$`);

/** Normalises spaces, full-width digits and dashes before checking. */
export function normalisePhone(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s()（）]/g, '')
    .replace(/[‐-―−]/g, '-');
}

/** Why a real record's phone is invalid, or undefined. */
export function findPhoneError(value: string, areaCode: string): string | undefined {
  const phone = normalisePhone(value);
  if (MOBILE.test(phone) || landline(areaCode).test(phone)) return undefined;
  return `电话号码格式不对：“${value}”，应为11位手机号或 ${areaCode}-XXXXXXX 固定电话 (phone must be a mobile or a ${areaCode} landline)`;
}

/** True for the reserved sample pattern. */
export function isSamplePhone(value: string, areaCode: string): boolean {
  return sample(areaCode).test(value);
}

/** A reserved, undialable sample number: the area code and a local number starting with 0. */
export function toSamplePhone(areaCode: string, localDigits: number): string {
  return `${areaCode}-0${String(localDigits).padStart(6, '0')}`;
}

/** `tel:` URI for a real number. */
export function toTelUri(value: string): string {
  const phone = normalisePhone(value).replace(/-/g, '');
  return `tel:${phone.startsWith('0') ? `+86${phone.slice(1)}` : `+86${phone}`}`;
}
