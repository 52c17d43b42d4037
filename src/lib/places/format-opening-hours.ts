import { ALL_MONTHS, isUnknownRange, noteOf, type DayRow, type OpeningHoursTable } from './opening-hours-table';

/**
 * Opening hours for people (Chinese) and for schema.org, read from the compact table the build made
 * with the `opening_hours` library — so whatever string the schema accepted is shown as the library reads it.
 */
const DAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function rowText(table: OpeningHoursTable, row: DayRow): string {
  if (row.length === 0) return '休息';
  if (row.length === 1 && row[0]?.[0] === 0 && row[0][1] === 1440 && !row[0][2]) return '全天开放';
  return row
    .map((range) => {
      const note = noteOf(table, range);
      const mark = note ? `（${note}）` : isUnknownRange(range) ? '（待确认）' : '';
      return `${hhmm(range[0])}–${hhmm(range[1])}${mark}`;
    })
    .join('、');
}

/** Runs of consecutive numbers: [0,1,2,4] → [[0,2],[4,4]]. */
function runs(values: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const v of values) {
    const last = out[out.length - 1];
    if (last && last[1] === v - 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}

function listText(values: number[], name: (v: number) => string, all: number): string {
  if (values.length === all) return all === 7 ? '每天' : '全年';
  return runs(values)
    .map(([a, b]) => (a === b ? name(a) : b === a + 1 ? `${name(a)}、${name(b)}` : `${name(a)}至${name(b)}`))
    .join('、');
}

function weekText(table: OpeningHoursTable, days: readonly DayRow[]): string {
  const texts = days.map((row) => rowText(table, row));
  if (texts.every((t) => t === '全天开放')) return '全天24小时开放';
  const groups: { text: string; days: number[] }[] = [];
  texts.forEach((text, day) => {
    const group = groups.find((g) => g.text === text);
    if (group) group.days.push(day);
    else groups.push({ text, days: [day] });
  });
  // Closed days last, as people say them: 周一至周五 08:00–17:00；周六、周日休息.
  groups.sort((a, b) => Number(a.text === '休息') - Number(b.text === '休息'));
  return groups
    .map((g) => {
      const days = listText(g.days, (d) => DAY_NAMES[d] ?? '', 7);
      return g.text === '休息' ? `${days}休息` : `${days} ${g.text}`;
    })
    .join('；');
}

/** The public-holiday part in words: 休息, 照常开放, 未确认…, or special hours. */
export function formatHolidayHours(table: OpeningHoursTable, words: { closed: string; open: string; unknown: string }): string {
  return typeof table.holidays === 'string' ? words[table.holidays] : rowText(table, table.holidays);
}

/**
 * Opening hours in plain Chinese; with `holidays`, a closing clause for public holidays that are not
 * "as on that weekday" (for places that show no separate holiday line).
 * @example formatOpeningHours(table('Mo-Fr 08:00-11:30,14:30-17:30; Sa 08:00-11:30')) // '周一至周五 08:00–11:30、14:30–17:30；周六 08:00–11:30；周日休息'
 */
export function formatOpeningHours(table: OpeningHoursTable, options: { holidays?: boolean } = {}): string {
  const [first] = table.weeks;
  let text =
    table.weeks.length === 1 && first
      ? weekText(table, first.days)
      : table.weeks
          .map((w) => {
            const months = [...Array(12).keys()].filter((m) => (w.months >> m) & 1);
            return `${listText(months, (m) => `${m + 1}月`, 12)}：${weekText(table, w.days)}`;
          })
          .join('。');
  if (options.holidays) {
    if (table.holidays === 'closed') text += '；法定节假日休息';
    else if (typeof table.holidays !== 'string') text += `；法定节假日 ${rowText(table, table.holidays)}`;
  }
  return text;
}

/**
 * schema.org OpeningHoursSpecification objects (sure opening times only; hours that change by month
 * are left out, as schema.org would need dates for them).
 */
export function toOpeningHoursSpecification(table: OpeningHoursTable): { '@type': 'OpeningHoursSpecification'; dayOfWeek: string[]; opens: string; closes: string }[] {
  const [week] = table.weeks;
  if (table.weeks.length !== 1 || !week || week.months !== ALL_MONTHS) return [];
  const byRange = new Map<string, string[]>();
  week.days.forEach((row, day) => {
    for (const range of row) {
      if (isUnknownRange(range)) continue;
      const key = `${hhmm(range[0])}-${range[1] === 1440 ? '23:59' : hhmm(range[1])}`;
      byRange.set(key, [...(byRange.get(key) ?? []), `https://schema.org/${SCHEMA_DAYS[day] ?? ''}`]);
    }
  });
  return [...byRange].map(([key, dayOfWeek]) => {
    const [opens = '', closes = ''] = key.split('-');
    return { '@type': 'OpeningHoursSpecification' as const, dayOfWeek, opens, closes };
  });
}
