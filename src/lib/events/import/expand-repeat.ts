import { addDays, parseCivilDate, type CivilDate } from '../../age/civil-date';

/**
 * A simple repeat as a community worker writes it in the 重复 column: 每周二, or 每月第一个周六 /
 * 每月最后一个周三. Weekdays are 0 = Sunday … 6 = Saturday (as Date#getUTCDay); `nth` is 1–4, or -1
 * for the last one of the month.
 */
export type RepeatRule = { freq: 'weekly'; weekday: number } | { freq: 'monthly'; nth: 1 | 2 | 3 | 4 | -1; weekday: number };

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const NTH: Record<string, 1 | 2 | 3 | 4 | -1> = { 一: 1, '1': 1, 二: 2, '2': 2, 三: 3, '3': 3, 四: 4, '4': 4, 最后一: -1, 最后: -1 };
/** Words that mean "does not repeat". */
const NO_REPEAT = ['', '不重复', '无', '单次', '一次'];

/** 周二 / 星期二 / 礼拜二 → 2. */
const WEEKDAY = '(?:周|星期|礼拜)([日天一二三四五六])';
const WEEKLY = new RegExp(`^每(?:个)?${WEEKDAY}$`);
const MONTHLY = new RegExp(`^每(?:个)?月(?:的)?第?(最后一|最后|[一二三四1-4])(?:个)?${WEEKDAY}$`);

/**
 * Reads a 重复 cell: a rule, `null` for no repeat, or `undefined` when the text is not a repeat this
 * importer understands.
 * @example parseRepeatRule('每周二') // { freq: 'weekly', weekday: 2 }
 * @example parseRepeatRule('每月最后一个周六') // { freq: 'monthly', nth: -1, weekday: 6 }
 */
export function parseRepeatRule(cell: string): RepeatRule | null | undefined {
  const text = cell.normalize('NFKC').replace(/\s+/g, '');
  if (NO_REPEAT.includes(text)) return null;
  const weekly = WEEKLY.exec(text);
  if (weekly) return { freq: 'weekly', weekday: WEEKDAYS[weekly[1] ?? ''] ?? 0 };
  const monthly = MONTHLY.exec(text);
  if (monthly) {
    const nth = NTH[monthly[1] ?? ''];
    const weekday = WEEKDAYS[monthly[2] ?? ''];
    if (nth !== undefined && weekday !== undefined) return { freq: 'monthly', nth, weekday };
  }
  return undefined;
}

/** The rule in the words the spreadsheet uses (for messages). */
export function describeRepeatRule(rule: RepeatRule): string {
  if (rule.freq === 'weekly') return `每${WEEKDAY_NAMES[rule.weekday]}`;
  return `每月${rule.nth === -1 ? '最后一' : `第${'一二三四'[rule.nth - 1]}`}个${WEEKDAY_NAMES[rule.weekday]}`;
}

/** Weekday of a civil date, 0 = Sunday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function weekdayName(date: CivilDate): string {
  return WEEKDAY_NAMES[weekdayOf(date)] ?? '';
}

/** True when `date` is a day the rule falls on. */
export function matchesRepeat(rule: RepeatRule, date: CivilDate): boolean {
  if (weekdayOf(date) !== rule.weekday) return false;
  if (rule.freq === 'weekly') return true;
  const day = Number(date.slice(8, 10));
  if (rule.nth === -1) return addDays(date, 7).slice(0, 7) !== date.slice(0, 7);
  return Math.ceil(day / 7) === rule.nth;
}

/**
 * Every date the rule falls on from `first` to `until`, both included, in order. The dates are
 * civil dates: the importer gives them the row's times in Asia/Shanghai (+08:00), so no time zone
 * or daylight-saving shift can move an occurrence to another day. Stops after `limit` dates.
 */
export function expandRepeat(rule: RepeatRule, first: CivilDate, until: CivilDate, limit = 400): CivilDate[] {
  if (parseCivilDate(first) === undefined || parseCivilDate(until) === undefined) return [];
  const dates: CivilDate[] = [];
  // Step to the first matching weekday, then a week at a time (a monthly rule checks each one).
  let day = first;
  while (weekdayOf(day) !== rule.weekday) day = addDays(day, 1);
  for (; day <= until && dates.length < limit; day = addDays(day, 7)) {
    if (matchesRepeat(rule, day)) dates.push(day);
  }
  return dates;
}
