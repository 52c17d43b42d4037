/**
 * An iCalendar (RFC 5545) writer, small and exact: CRLF lines folded at 75 octets without splitting
 * a UTF-8 character, TEXT escaping, times in Asia/Shanghai with its VTIMEZONE, RRULE, STATUS, GEO,
 * URL, ORGANIZER and VALARM reminders. Used for event files and feeds, and for a child's schedule.
 *
 * Why not `ical-generator`: with plain Date/string input its local times, DTSTAMP and UNTIL follow
 * the build machine's time zone rather than the calendar's, X-WR-CALNAME is written unescaped, URLs
 * are TEXT-escaped, an organiser must have an email, and a VTIMEZONE needs another package.
 */
import { SHANGHAI_OFFSET_MS, toShanghaiWallMs } from '../time/shanghai-clock';

export interface CalendarEvent {
  /** Stable across builds, e.g. 'event-123@yuertong.example.cn'. Unique within one calendar. */
  uid: string;
  /** Must not be blank. */
  summary: string;
  description?: string;
  location?: string;
  /** WGS-84 degrees, written as `GEO:lat;lng` with 6 decimals. */
  geo?: { lat: number; lng: number };
  /** An absolute URL, written in its normalised form (non-ASCII is percent-encoded). */
  url?: string;
  /** Timed: ISO-8601 with explicit offset, e.g. '2026-12-02T09:30:00+08:00'. All-day: 'YYYY-MM-DD'. */
  start: string;
  /** Same form as `start`, later than it. An all-day end is exclusive (the day after), per RFC 5545. */
  end: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /**
   * Repetition: `count` or `until`, never both. `until` is inclusive: a date for all-day events; for
   * timed events an instant with offset (written in UTC) or a date, meaning the end of that day in Shanghai.
   */
  rrule?: {
    freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
    interval?: number;
    count?: number;
    until?: string;
    byDay?: ('MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU')[];
  };
  /**
   * Written as `ORGANIZER;CN="…":mailto:…` only with an email: RFC 5545 requires an address and a
   * made-up one is worse than none. Without an email the name ends the DESCRIPTION as '主办：…'.
   */
  organizer?: { name: string; email?: string };
  categories?: string[];
  /**
   * Reminders: VALARM DISPLAY triggered this many minutes (a whole number ≥ 0) before start.
   * A blank description falls back to the summary (DISPLAY alarms require one).
   */
  alarms?: { minutesBefore: number; description: string }[];
  /** ISO instant with offset, written in UTC. */
  lastModified?: string;
  /** Revision number, a whole number ≥ 0. */
  sequence?: number;
}

/** The calendar as a whole. */
export interface CalendarOptions {
  /** PRODID, e.g. '-//育儿通//淮北市//ZH'. */
  prodId: string;
  /** NAME and X-WR-CALNAME: how calendar apps name a subscribed feed. */
  name: string;
  /** ISO instant written as every event's DTSTAMP, passed in so output is reproducible. */
  dtstamp: string;
  /** The only zone written; X-WR-TIMEZONE and the VTIMEZONE. */
  timezone?: 'Asia/Shanghai';
}

const MAX_OCTETS = 75;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const WEEKDAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const FREQS = new Set(['DAILY', 'WEEKLY', 'MONTHLY']);
const STATUSES = new Set(['CONFIRMED', 'TENTATIVE', 'CANCELLED']);
/* eslint-disable no-control-regex -- these match the control characters iCalendar forbids */
/** TEXT may hold HTAB but no other control (RFC 5545 §3.3.11); line breaks are escaped before this applies. */
const TEXT_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f]/g;
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROLS = /[\u0000-\u001f\u007f]/g;
/** A quoted parameter value may hold no DQUOTE and no control (RFC 5545 §3.1); see quoteParam for the backslash. */
const PARAM_UNSAFE = /["\\\u0000-\u001f\u007f]/g;
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]+$/;

/**
 * Folds one content line at 75 octets (UTF-8 bytes, excluding the line break): continuation lines
 * start with a single space and carry at most 74 more octets. Breaks only between code points, so
 * a fold never splits a UTF-8 character (nor a UTF-16 surrogate pair). Unfolding (deleting each
 * CRLF + space) restores the line exactly.
 *
 * @example foldLine('SUMMARY:' + '托'.repeat(30)) // 'SUMMARY:托…(22 chars)\r\n 托…(8 chars)'
 */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    // A lone surrogate is written as U+FFFD (3 bytes) by any UTF-8 encoder.
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > MAX_OCTETS) {
      folded += '\r\n ';
      octets = 1; // the leading space
    }
    folded += ch;
    octets += size;
  }
  return folded;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, every
 * line break (CRLF, CR or LF) becomes `\n`. Characters TEXT cannot hold are dropped: controls other
 * than tab; a lone UTF-16 surrogate becomes U+FFFD, as a UTF-8 encoder would write it.
 *
 * @example escapeText('上午, 下午;\n地点') // '上午\\, 下午\\;\\n地点'
 */
export function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(TEXT_UNSAFE, '');
}

/**
 * A quoted parameter value (e.g. CN) cannot hold DQUOTE or controls: they are dropped (RFC 6868's
 * ^' and ^n would show as such in apps that predate it). Backslashes are dropped too: they are
 * literal in parameters, but some parsers (ical.js among them) read TEXT escapes there. A caret is
 * written as ^^, as RFC 6868 requires, so that a name containing "^n" is not read as a line break.
 */
function quoteParam(value: string): string | undefined {
  const kept = value.replace(LONE_SURROGATE, '\ufffd').replace(PARAM_UNSAFE, '');
  return kept.trim() === '' ? undefined : `"${kept.replace(/\^/g, '^^')}"`;
}

function fail(uid: string, field: string, problem: string): never {
  throw new Error(`iCalendar ${uid} → ${field}: ${problem}`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, mo: number) => (mo === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31);

/** Milliseconds since the epoch of a UTC wall time (Date.UTC would map years 0–99 to 1900–1999). */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

function validDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A 'YYYY-MM-DD' calendar date, checked for existence (no 2 月 30 日). */
function parseDate(value: string, uid: string, field: string): { ms: number; text: string } {
  const m = DATE_ONLY.exec(value);
  const [y, mo, d] = (m?.slice(1) ?? []).map(Number) as [number, number, number];
  if (!m || !validDate(y, mo, d)) fail(uid, field, `不是有效日期 "${value}" (not a YYYY-MM-DD date)`);
  return { ms: utcMs(y, mo, d), text: `${pad(y, 4)}${pad(mo)}${pad(d)}` };
}

/** An ISO-8601 date-time with Z or ±hh:mm, checked field by field; fractions of a second are dropped. */
function parseInstant(value: string, uid: string, field: string): number {
  const m = DATE_TIME.exec(value);
  if (m) {
    const [y, mo, d, h, mi, s, oh, om] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number, number, number];
    const offsetMinutes = (m[7] === '-' ? -1 : 1) * (oh * 60 + om);
    if (validDate(y, mo, d) && h < 24 && mi < 60 && s < 60 && oh <= 14 && om < 60) {
      const ms = utcMs(y, mo, d, h, mi, s) - offsetMinutes * 60_000;
      const years = [new Date(ms).getUTCFullYear(), new Date(toShanghaiWallMs(ms)).getUTCFullYear()];
      if (years.every((year) => year >= 0 && year <= 9999)) return ms;
    }
  }
  return fail(uid, field, `不是带时区的时间 "${value}" (not an ISO-8601 date-time with Z or ±hh:mm)`);
}

function stamp(ms: number): string {
  const t = new Date(ms);
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}

/** `YYYYMMDDTHHMMSSZ`. */
const utcStamp = (ms: number) => `${stamp(ms)}Z`;
/** Wall time in Asia/Shanghai, which has kept +08:00 all year since 1991 (and in our VTIMEZONE since 1970). */
const shanghaiStamp = (ms: number) => stamp(toShanghaiWallMs(ms));

/** Blank once written: nothing left but whitespace and controls. */
const isBlank = (value: string) => value.replace(CONTROLS, '').trim() === '';
const isWhole = (n: unknown, min: number) => typeof n === 'number' && Number.isInteger(n) && n >= min;

function checkText(value: string | undefined, uid: string, field: string): void {
  if (value !== undefined && typeof value !== 'string') fail(uid, field, '不是文本 (not a string)');
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function rruleLine(rrule: NonNullable<CalendarEvent['rrule']>, uid: string, allDay: boolean, startMs: number): string {
  const { freq, interval, count, until, byDay } = rrule;
  if (!FREQS.has(freq)) fail(uid, 'rrule.freq', `不支持 "${String(freq)}" (DAILY, WEEKLY or MONTHLY)`);
  const parts = [`FREQ=${freq}`];
  if (interval !== undefined) {
    if (!isWhole(interval, 1)) fail(uid, 'rrule.interval', `须为正整数 (a whole number ≥ 1), got ${String(interval)}`);
    parts.push(`INTERVAL=${interval}`);
  }
  if (count !== undefined && until !== undefined) fail(uid, 'rrule.until', 'COUNT 与 UNTIL 只能有一个 (count and until cannot both be given)');
  if (count !== undefined) {
    if (!isWhole(count, 1)) fail(uid, 'rrule.count', `须为正整数 (a whole number ≥ 1), got ${String(count)}`);
    parts.push(`COUNT=${count}`);
  }
  if (until !== undefined) {
    let untilMs: number;
    let text: string;
    if (allDay) {
      ({ ms: untilMs, text } = parseDate(until, uid, 'rrule.until'));
    } else {
      // A date alone means "through that day" in Shanghai; UNTIL must be UTC when DTSTART has a TZID.
      untilMs = DATE_ONLY.test(until) ? parseDate(until, uid, 'rrule.until').ms + 86_400_000 - 1000 - SHANGHAI_OFFSET_MS : parseInstant(until, uid, 'rrule.until');
      untilMs = Math.floor(untilMs / 1000) * 1000;
      text = utcStamp(untilMs);
    }
    if (untilMs < startMs) fail(uid, 'rrule.until', `早于开始 (before start): "${until}"`);
    parts.push(`UNTIL=${text}`);
  }
  if (byDay?.length) {
    const bad = byDay.find((day) => !WEEKDAYS.has(day));
    if (bad !== undefined) fail(uid, 'rrule.byDay', `不是星期代码 "${String(bad)}" (MO…SU)`);
    parts.push(`BYDAY=${byDay.join(',')}`);
  }
  return `RRULE:${parts.join(';')}`;
}

function eventLines(e: CalendarEvent, dtstamp: string): string[] {
  const uid = e.uid;
  for (const field of ['summary', 'description', 'location', 'url'] as const) checkText(e[field], uid, field);
  if (typeof e.summary !== 'string' || isBlank(e.summary)) fail(uid, 'summary', '标题为空 (empty summary)');
  if (typeof e.start !== 'string') fail(uid, 'start', '缺少开始时间 (missing start)');
  if (typeof e.end !== 'string') fail(uid, 'end', '缺少结束时间 (missing end)');

  const lines = ['BEGIN:VEVENT', `UID:${escapeText(uid)}`, `DTSTAMP:${dtstamp}`];
  const allDay = DATE_ONLY.test(e.start);
  let startMs: number;
  if (allDay) {
    const start = parseDate(e.start, uid, 'start');
    const end = parseDate(e.end, uid, 'end');
    if (end.ms <= start.ms) fail(uid, 'end', `须晚于开始日期 (must be after start; all-day ends are exclusive): "${e.end}"`);
    startMs = start.ms;
    lines.push(`DTSTART;VALUE=DATE:${start.text}`, `DTEND;VALUE=DATE:${end.text}`);
  } else {
    // Compare what is written: whole seconds.
    startMs = Math.floor(parseInstant(e.start, uid, 'start') / 1000) * 1000;
    const endMs = Math.floor(parseInstant(e.end, uid, 'end') / 1000) * 1000;
    if (endMs <= startMs) fail(uid, 'end', `须晚于开始时间 (must be after start): "${e.end}"`);
    lines.push(`DTSTART;TZID=Asia/Shanghai:${shanghaiStamp(startMs)}`, `DTEND;TZID=Asia/Shanghai:${shanghaiStamp(endMs)}`);
  }

  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  const organizer = e.organizer;
  if (organizer !== undefined) {
    if (typeof organizer.name !== 'string' || organizer.name.trim() === '') fail(uid, 'organizer.name', '主办方名称为空 (empty name)');
    if (organizer.email !== undefined && !EMAIL.test(organizer.email)) fail(uid, 'organizer.email', `不是邮箱地址 "${organizer.email}" (not an email address)`);
  }
  const description = [e.description, organizer && organizer.email === undefined ? `主办：${organizer.name}` : undefined].filter((part) => part !== undefined && !isBlank(part)).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (e.location !== undefined && !isBlank(e.location)) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.geo) {
    const { lat, lng } = e.geo;
    if (!Number.isFinite(lat) || Math.abs(lat) > 90) fail(uid, 'geo.lat', `须在 -90…90 之间 (latitude), got ${String(lat)}`);
    if (!Number.isFinite(lng) || Math.abs(lng) > 180) fail(uid, 'geo.lng', `须在 -180…180 之间 (longitude), got ${String(lng)}`);
    lines.push(`GEO:${lat.toFixed(6)};${lng.toFixed(6)}`);
  }
  if (e.url !== undefined) {
    let href = '';
    try {
      href = new URL(e.url).href;
    } catch {
      fail(uid, 'url', `不是完整网址 "${e.url}" (not an absolute URL)`);
    }
    if (CONTROL.test(href) || /\s/.test(href)) fail(uid, 'url', `网址含空白或控制字符 "${e.url}"`);
    // URI values are not TEXT: no backslash escaping.
    lines.push(`URL:${href}`);
  }
  if (e.status !== undefined) {
    if (!STATUSES.has(e.status)) fail(uid, 'status', `不支持 "${String(e.status)}" (CONFIRMED, TENTATIVE or CANCELLED)`);
    lines.push(`STATUS:${e.status}`);
  }
  if (organizer?.email !== undefined) {
    const name = quoteParam(organizer.name);
    lines.push(`ORGANIZER${name === undefined ? '' : `;CN=${name}`}:mailto:${organizer.email}`);
  }
  const categories = (e.categories ?? []).filter((c) => typeof c === 'string' && !isBlank(c));
  if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  if (e.sequence !== undefined) {
    if (!isWhole(e.sequence, 0)) fail(uid, 'sequence', `须为非负整数 (a whole number ≥ 0), got ${String(e.sequence)}`);
    lines.push(`SEQUENCE:${e.sequence}`);
  }
  if (e.lastModified !== undefined) lines.push(`LAST-MODIFIED:${utcStamp(parseInstant(e.lastModified, uid, 'lastModified'))}`);
  if (e.rrule) lines.push(rruleLine(e.rrule, uid, allDay, startMs));
  (e.alarms ?? []).forEach((alarm, i) => {
    if (!isWhole(alarm.minutesBefore, 0)) fail(uid, `alarms[${i}].minutesBefore`, `须为非负整数 (a whole number ≥ 0), got ${String(alarm.minutesBefore)}`);
    checkText(alarm.description, uid, `alarms[${i}].description`);
    const text = typeof alarm.description === 'string' && !isBlank(alarm.description) ? alarm.description : e.summary;
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${alarm.minutesBefore}M`, `DESCRIPTION:${escapeText(text)}`, 'END:VALARM');
  });
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A whole VCALENDAR (METHOD:PUBLISH, subscribable: refreshed every 12 hours) with one VTIMEZONE for
 * Asia/Shanghai, always present so that even an empty feed holds a component. Timed events are
 * written in Shanghai local time whatever offset they were given in. Every line folded, CRLF
 * everywhere, ending with CRLF.
 *
 * @throws Error naming the event's uid and the field, on a blank summary, an unparseable or
 *   non-existent date, an end not after its start, a duplicate uid, or another invalid field.
 * @example buildICalendar([event], { prodId: '-//育儿通//ZH', name: '育儿通活动', dtstamp: '2026-11-28T00:00:00Z' })
 */
export function buildICalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  if (options.timezone !== undefined && options.timezone !== 'Asia/Shanghai') fail('calendar', 'timezone', `只支持 Asia/Shanghai, got "${String(options.timezone)}"`);
  if (typeof options.prodId !== 'string' || options.prodId.trim() === '') fail('calendar', 'prodId', '为空 (empty)');
  if (typeof options.name !== 'string' || options.name.trim() === '') fail('calendar', 'name', '为空 (empty)');
  const dtstamp = utcStamp(parseInstant(options.dtstamp, 'calendar', 'dtstamp'));
  const seen = new Set<string>();
  for (const e of events) {
    if (typeof e.uid !== 'string' || e.uid.trim() === '' || CONTROL.test(e.uid)) fail(String(e.uid || '(no uid)'), 'uid', '为空或含控制字符 (empty or has control characters)');
    if (seen.has(e.uid)) fail(e.uid, 'uid', '重复 (duplicate uid in one calendar)');
    seen.add(e.uid);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.name)}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...VTIMEZONE,
    ...events.flatMap((e) => eventLines(e, dtstamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
