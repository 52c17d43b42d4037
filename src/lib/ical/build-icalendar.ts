/**
 * An iCalendar (RFC 5545) writer, small and exact: CRLF lines folded at 75 octets without splitting
 * a UTF-8 character, TEXT escaping, times in Asia/Shanghai with its VTIMEZONE, RRULE, STATUS, GEO,
 * URL and VALARM reminders. Used for event files and feeds, and for a child's schedule.
 */
export interface CalendarEvent {
  /** Stable across builds, e.g. 'event-123@yuertong.example'. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  geo?: { lat: number; lng: number };
  url?: string;
  /** Timed: ISO-8601 with explicit offset ('2026-12-02T09:30:00+08:00'). All-day: 'YYYY-MM-DD'. */
  start: string;
  /** All-day end is exclusive (the day after), per RFC 5545. */
  end: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  rrule?: { freq: 'DAILY' | 'WEEKLY' | 'MONTHLY'; interval?: number; count?: number; until?: string; byDay?: ('MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU')[] };
  /** Written as ORGANIZER only with an email (RFC 5545 requires a cal-address); otherwise named in DESCRIPTION. */
  organizer?: { name: string; email?: string };
  categories?: string[];
  /** Reminders: VALARM DISPLAY triggered this many minutes before start. */
  alarms?: { minutesBefore: number; description: string }[];
  lastModified?: string;
  sequence?: number;
}

export interface CalendarOptions {
  prodId: string;
  /** X-WR-CALNAME: how calendar apps name a subscribed feed. */
  name: string;
  /** DTSTAMP for every event, passed in so output is reproducible. */
  dtstamp: string;
  timezone?: 'Asia/Shanghai';
}

const encoder = new TextEncoder();
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Folds one content line at 75 octets; continuation lines start with a space. Never splits a UTF-8
 * character (nor a UTF-16 surrogate pair).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** TEXT value escaping: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A quoted parameter value cannot hold DQUOTE or control characters: they are dropped. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcStamp(instant: Date): string {
  return `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`;
}

function shanghaiLocal(instant: Date): string {
  return utcStamp(new Date(instant.getTime() + SHANGHAI_OFFSET_MS)).slice(0, -1);
}

function parseInstant(value: string, uid: string, field: string): Date {
  const date = DATE_TIME.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`${uid} → ${field}: 不是带时区的时间 "${value}" (not an ISO date-time with offset)`);
  return date;
}

function parseDate(value: string, uid: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE_ONLY.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new Error(`${uid} → ${field}: 不是有效日期 "${value}" (not a YYYY-MM-DD date)`);
  }
  return value.replace(/-/g, '');
}

const VTIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'X-LIC-LOCATION:Asia/Shanghai', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'];

function eventLines(e: CalendarEvent, dtstamp: string): string[] {
  if (e.summary.trim() === '') throw new Error(`${e.uid} → summary: 标题为空 (empty summary)`);
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${dtstamp}`];
  const allDay = DATE_ONLY.test(e.start);
  if (allDay) {
    const start = parseDate(e.start, e.uid, 'start');
    const end = parseDate(e.end, e.uid, 'end');
    if (end <= start) throw new Error(`${e.uid} → end: 结束日期须晚于开始日期 (end must be after start; all-day ends are exclusive)`);
    lines.push(`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`);
  } else {
    const start = parseInstant(e.start, e.uid, 'start');
    const end = parseInstant(e.end, e.uid, 'end');
    if (end <= start) throw new Error(`${e.uid} → end: 结束时间须晚于开始时间 (end must be after start)`);
    lines.push(`DTSTART;TZID=Asia/Shanghai:${shanghaiLocal(start)}`, `DTEND;TZID=Asia/Shanghai:${shanghaiLocal(end)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  const description = [e.description, e.organizer && !e.organizer.email ? `主办：${e.organizer.name}` : undefined].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.geo) lines.push(`GEO:${e.geo.lat.toFixed(6)};${e.geo.lng.toFixed(6)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  if (e.organizer?.email) lines.push(`ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${e.organizer.email}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
  if (e.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(parseInstant(e.lastModified, e.uid, 'lastModified'))}`);
  if (e.rrule) {
    const r = e.rrule;
    const parts = [`FREQ=${r.freq}`];
    if (r.interval) parts.push(`INTERVAL=${r.interval}`);
    if (r.count) parts.push(`COUNT=${r.count}`);
    else if (r.until) parts.push(`UNTIL=${allDay ? parseDate(r.until, e.uid, 'rrule.until') : utcStamp(parseInstant(r.until, e.uid, 'rrule.until'))}`);
    if (r.byDay?.length) parts.push(`BYDAY=${r.byDay.join(',')}`);
    lines.push(`RRULE:${parts.join(';')}`);
  }
  for (const alarm of e.alarms ?? []) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${Math.max(0, Math.round(alarm.minutesBefore))}M`, `DESCRIPTION:${escapeText(alarm.description)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR: every line folded, CRLF everywhere, ending with CRLF. */
export function buildICalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const dtstamp = utcStamp(parseInstant(options.dtstamp, 'calendar', 'dtstamp'));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
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
