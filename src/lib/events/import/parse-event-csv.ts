import { stringify } from 'csv-stringify/sync';
import { addDays, type CivilDate } from '../../age/civil-date';
import { AGE_BAND_IDS } from '../../age/age-bands';
import { convertPosition, isInside, type Crs, type LngLat } from '../../geo/convert-coordinates';
import { EVENT_AUDIENCE_LABELS, EVENT_TYPE_LABELS } from '../../i18n/place-labels';
import { t } from '../../i18n/translate';
import { readSpreadsheetRows } from '../../places/csv/check-header';
import { cleanCell, parseDecimal, showCell } from '../../places/csv/clean-cell';
import { parseDateCell, toChineseMessage } from '../../places/csv/parse-place-csv';
import type { RowError } from '../../places/csv/read-csv-records';
import { findPhoneError } from '../../places/phone';
import { EventSchema, type EventStatus } from '../../../schemas/event';
import { EVENT_COLUMNS, EVENT_HEADERS, type EventField } from './event-columns';
import { describeRepeatRule, expandRepeat, matchesRepeat, parseRepeatRule, weekdayName } from './expand-repeat';

export type { RowError };

export interface EventParseOptions {
  /** The city's landline area code (`phoneAreaCode` in site.config.ts). */
  phoneAreaCode: string;
  districts: readonly { id: string; name: string }[];
  /** [[south, west], [north, east]] WGS-84: venues outside are errors. */
  bounds: [[number, number], [number, number]];
  /** Today (YYYY-MM-DD, Asia/Shanghai): dates more than a year before or two years after are typing errors. */
  today: CivilDate;
  /** Coordinate system of 经度/纬度; a row with coordinates needs it (no silent 500 m shift). */
  crs?: Crs | undefined;
  /** The places the build publishes, by id (a venue given as 地点编号 must be one), with their district. */
  places: ReadonlyMap<string, { district: string }>;
  /** Ids of the hand-written events (`events.yaml`): an imported event may not take one. */
  takenIds?: ReadonlySet<string>;
}

/** An event as written to `imported.yaml` (the schema's input: times as +08:00 strings). */
export type EventRecord = Record<string, unknown> & { id: string; title: string };

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const LIST_SEPARATORS = /[、，,；;／/\s]+/;
const ALL = ['全部', '不限', '所有'];
/** A weekly series is one event with a count (the schema allows up to 52); a monthly one, one event per date. */
const MAX_WEEKLY = 52;
const MAX_MONTHLY = 12;
const CRS_HELP = '请在命令里用 --crs 说明经纬度是在哪里取的：高德地图、腾讯地图 → --crs gcj02；百度地图 → --crs bd09；GPS 设备、天地图 → --crs wgs84';

const TYPE_WORDS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(EVENT_TYPE_LABELS).map(([id, label]) => [label, id])),
  义诊: 'free-clinic',
  讲座: 'health-talk',
  孕妇课堂: 'prenatal-class',
  开放日: 'open-day',
};
const STATUS_WORDS: Record<string, EventStatus> = {
  正常: 'scheduled',
  按计划举行: 'scheduled',
  已取消: 'cancelled',
  取消: 'cancelled',
  已延期: 'postponed',
  延期: 'postponed',
  名额已满: 'full',
  已满: 'full',
};
const WALK_IN = ['无需预约', '无需报名', '不用预约', '直接到场', '现场参加', '无'];

/** The band labels of the site (0–6个月 …), as typed with any dash or tilde, and the band ids. */
const bandLabel = (id: string) => t(`band.${id}` as Parameters<typeof t>[0]);
const dashless = (s: string) => s.replace(/[-–—~～至到]/g, '-').replace(/\s+/g, '');
const BAND_WORDS = new Map<string, string>(AGE_BAND_IDS.flatMap((id) => [[dashless(bandLabel(id)), id], [id, id]]));

/** 9:30, 09：30, 9.30, 9点30 → 09:30; undefined for anything else or an impossible time. */
export function parseTimeCell(cell: string): string | undefined {
  const m = /^(\d{1,2})[:.点时](\d{2})分?$/.exec(cell.normalize('NFKC').replace(/\s+/g, '')) ?? /^(\d{1,2})点(半)?$/.exec(cell.normalize('NFKC').replace(/\s+/g, ''));
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] === '半' ? 30 : Number(m[2] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint for generated ids. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The id of a row without 编号: `event-YYYYMMDD-xxxxxxxx`, from the title, first date and venue, so
 * importing the same row again updates it. Changing any of the three makes a new event (give 编号 to
 * keep an event's address while editing its title).
 */
export function toGeneratedEventId(title: string, date: CivilDate, venue: string): string {
  return `event-${date.replace(/-/g, '')}-${fingerprint(`${title}|${date}|${venue}`)}`;
}

/** Splits a list cell (、，, ; / or spaces) into its words. */
function splitList(cell: string): string[] {
  return cell.split(LIST_SEPARATORS).map((p) => p.trim()).filter(Boolean);
}

const shanghai = (date: CivilDate, time: string) => `${date}T${time}:00+08:00`;

/** Which column a schema issue belongs to. */
function columnForPath(path: readonly PropertyKey[]): string {
  const [head, next] = path.map(String);
  const byField: Record<string, EventField> = {
    id: 'id', title: 'title', type: 'type', audiences: 'audiences', bands: 'bands', start: 'startTime', end: 'endTime',
    recurrence: 'repeat', district: 'district', capacity: 'capacity', registration: 'booking', costYuan: 'cost',
    status: 'status', newTime: 'newDate', statusReason: 'statusReason', description: 'description',
  };
  if (head === 'venue') return next === 'address' ? EVENT_HEADERS.venueAddress : next === 'position' ? `${EVENT_HEADERS.lng}/${EVENT_HEADERS.lat}` : EVENT_HEADERS.venueName;
  if (head === 'organiser') return next === 'phone' ? EVENT_HEADERS.organiserPhone : EVENT_HEADERS.organiser;
  const field = byField[head ?? ''];
  return field ? EVENT_HEADERS[field] : (head ?? '—');
}

/**
 * Parses and validates a whole events spreadsheet. Either every row is good (records, a monthly
 * repeat expanded to one record per date) or the result lists every problem with its line, column
 * and reason — never a partial import. Any text in any cell yields one or the other, never a throw.
 */
export function parseEventCsv(text: string, options: EventParseOptions): { records: EventRecord[]; errors: RowError[] } {
  const sheet = readSpreadsheetRows(text, EVENT_COLUMNS);
  if (!sheet.ok) return { records: [], errors: sheet.errors };
  const { headers, body } = sheet;
  const errors: RowError[] = [];

  const earliest = addDays(options.today, -366);
  const latest = addDays(options.today, 731);
  const records: EventRecord[] = [];
  const seenIds = new Map<string, number>();

  for (const { cells, line } of body) {
    if (cells.length !== headers.length) {
      errors.push({ line, column: '—', message: `本行有 ${cells.length} 列，表头有 ${headers.length} 列 (wrong number of cells)` });
      continue;
    }
    const rowErrors: RowError[] = [];
    const cell = (field: EventField) => {
      const index = headers.indexOf(EVENT_HEADERS[field]);
      return index >= 0 ? cleanCell(cells[index] ?? '') : '';
    };
    const fail = (field: EventField | string, message: string) => {
      const column = field in EVENT_HEADERS ? EVENT_HEADERS[field as EventField] : field;
      rowErrors.push({ line, column, message });
    };
    const required = (field: EventField) => {
      const value = cell(field);
      if (value === '') fail(field, '必填项为空 (required)');
      return value;
    };
    const readDate = (field: EventField): CivilDate | undefined => {
      const value = cell(field);
      if (value === '') return undefined;
      const iso = parseDateCell(value.normalize('NFKC'));
      if (!iso) fail(field, `${showCell(value)}不是有效日期，请写成 2026-12-01 (not a valid date)`);
      else if (iso < earliest || iso > latest) fail(field, `${showCell(value)}不在合理范围内：应在 ${earliest} 到 ${latest} 之间 (date out of range)`);
      else return iso;
      return undefined;
    };
    const readTime = (field: EventField): string | undefined => {
      const value = cell(field);
      if (value === '') return undefined;
      const time = parseTimeCell(value);
      if (!time) fail(field, `${showCell(value)}不是有效时间，请写成 09:30 或 14:00（24小时制，北京时间）(not a valid time)`);
      return time;
    };
    const readPhone = (field: EventField, value: string): string | undefined => {
      if (findPhoneError(value, options.phoneAreaCode) === undefined) return value;
      fail(field, `电话号码格式不对：${showCell(value)}，应为11位手机号或 ${options.phoneAreaCode}-XXXXXXX 固定电话 (phone must be a mobile or a ${options.phoneAreaCode} landline)`);
      return undefined;
    };

    const record: Record<string, unknown> = {};
    // Title, type, who it is for.
    const title = required('title');
    record['title'] = title;
    const typeCell = required('type');
    if (typeCell !== '') {
      const type = TYPE_WORDS[typeCell] ?? (typeCell in EVENT_TYPE_LABELS ? typeCell : undefined);
      if (type) record['type'] = type;
      else fail('type', `${showCell(typeCell)}不是可选的类型，可选：${Object.values(EVENT_TYPE_LABELS).join('、')} (unknown type)`);
    }
    const audienceCell = required('audiences');
    if (audienceCell !== '') {
      const words = splitList(audienceCell);
      const labels = Object.entries(EVENT_AUDIENCE_LABELS);
      const unknown = words.filter((w) => !ALL.includes(w) && !labels.some(([id, label]) => label === w || id === w));
      if (unknown.length > 0) fail('audiences', `${showCell(unknown.join('、'))}不是可选的对象，可选：${Object.values(EVENT_AUDIENCE_LABELS).join('、')}，或“全部” (unknown audience)`);
      else record['audiences'] = words.some((w) => ALL.includes(w)) ? labels.map(([id]) => id) : [...new Set(words.map((w) => labels.find(([id, label]) => label === w || id === w)?.[0]))];
    }
    const bandCell = required('bands');
    if (bandCell !== '') {
      const words = bandCell.split(/[、，,；;／/]+/).map((w) => dashless(w.normalize('NFKC'))).filter(Boolean);
      const unknown = words.filter((w) => !ALL.includes(w) && !BAND_WORDS.has(w));
      if (unknown.length > 0) fail('bands', `${showCell(unknown.join('、'))}不是本站的年龄段，可选：${AGE_BAND_IDS.map(bandLabel).join('、')}，或“全部” (unknown age band)`);
      else record['bands'] = words.some((w) => ALL.includes(w)) ? [...AGE_BAND_IDS] : AGE_BAND_IDS.filter((id) => words.some((w) => BAND_WORDS.get(w) === id));
    }

    // When: first date and times in Asia/Shanghai, and a repeat.
    if (cell('date') === '') fail('date', '必填项为空 (required)');
    const date = readDate('date');
    if (cell('startTime') === '') fail('startTime', '必填项为空 (required)');
    if (cell('endTime') === '') fail('endTime', '必填项为空 (required)');
    const startTime = readTime('startTime');
    const endTime = readTime('endTime');
    if (startTime && endTime && endTime <= startTime) fail('endTime', `结束时间 ${endTime} 须晚于开始时间 ${startTime} (end before start)`);
    const repeatCell = cell('repeat');
    const rule = parseRepeatRule(repeatCell);
    const until = readDate('until');
    let dates: CivilDate[] = date ? [date] : [];
    if (rule === undefined) {
      fail('repeat', `${showCell(repeatCell)}看不懂。请写“每周二”“每月第一个周六”“每月最后一个周三”，不重复就留空 (unknown repeat)`);
    } else if (rule === null) {
      if (cell('until') !== '') fail('until', '没有填“重复”，重复截止日期应留空 (end date without a repeat)');
    } else if (cell('until') === '') {
      fail('until', `“${describeRepeatRule(rule)}”要写到哪天为止？请填重复截止日期 (repeat needs an end date)`);
    } else if (date && until) {
      if (!matchesRepeat(rule, date)) {
        const next = expandRepeat(rule, date, addDays(date, 62))[0];
        fail('date', `第一场日期 ${date} 是${weekdayName(date)}，不是“${describeRepeatRule(rule)}”${next ? `；下一个符合的日期是 ${next}` : ''} (first date does not match the repeat)`);
      } else if (until < date) {
        fail('until', `截止日期 ${until} 早于第一场 ${date} (end before the first date)`);
      } else {
        dates = expandRepeat(rule, date, until);
        const max = rule.freq === 'weekly' ? MAX_WEEKLY : MAX_MONTHLY;
        if (dates.length > max) fail('until', `从 ${date} 到 ${until} 共 ${dates.length} 场，一行最多 ${max} 场；请缩短截止日期，或分成几行 (too many sessions)`);
      }
    }

    // Where: a place of the directory, or a name, address, position and district.
    const placeId = cell('placeId');
    const venueFields: EventField[] = ['venueName', 'venueAddress', 'lng', 'lat'];
    // Part of a generated id: the place id, or the venue's name and address.
    const venueKey = placeId !== '' ? placeId : `${cell('venueName')}|${cell('venueAddress')}`;
    if (placeId !== '') {
      const place = options.places.get(placeId);
      const extra = venueFields.filter((f) => cell(f) !== '');
      if (!place) fail('placeId', `地点编号${showCell(placeId)}在场所数据里找不到；请核对编号，或留空后填地点名称、地址和经纬度 (unknown place)`);
      else if (extra.length > 0) fail(extra[0] as EventField, `已填地点编号，${extra.map((f) => EVENT_HEADERS[f]).join('、')}请留空 (place id and a venue of its own)`);
      else {
        record['venue'] = { placeId };
        record['district'] = place.district;
      }
    } else {
      const name = cell('venueName');
      const address = cell('venueAddress');
      if (name === '') fail('venueName', `没有地点编号时必填 (required without ${EVENT_HEADERS.placeId})`);
      if (address === '') fail('venueAddress', `没有地点编号时必填 (required without ${EVENT_HEADERS.placeId})`);
      const lngCell = cell('lng');
      const latCell = cell('lat');
      const lng = parseDecimal(lngCell);
      const lat = parseDecimal(latCell);
      if (lngCell === '') fail('lng', `没有地点编号时必填 (required without ${EVENT_HEADERS.placeId})`);
      else if (lng === undefined) fail('lng', `${showCell(lngCell)}不是数字，请只写阿拉伯数字，例如 116.798 (not a decimal number)`);
      if (latCell === '') fail('lat', `没有地点编号时必填 (required without ${EVENT_HEADERS.placeId})`);
      else if (lat === undefined) fail('lat', `${showCell(latCell)}不是数字，请只写阿拉伯数字，例如 33.956 (not a decimal number)`);
      let position: LngLat | undefined;
      if (lng !== undefined && lat !== undefined) {
        if (!options.crs) fail(`${EVENT_HEADERS.lng}/${EVENT_HEADERS.lat}`, `本行用经纬度说明地点。${CRS_HELP} (--crs is required for coordinates)`);
        else {
          const wgs = convertPosition([lng, lat], options.crs, 'wgs84');
          position = [Math.round(wgs[0] * 1e6) / 1e6, Math.round(wgs[1] * 1e6) / 1e6];
          if (!isInside(position, options.bounds)) fail(`${EVENT_HEADERS.lng}/${EVENT_HEADERS.lat}`, `坐标 ${lng}, ${lat} 不在本市范围内（是否填反了经纬度或坐标系？）(outside the city)`);
        }
      }
      const districtCell = cell('district');
      const district = options.districts.find((d) => d.name === districtCell || d.id === districtCell);
      if (districtCell === '') fail('district', `没有地点编号时必填 (required without ${EVENT_HEADERS.placeId})`);
      else if (!district) fail('district', `${showCell(districtCell)}不是本市的区县，可选：${options.districts.map((d) => d.name).join('、')} (unknown district)`);
      else record['district'] = district.id;
      record['venue'] = { name, address, position: position ?? [0, 0] };
    }

    // Booking, capacity, cost.
    const booking = required('booking');
    if (booking !== '') {
      const normalised = booking.normalize('NFKC');
      if (WALK_IN.includes(normalised)) record['registration'] = { kind: 'walk-in' };
      else if (/^[a-z][a-z0-9+.-]*:/i.test(normalised) || /^www\./i.test(normalised)) {
        let url: URL | undefined;
        try {
          url = new URL(normalised);
        } catch {
          url = undefined;
        }
        if (!url || url.protocol !== 'https:' || !url.hostname.includes('.') || /\s/.test(normalised)) fail('booking', `${showCell(booking)}不是可用的报名链接：链接须以 https:// 开头 (links must be https)`);
        else record['registration'] = { kind: 'url', url: url.href };
      } else if (/^[\d\s()（）+\-‐-―−]+$/.test(normalised)) {
        const phone = readPhone('booking', booking);
        if (phone) record['registration'] = { kind: 'phone', phone };
      } else fail('booking', `${showCell(booking)}看不懂。请填报名电话、以 https:// 开头的报名链接，或“无需预约” (phone, https link or 无需预约)`);
    }
    const capacityCell = cell('capacity');
    if (capacityCell !== '' && capacityCell !== '不限') {
      const n = parseDecimal(capacityCell);
      if (n === undefined || !Number.isInteger(n) || n < 1 || n > 5000) fail('capacity', `${showCell(capacityCell)}应为 1 到 5000 的整数，不限名额就留空 (capacity must be a whole number)`);
      else record['capacity'] = n;
    }
    const costCell = cell('cost');
    if (costCell === '' || costCell === '免费') record['costYuan'] = 0;
    else {
      const n = parseDecimal(costCell.replace(/元$/, ''));
      if (n === undefined || n < 0 || n > 10_000) fail('cost', `${showCell(costCell)}应为 0 到 10000 的金额（元），免费就填“免费”或留空 (cost in yuan)`);
      else record['costYuan'] = n;
    }

    // Status: 正常 / 已取消 / 已延期 (with its new date) / 名额已满.
    const statusCell = cell('status');
    const status: EventStatus | undefined = statusCell === '' ? 'scheduled' : STATUS_WORDS[statusCell];
    if (!status) fail('status', `${showCell(statusCell)}不是可选的状态，可选：正常、已取消、已延期、名额已满 (unknown status)`);
    else record['status'] = status;
    const newDateFields: EventField[] = ['newDate', 'newStartTime', 'newEndTime'];
    if (status === 'postponed') {
      if (rule && rule.freq === 'monthly') fail('status', '每月重复的活动不能整行延期；请把延期的那一场单独写一行，并把原来这一行的截止日期改到延期前 (postpone one monthly session on its own row)');
      const newDate = readDate('newDate');
      if (cell('newDate') === '') fail('newDate', '状态为“已延期”时必填：延期到哪一天？(postponed needs the new date)');
      const newStart = readTime('newStartTime') ?? startTime;
      const newEnd = readTime('newEndTime') ?? endTime;
      if (newDate && newStart && newEnd) {
        if (newEnd <= newStart) fail('newEndTime', `新结束时间 ${newEnd} 须晚于新开始时间 ${newStart} (end before start)`);
        else record['newTime'] = { start: shanghai(newDate, newStart), end: shanghai(newDate, newEnd) };
      }
    } else {
      const filled = newDateFields.filter((f) => cell(f) !== '');
      if (filled.length > 0) fail(filled[0] as EventField, `只有状态为“已延期”时才填${filled.map((f) => EVENT_HEADERS[f]).join('、')} (only for postponed events)`);
    }
    const reason = cell('statusReason');
    if (reason !== '') record['statusReason'] = reason;

    // Organiser and description.
    const organiser = required('organiser');
    const organiserPhoneCell = cell('organiserPhone');
    const organiserPhone = organiserPhoneCell === '' ? undefined : readPhone('organiserPhone', organiserPhoneCell);
    record['organiser'] = organiserPhone ? { name: organiser, phone: organiserPhone } : { name: organiser };
    record['description'] = cell('description');

    // The id: 编号, or one made from title, first date and venue.
    const idCell = cell('id');
    if (idCell !== '' && !ID.test(idCell)) fail('id', `${showCell(idCell)}不能用作编号：只能用小写英文字母、数字和连字符 -，2 到 64 个字符，例如 parent-class-2026-12 (invalid id)`);
    const baseId = idCell !== '' ? idCell : date ? toGeneratedEventId(title, date, venueKey) : '';

    // One record per row, or per date of a monthly repeat (the schema repeats weekly only).
    const candidates: Record<string, unknown>[] = [];
    if (date && startTime && endTime) {
      if (rule && rule.freq === 'monthly') {
        for (const day of dates) candidates.push({ ...record, id: `${baseId}-${day.replace(/-/g, '').slice(4)}`, start: shanghai(day, startTime), end: shanghai(day, endTime) });
      } else {
        const recurrence = rule && dates.length >= 2 ? { recurrence: { freq: 'weekly', count: Math.min(dates.length, MAX_WEEKLY) } } : {};
        candidates.push({ id: baseId, ...record, start: shanghai(date, startTime), end: shanghai(date, endTime), ...recurrence });
      }
    }
    const badColumns = new Set(rowErrors.map((e) => e.column));
    // A venue problem already reported makes the venue and district incomplete: say it once.
    const venueColumns = [EVENT_HEADERS.placeId, EVENT_HEADERS.venueName, EVENT_HEADERS.venueAddress, EVENT_HEADERS.lng, EVENT_HEADERS.lat, `${EVENT_HEADERS.lng}/${EVENT_HEADERS.lat}`, EVENT_HEADERS.district] as string[];
    if (venueColumns.some((c) => badColumns.has(c))) for (const c of venueColumns) badColumns.add(c);
    for (const candidate of candidates) {
      const id = String(candidate['id']);
      if (options.takenIds?.has(id)) fail('id', `编号${showCell(id)}已被手工维护的活动（events.yaml）使用；请换一个编号 (id used by a hand-written event)`);
      else if (seenIds.has(id)) fail('id', `编号${showCell(id)}与第 ${seenIds.get(id)} 行重复${idCell === '' ? '（同名、同日、同地点的活动写了两次？）' : ''} (duplicate id)`);
      seenIds.set(id, seenIds.get(id) ?? line);
      const parsed = EventSchema.safeParse(candidate);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = columnForPath(issue.path);
          if (badColumns.has(column)) continue;
          badColumns.add(column);
          rowErrors.push({ line, column, message: toChineseMessage(issue) });
        }
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else records.push(...(candidates as EventRecord[]));
  }
  return errors.length > 0 ? { records: [], errors } : { records, errors: [] };
}

/** The configured city's own values for the template's example rows. */
export interface EventTemplateCity {
  district: { id: string; name: string };
  /** [lat, lng] WGS-84, the map centre. */
  centre: [number, number];
  phoneAreaCode: string;
}

/**
 * The downloadable template: the headers and two example rows that import as they are (with
 * `--crs wgs84`): a weekly parent class and a monthly parent–child activity, dated from `today`.
 * With `placeId`, the first row names a place of the directory instead of its own address.
 */
export function toEventTemplateCsv(city: EventTemplateCity, today: CivilDate, placeId?: string): string {
  const nextWeekday = (from: CivilDate, weekday: number) => expandRepeat({ freq: 'weekly', weekday }, from, addDays(from, 7))[0] ?? from;
  const tuesday = nextWeekday(addDays(today, 7), 2);
  const firstSaturday = expandRepeat({ freq: 'monthly', nth: 1, weekday: 6 }, addDays(today, 7), addDays(today, 45))[0] ?? today;
  const ownVenue = (name: string) => ({ venueName: name, venueAddress: `${city.district.name}某某路1号`, lng: String(city.centre[1]), lat: String(city.centre[0]), district: city.district.name });
  const rows: Partial<Record<EventField, string>>[] = [
    {
      title: '科学喂养家长课堂',
      type: '家长课堂',
      audiences: '父母、祖辈',
      bands: `${bandLabel('0-6m')}、${bandLabel('6-12m')}`,
      date: tuesday,
      startTime: '09:30',
      endTime: '11:00',
      repeat: '每周二',
      until: addDays(tuesday, 21),
      ...(placeId ? { placeId } : ownVenue('社区卫生服务中心二楼会议室')),
      booking: `${city.phoneAreaCode}-3000000`,
      capacity: '30',
      cost: '免费',
      status: '正常',
      organiser: `${city.district.name}卫生健康委员会`,
      description: '讲怎样按需喂奶、怎样看宝宝吃饱了。请带上宝宝的预防接种证。',
    },
    {
      id: 'parent-child-reading',
      title: '亲子阅读时光',
      type: '亲子活动',
      audiences: '父母',
      bands: `${bandLabel('1-2y')}、${bandLabel('2-3y')}`,
      date: firstSaturday,
      startTime: '15:00',
      endTime: '16:00',
      repeat: '每月第一个周六',
      until: addDays(firstSaturday, 62),
      ...ownVenue('社区图书室'),
      booking: '无需预约',
      status: '正常',
      organiser: `${city.district.name}某某社区居委会`,
      description: '和孩子一起读绘本、唱儿歌。',
    },
  ];
  const fields = Object.keys(EVENT_HEADERS) as EventField[];
  return stringify([fields.map((f) => EVENT_HEADERS[f]), ...rows.map((row) => fields.map((f) => row[f] ?? ''))]);
}
