import { describe, expect, it } from 'vitest';
import { expandWeeklyHours, findHolidayConflict, findOpeningHoursError, toOpeningHoursTable, type PlaceHoursSource } from './expand-opening-hours';
import { formatHolidayHours, formatOpeningHours } from './format-opening-hours';
import { toHolidayCalendar } from './holiday-calendar';
import { findOpenState } from './open-now';

const calendar = toHolidayCalendar({ holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: { '2026-10-10': 'National Day,国庆节,3' } }, [2026]);
const source = (hours: string, holidays: PlaceHoursSource['holidays'] = 'unknown'): PlaceHoursSource => ({ hours, holidays, makeUpWorkdays: 'weekday' });
const show = (hours: string) => formatOpeningHours(toOpeningHoursTable(source(hours)), { holidays: true });
const stateAt = (hours: string, iso: string) => findOpenState({ hours: toOpeningHoursTable(source(hours)) }, new Date(iso), calendar).state;
// 2026-11-30 is a Monday, 2026-12-06 a Sunday.
const MONDAY_10 = '2026-11-30T10:00:00+08:00';
const SUNDAY_10 = '2026-12-06T10:00:00+08:00';

describe('the hour strings of issue 16: accepted, shown in Chinese and read the same way as the library', () => {
  it('Su off (with the other days open)', () => {
    expect(findOpeningHoursError('Mo-Sa 08:00-17:00; Su off')).toBeUndefined();
    expect(show('Mo-Sa 08:00-17:00; Su off')).toBe('周一至周六 08:00–17:00；周日休息');
    expect(stateAt('Mo-Sa 08:00-17:00; Su off', SUNDAY_10)).toBe('closed');
    expect(stateAt('Mo-Sa 08:00-17:00; Su off', MONDAY_10)).toBe('open');
  });

  it('8:00-17:00 (a one-digit hour, no days: every day)', () => {
    expect(findOpeningHoursError('8:00-17:00')).toBeUndefined();
    // Months with a range past midnight: refused (the library and the table disagree at month ends).
    expect(findOpeningHoursError('Jul-Aug Su-Mo 22:45-00:15')).toContain('跨过了午夜');
    expect(findOpeningHoursError('Fr 20:00-02:00')).toBeUndefined();
    expect(findOpeningHoursError('Jun-Aug Mo-Fr 08:00-24:00')).toBeUndefined();
    expect(show('8:00-17:00')).toBe('每天 08:00–17:00');
    expect(stateAt('8:00-17:00', SUNDAY_10)).toBe('open');
    expect(stateAt('8:00-17:00', '2026-11-30T07:59:00+08:00')).toBe('closed');
  });

  it('Mo-Fr 08:00-17:00; Sa 09:00-12:00', () => {
    expect(show('Mo-Fr 08:00-17:00; Sa 09:00-12:00')).toBe('周一至周五 08:00–17:00；周六 09:00–12:00；周日休息');
    expect(stateAt('Mo-Fr 08:00-17:00; Sa 09:00-12:00', '2026-12-05T11:59:00+08:00')).toBe('open');
    expect(stateAt('Mo-Fr 08:00-17:00; Sa 09:00-12:00', '2026-12-05T12:00:00+08:00')).toBe('closed');
  });

  it('Mo-Fr 08:00-12:00, 14:00-18:00 (a space after the comma)', () => {
    expect(findOpeningHoursError('Mo-Fr 08:00-12:00, 14:00-18:00')).toBeUndefined();
    expect(show('Mo-Fr 08:00-12:00, 14:00-18:00')).toBe('周一至周五 08:00–12:00、14:00–18:00；周六、周日休息');
    expect(stateAt('Mo-Fr 08:00-12:00, 14:00-18:00', '2026-11-30T13:00:00+08:00')).toBe('closed');
    expect(stateAt('Mo-Fr 08:00-12:00, 14:00-18:00', '2026-11-30T15:00:00+08:00')).toBe('open');
  });

  it('month ranges', () => {
    const hours = 'Jan-Jun Mo-Fr 08:00-17:00; Jul-Dec Mo-Fr 09:00-16:00';
    expect(findOpeningHoursError(hours)).toBeUndefined();
    expect(show(hours)).toBe('1月至6月：周一至周五 08:00–17:00；周六、周日休息。7月至12月：周一至周五 09:00–16:00；周六、周日休息');
    expect(stateAt(hours, '2026-11-30T08:30:00+08:00')).toBe('closed');
    expect(stateAt(hours, '2026-06-01T08:30:00+08:00')).toBe('open');
  });

  it('comments: shown with the time; the library reads a comment without "open" as unknown', () => {
    expect(findOpeningHoursError('Mo-Fr 08:00-17:00 "预约"')).toBeUndefined();
    expect(show('Mo-Fr 08:00-17:00 "预约"')).toBe('周一至周五 08:00–17:00（预约）；周六、周日休息');
    expect(stateAt('Mo-Fr 08:00-17:00 "预约"', MONDAY_10)).toBe('unknown');
    expect(stateAt('Mo-Fr 08:00-17:00 open "预约"', MONDAY_10)).toBe('open');
  });

  it('PH off, and special holiday hours', () => {
    const table = toOpeningHoursTable(source('Mo-Fr 08:00-17:00; PH off'));
    expect(table.holidays).toBe('closed');
    expect(formatOpeningHours(table, { holidays: true })).toBe('周一至周五 08:00–17:00；周六、周日休息；法定节假日休息');
    expect(formatHolidayHours(table, { closed: '休息', open: '照常开放', unknown: '未确认' })).toBe('休息');
    expect(stateAt('Mo-Fr 08:00-17:00; PH off', '2026-10-01T10:00:00+08:00')).toBe('closed');
    expect(show('Mo-Su 08:00-20:00; PH 09:00-12:00')).toBe('每天 08:00–20:00；法定节假日 09:00–12:00');
  });

  it('24/7', () => {
    expect(show('24/7')).toBe('全天24小时开放');
    expect(findOpenState({ hours: toOpeningHoursTable(source('24/7', 'open')) }, new Date(MONDAY_10), calendar)).toEqual({ state: 'open' });
  });
});

describe('what the table cannot express is refused, with the reason in Chinese', () => {
  it.each([
    ['', /为空/],
    ['周一到周五 8点-5点', /无法识别/],
    ['Su off', /没有任何开放时间/],
    ['Mo-Fr 08:00-17:00; SH off', /学校假期/],
    ['PH off; Mo-Fr 08:00-17:00', /最后一条规则/],
    ['Mo-Fr 08:00-17:00; Dec 25 off', /按具体日期.*2028-12-25/],
    ['Mo[1] 08:00-12:00', /第几周|按具体日期/],
    ['week 1-10 Mo 08:00-12:00', /按具体日期/],
    ['Mo-Su 08:00-17:00; easter off', /按具体日期.*2027-03-28/],
    ['sunrise-sunset', /日出日落/],
    ['Mo-Fr 08:00-17:00; Sa off "预约"', /休息时段/],
  ])('%s', (hours, reason) => {
    const error = findOpeningHoursError(hours);
    expect(error).toMatch(reason);
    expect(error).toContain(`营业时间“${hours}”`);
  });

  it('a PH rule and the holiday column must agree (an empty column never contradicts)', () => {
    expect(findHolidayConflict('Mo-Fr 08:00-17:00; PH off', 'unknown')).toBeUndefined();
    expect(findHolidayConflict('Mo-Fr 08:00-17:00; PH off', 'closed')).toBeUndefined();
    expect(findHolidayConflict('Mo-Fr 08:00-17:00; PH off', 'open')).toMatch(/矛盾/);
    expect(findHolidayConflict('Mo-Fr 08:00-17:00; PH 09:00-12:00', 'closed')).toMatch(/矛盾/);
    expect(findHolidayConflict('Mo-Fr 08:00-17:00', 'open')).toBeUndefined();
  });

  it('keeps a night past midnight on the morning after, as the library does', () => {
    const weekly = expandWeeklyHours('Fr 20:00-02:00');
    expect(typeof weekly !== 'string' && weekly.weeks[0]?.days.slice(4, 6)).toEqual([[[1200, 1440]], [[0, 120]]]);
  });
});
