import { afterEach, describe, expect, it } from 'vitest';
import { fromShanghaiClock, toShanghaiClock, toShanghaiDate, weekdayOf } from './shanghai-clock';

describe('the Shanghai clock', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = originalTz;
  });

  it('reads Shanghai wall time whatever the device zone', () => {
    for (const tz of ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai', 'Europe/London']) {
      process.env['TZ'] = tz;
      expect(toShanghaiClock(new Date('2026-11-29T16:00:00Z'))).toEqual({ date: '2026-11-30', weekday: 0, minute: 0 });
      expect(toShanghaiClock(new Date('2026-11-29T15:59:00Z'))).toEqual({ date: '2026-11-29', weekday: 6, minute: 1439 });
    }
  });

  it('turns a civil date and minute back into the instant, and agrees with Intl', () => {
    expect(fromShanghaiClock('2026-01-01', 0).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(fromShanghaiClock('2026-01-01', 1440 + 90).toISOString()).toBe('2026-01-01T17:30:00.000Z');
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2029, 0, 1); ms += 86_400_000 * 7 + 3_600_000 * 5) {
      expect(toShanghaiDate(new Date(ms))).toBe(intl.format(new Date(ms)));
    }
  });

  it('names weekdays from Monday', () => {
    expect(weekdayOf('2026-11-30')).toBe(0);
    expect(weekdayOf('2026-12-06')).toBe(6);
  });
});
