import { describe, expect, it } from 'vitest';
import { selectCurrentMonths, toCalendarMonths } from './calendar-months';

describe('toCalendarMonths', () => {
  it('gives the build month and the next, across a year end', () => {
    expect(toCalendarMonths('2026-12-03')).toEqual(['2026-12-01', '2027-01-01']);
    expect(toCalendarMonths('2026-01-31', 3)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});

describe('selectCurrentMonths', () => {
  const months = ['2026-11-01', '2026-12-01'];
  it('keeps both months in the build month', () => {
    expect(selectCurrentMonths(months, '2026-11-28')).toEqual(months);
  });
  it('drops a month once it is over', () => {
    expect(selectCurrentMonths(months, '2026-12-01')).toEqual(['2026-12-01']);
    expect(selectCurrentMonths(months, '2026-12-31')).toEqual(['2026-12-01']);
  });
  it('keeps the last month when the site has not been rebuilt for longer than its months', () => {
    expect(selectCurrentMonths(months, '2027-02-10')).toEqual(['2026-12-01']);
  });
  it('keeps every month when the device clock is behind the build', () => {
    expect(selectCurrentMonths(months, '2026-10-05')).toEqual(months);
  });
  it('shows nothing only when nothing was built', () => {
    expect(selectCurrentMonths([], '2026-12-01')).toEqual([]);
  });
});
