import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { toHolidayCalendar, type HolidayCalendar } from '../lib/places/holiday-calendar';
import { toShanghaiDate } from '../lib/time/shanghai-clock';

/**
 * Public holidays and make-up working days for last year, this year and next (when announced), from
 * the `chinese-days` data (compiled from the State Council's yearly notices). Years it does not hold
 * are absent, and open-now then says it decided by weekly hours alone.
 */
export function getHolidayCalendar(now = new Date()): HolidayCalendar {
  const year = Number(toShanghaiDate(now).slice(0, 4));
  return toHolidayCalendar(holidayData, [year - 1, year, year + 1]);
}
