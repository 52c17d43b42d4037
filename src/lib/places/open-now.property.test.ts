// The browser's evaluator against the `opening_hours` library, on random accepted hour strings and random
// instants in Asia/Shanghai (biased to midnight, range edges, public holidays and 调休 make-up working days
// from the real calendar data). The library runs in local time, so this file runs in Shanghai.
process.env['TZ'] = 'Asia/Shanghai';

import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import fc from 'fast-check';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { addDays, type CivilDate } from '../age/civil-date';
import { fromShanghaiClock, weekdayOf } from '../time/shanghai-clock';
import { findOpeningHoursError, toOpeningHoursTable, type PlaceHoursSource } from './expand-opening-hours';
import { findDayKind, toHolidayCalendar } from './holiday-calendar';
import { findOpenState } from './open-now';
import { HOLIDAY_BEHAVIOURS, MAKE_UP_BEHAVIOURS } from './place-values';

const YEARS = [2025, 2026, 2027];
const calendar = toHolidayCalendar(holidayData, YEARS);
const holidayDates = Object.keys(calendar.daysOff).sort();
const makeUpDates = Object.keys(calendar.makeUpWorkdays).sort();

// ---- A generator of the accepted grammar ----
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** 8:00 or 08:00 — both are accepted. */
const clock = (minute: number, short: boolean) => {
  const h = Math.floor(minute / 60);
  return `${short && h < 10 ? String(h) : String(h).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
};
const arbTimeRange = fc
  .record({ from: fc.integer({ min: 0, max: 95 }), length: fc.integer({ min: 1, max: 48 }), short: fc.boolean() })
  .map(({ from, length, short }) => {
    const start = from * 15;
    const end = start + length * 15;
    // Past midnight is written as e.g. 20:00-02:00.
    return `${clock(start, short)}-${end === 1440 ? '24:00' : clock(end % 1440, short)}`;
  });
const arbTimes = fc
  .uniqueArray(arbTimeRange, { minLength: 1, maxLength: 3 })
  .chain((ranges) => fc.constantFrom(',', ', ').map((sep) => ranges.join(sep)));
const arbDaySelector = fc
  .uniqueArray(
    fc.oneof(
      fc.constantFrom(...DAYS),
      fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 })).map(([a, n]) => `${DAYS[a]}-${DAYS[(a + n) % 7]}`),
    ),
    { minLength: 1, maxLength: 2 },
  )
  .map((parts) => parts.join(','));
const arbMonthSelector = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })).map(([a, n]) => (n === 0 ? MONTHS[a] : `${MONTHS[a]}-${MONTHS[(a + n) % 12]}`));
const arbComment = fc.constantFrom('', ' "预约"', ' open "电话预约"', ' unknown');
const arbRule = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.option(arbMonthSelector, { freq: 4 }), fc.option(arbDaySelector, { freq: 6 }), arbTimes, arbComment).map(([m, d, t, c]) => [m, d, t].filter(Boolean).join(' ') + c) },
  { weight: 1, arbitrary: fc.tuple(fc.option(arbMonthSelector, { freq: 4 }), arbDaySelector).map(([m, d]) => `${[m, d].filter(Boolean).join(' ')} off`) },
);
const arbPhRule = fc.oneof(fc.constant(''), fc.constant('PH off'), fc.constant('PH closed'), fc.constantFrom('PH 09:00-12:00', 'PH 8:30-11:30, 14:00-16:00'));
const arbHours = fc.oneof(
  { weight: 1, arbitrary: fc.constant('24/7') },
  {
    weight: 12,
    arbitrary: fc
      .tuple(fc.array(arbRule, { minLength: 1, maxLength: 3 }), fc.constantFrom('; ', ';'), arbPhRule)
      .map(([rules, sep, ph]) => [...rules, ...(ph ? [ph] : [])].join(sep)),
  },
);
const arbPlace = fc
  .record({ hours: arbHours, holidays: fc.constantFrom(...HOLIDAY_BEHAVIOURS), makeUpWorkdays: fc.constantFrom(...MAKE_UP_BEHAVIOURS) })
  // The property is about accepted strings; the generator makes some the schema refuses (overlaps, warnings).
  .filter((p): p is PlaceHoursSource => findOpeningHoursError(p.hours) === undefined);

// ---- Instants in Shanghai, biased to where the evaluator could go wrong ----
const arbDate = fc.oneof(
  fc.constantFrom(...holidayDates),
  fc.constantFrom(...makeUpDates),
  fc.tuple(fc.constantFrom(...holidayDates, ...makeUpDates), fc.constantFrom(-1, 1)).map(([d, n]) => addDays(d, n)),
  fc.integer({ min: 0, max: 365 * YEARS.length - 1 }).map((n) => addDays(`${YEARS[0]}-01-01`, n)),
);
const arbMinute = fc.oneof(
  fc.integer({ min: 0, max: 1439 }),
  fc.integer({ min: -60, max: 60 }).map((m) => (m + 1440) % 1440),
  fc.integer({ min: 0, max: 95 }).chain((q) => fc.constantFrom(q * 15, q * 15 - 1, q * 15 + 1)).map((m) => (m + 1440) % 1440),
);

/** Days whose look-ahead (8 days) and previous day hold no holiday or make-up working day. */
const arbOrdinaryDate = fc
  .integer({ min: 0, max: 365 * YEARS.length - 12 })
  .map((n) => addDays(`${YEARS[0]}-01-01`, n))
  .filter((date) => [...Array(11).keys()].every((n) => findDayKind(calendar, addDays(date, n - 1)).kind === 'ordinary'));

// ---- The oracle: the library on the string, with the holiday calendar written into it ----
const LIBRARY_MONTHS = MONTHS;
const libraryDate = (d: CivilDate) => `${d.slice(0, 4)} ${LIBRARY_MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(8, 10)}`;

/**
 * What the library says at `instant` for a place in China. The library has no Chinese calendar, so the
 * holidays near the instant are written into the string as dated rules (as the place's PH rule or holiday
 * column says); a make-up working day kept "as a working day" is read as a Monday of the same month.
 */
function libraryState(place: PlaceHoursSource, date: CivilDate, minute: number): { state: 'open' | 'closed' | 'unknown'; oracle: string } {
  const ph = /;\s*PH\s+([^;]+)$/.exec(place.hours);
  const weekly = ph ? place.hours.slice(0, ph.index) : place.hours;
  const phRule = ph?.[1]?.trim();
  const behaviour = phRule === undefined ? place.holidays : phRule === 'off' || phRule === 'closed' ? 'closed' : phRule;
  const near = [-1, 0, 1].map((n) => addDays(date, n)).filter((d) => findDayKind(calendar, d).kind === 'holiday');
  let text = weekly;
  if (near.length > 0 && behaviour !== 'open') text += `; ${near.map(libraryDate).join(',')} ${behaviour === 'closed' ? 'off' : behaviour}`;

  let evaluateOn = date;
  if (findDayKind(calendar, date).kind === 'make-up-workday' && place.makeUpWorkdays === 'workday') {
    // The first Monday of the same month that is an ordinary day.
    for (let d = `${date.slice(0, 8)}01`; d.slice(0, 7) === date.slice(0, 7); d = addDays(d, 1)) {
      if (weekdayOf(d) === 0 && findDayKind(calendar, d).kind === 'ordinary') {
        evaluateOn = d;
        break;
      }
    }
    text = weekly;
  }
  const oh = new OpeningHours(text, null, 0);
  const at = fromShanghaiClock(evaluateOn, minute);
  return { state: oh.getUnknown(at) ? 'unknown' : oh.getState(at) ? 'open' : 'closed', oracle: `${text} @ ${evaluateOn}` };
}

describe('the browser evaluator agrees with the opening_hours library', () => {
  it('generates mostly accepted strings (the property is not vacuous)', () => {
    const samples = fc.sample(fc.record({ hours: arbHours }), { numRuns: 100, seed: 7 });
    const accepted = samples.filter((s) => findOpeningHoursError(s.hours) === undefined).length;
    expect(accepted / samples.length).toBeGreaterThan(0.3);
  });

  it('open, closed or unknown at random instants in Shanghai, holidays and make-up working days included', () => {
    fc.assert(
      fc.property(arbPlace, arbDate, arbMinute, (place, date, minute) => {
        const table = toOpeningHoursTable(place);
        const ours = findOpenState({ hours: table }, fromShanghaiClock(date, minute), calendar);
        const theirs = libraryState(place, date, minute);
        expect({ state: ours.state, at: `${date} ${minute}` }).toEqual({ state: theirs.state, at: `${date} ${minute}` });
      }),
      { numRuns: 250 },
    );
  });

  it('the next change agrees on ordinary weeks', () => {
    fc.assert(
      fc.property(arbPlace, arbOrdinaryDate, arbMinute, (place, date, minute) => {
        const at = fromShanghaiClock(date, minute);
        const horizon = new Date(at.getTime() + 8 * 86_400_000);
        const next = findOpenState({ hours: toOpeningHoursTable(place) }, at, calendar).changesAt;
        // The library is asked within 8 days; a change ours finds later is compared as "none in the window".
        const ours = next && next < horizon ? next : undefined;
        const theirs = new OpeningHours(place.hours.replace(/;\s*PH\s+[^;]+$/, ''), null, 0).getNextChange(at, horizon);
        expect(ours?.toISOString()).toBe(theirs?.toISOString());
      }),
      { numRuns: 150 },
    );
  });
});
