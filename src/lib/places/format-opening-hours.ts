/**
 * Our opening-hours strings use a small, common part of the OSM syntax: rules separated by `;`, each
 * a day list (`Mo-Fr`, `Tu,Th`, `Sa`) and time ranges (`08:00-11:30,14:30-17:30`), or `24/7`.
 * These helpers read that part for people (Chinese) and for schema.org; anything else is left as is.
 */
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Day = (typeof DAYS)[number];
const DAY_NAMES: Record<Day, string> = { Mo: '周一', Tu: '周二', We: '周三', Th: '周四', Fr: '周五', Sa: '周六', Su: '周日' };
const SCHEMA_DAYS: Record<Day, string> = { Mo: 'Monday', Tu: 'Tuesday', We: 'Wednesday', Th: 'Thursday', Fr: 'Friday', Sa: 'Saturday', Su: 'Sunday' };

export interface HoursRule {
  days: Day[];
  /** [opens, closes] as HH:MM. */
  ranges: [string, string][];
}

const RULE = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)\s+((?:\d{2}:\d{2}-\d{2}:\d{2})(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/;

function expandDays(spec: string): Day[] {
  return spec.split(',').flatMap((part) => {
    const [from, to] = part.split('-') as [Day, Day | undefined];
    if (!to) return [from];
    const a = DAYS.indexOf(from);
    const b = DAYS.indexOf(to);
    return a <= b ? DAYS.slice(a, b + 1) : [...DAYS.slice(a), ...DAYS.slice(0, b + 1)];
  });
}

/** The weekly rules, or undefined when the string uses syntax beyond our common part. `24/7` is every day all day. */
export function parseWeeklyHours(hours: string): HoursRule[] | undefined {
  const text = hours.trim();
  if (text === '24/7') return [{ days: [...DAYS], ranges: [['00:00', '24:00']] }];
  const rules: HoursRule[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = RULE.exec(part);
    if (!m?.[1] || !m[2]) return undefined;
    rules.push({ days: expandDays(m[1]), ranges: m[2].split(',').map((r) => r.split('-') as [string, string]) });
  }
  return rules.length > 0 ? rules : undefined;
}

function dayListInChinese(days: Day[]): string {
  const indexes = days.map((d) => DAYS.indexOf(d));
  const contiguous = indexes.every((v, i) => i === 0 || v === (indexes[i - 1] ?? 0) + 1);
  if (days.length === 7) return '每天';
  if (contiguous && days.length > 2) return `${DAY_NAMES[days[0] as Day]}至${DAY_NAMES[days[days.length - 1] as Day]}`;
  return days.map((d) => DAY_NAMES[d]).join('、');
}

/**
 * Opening hours in plain Chinese.
 * @example formatOpeningHours('Mo-Fr 08:00-11:30,14:30-17:30; Sa 08:00-11:30') // '周一至周五 08:00–11:30、14:30–17:30；周六 08:00–11:30'
 */
export function formatOpeningHours(hours: string): string {
  if (hours.trim() === '24/7') return '全天24小时开放';
  const rules = parseWeeklyHours(hours);
  if (!rules) return hours;
  return rules.map((r) => `${dayListInChinese(r.days)} ${r.ranges.map(([a, b]) => `${a}–${b}`).join('、')}`).join('；');
}

/** schema.org OpeningHoursSpecification objects, or [] when the syntax is beyond our common part. */
export function toOpeningHoursSpecification(hours: string): { '@type': 'OpeningHoursSpecification'; dayOfWeek: string[]; opens: string; closes: string }[] {
  return (parseWeeklyHours(hours) ?? []).flatMap((r) =>
    r.ranges.map(([opens, closes]) => ({
      '@type': 'OpeningHoursSpecification' as const,
      dayOfWeek: r.days.map((d) => `https://schema.org/${SCHEMA_DAYS[d]}`),
      opens,
      closes: closes === '24:00' ? '23:59' : closes,
    })),
  );
}
