import { stringify } from 'csv-stringify/sync';
import { CentreRecordSchema, ClinicRecordSchema, RoomRecordSchema, type PlaceKind } from '../../../schemas/place';
import { convertPosition, isInside, type Crs, type LngLat } from '../../geo/convert-coordinates';
import { findPhoneError } from '../phone';
import { readSpreadsheetRows } from './check-header';
import { cleanCell, parseDecimal, showCell } from './clean-cell';
import { PLACE_COLUMNS, type Codec, type Column } from './place-columns';
import type { RowError } from './read-csv-records';

export type { RowError };

export interface ParseOptions {
  kind: PlaceKind;
  /** Coordinate system of the 经度/纬度 columns; converted to WGS-84. */
  crs: Crs;
  /** The city's landline area code (`phoneAreaCode` in site.config.ts). */
  phoneAreaCode: string;
  districts: readonly { id: string; name: string }[];
  /** [[south, west], [north, east]] WGS-84: positions outside are errors. */
  bounds: [[number, number], [number, number]];
  /** Today (YYYY-MM-DD, Asia/Shanghai): verification and filing dates may not be after it. */
  today: string;
  /** Ids already used by places of the other kinds (id → kind): ids are unique across all places. */
  takenIds?: ReadonlyMap<string, PlaceKind>;
}

/** The earliest date a registry row may carry (the childcare registry is far younger). */
const EARLIEST_DATE = '1990-01-01';
const KIND_NAMES: Record<PlaceKind, string> = { centre: '托育机构', room: '母婴室', clinic: '接种/儿保门诊' };

/** A record as stored in `src/content/places/*.json` (dates as YYYY-MM-DD strings). */
export type PlaceRecord = Record<string, unknown> & { id: string; kind: PlaceKind; name: string; address: string };

const SCHEMAS = { centre: CentreRecordSchema, room: RoomRecordSchema, clinic: ClinicRecordSchema };
const TRUE_WORDS = ['是', '有', 'Y', 'y', 'yes', 'true', '1'];
const FALSE_WORDS = ['否', '无', 'N', 'n', 'no', 'false', '0'];
const LIST_SEPARATORS = /[、，,；;／/]+/;

/** Spreadsheet dates: 2026-11-01, 2026/11/1, 2026.11.1, 2026年11月1日 → 2026-11-01. */
export function parseDateCell(cell: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function labelFor(labels: Record<string, string>, cell: string): string | undefined {
  const entry = Object.entries(labels).find(([value, label]) => label === cell || value === cell);
  return entry?.[0];
}

/** Reads one cell; returns the value or an error message. Empty cells are undefined. */
function readCell(codec: Codec, raw: string, options: ParseOptions): { value?: unknown; error?: string } {
  const cell = cleanCell(raw);
  if (cell === '') return {};
  switch (codec.type) {
    case 'text':
      return { value: cell };
    case 'phone': {
      const error = findPhoneError(cell, options.phoneAreaCode);
      return error ? { error } : { value: cell };
    }
    case 'number':
    case 'integer': {
      const n = parseDecimal(cell);
      if (n === undefined) return { error: `${showCell(cell)}不是数字，请只写阿拉伯数字，例如 116.798 (not a decimal number)` };
      if (codec.type === 'integer' && !Number.isInteger(n)) return { error: `${showCell(cell)}应为整数 (not a whole number)` };
      return { value: n };
    }
    case 'date': {
      const iso = parseDateCell(cell.normalize('NFKC'));
      if (!iso) return { error: `${showCell(cell)}不是有效日期，请写成 2026-11-01 (not a valid date)` };
      if (iso < EARLIEST_DATE || iso > options.today) return { error: `${showCell(cell)}不在合理范围内：应在 ${EARLIEST_DATE} 到今天（${options.today}）之间 (date out of range)` };
      return { value: iso };
    }
    case 'boolean':
      if (TRUE_WORDS.includes(cell)) return { value: true };
      if (FALSE_WORDS.includes(cell)) return { value: false };
      return { error: `${showCell(cell)}应填“是”或“否” (expected 是 or 否)` };
    case 'district': {
      const d = options.districts.find((x) => x.name === cell || x.id === cell);
      return d ? { value: d.id } : { error: `${showCell(cell)}不是本市的区县，可选：${options.districts.map((x) => x.name).join('、')} (unknown district)` };
    }
    case 'enum': {
      const value = labelFor(codec.labels, cell);
      return value ? { value } : { error: `${showCell(cell)}不是可选值，可选：${Object.values(codec.labels).join('、')} (not an allowed value)` };
    }
    case 'list': {
      const parts = cell.split(LIST_SEPARATORS).map((p) => p.trim()).filter(Boolean);
      const unknown = parts.filter((p) => labelFor(codec.labels, p) === undefined);
      if (unknown.length > 0) return { error: `${showCell(unknown.join('、'))}不是可选值，可选：${Object.values(codec.labels).join('、')} (not an allowed value)` };
      return { value: [...new Set(parts.map((p) => labelFor(codec.labels, p)))] };
    }
  }
}

/** Sets a dotted path (`verified.date`, `position.0`, `classes.infant.places`) on a record. */
function setPath(record: Record<string, unknown>, field: string, value: unknown): void {
  const keys = field.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys[keys.length - 1] as string] = value;
}

function getPath(record: Record<string, unknown>, field: string): unknown {
  if (field.startsWith('classes.')) {
    const [, type, key] = field.split('.');
    const c = (record['classes'] as { type: string }[] | undefined)?.find((x) => x.type === type) as Record<string, unknown> | undefined;
    return c?.[key as string];
  }
  return field.split('.').reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k]), record);
}

/** Turns the `classes` object built from columns into the schema's list (only classes with places). */
function finishRecord(kind: PlaceKind, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { kind, ...record };
  if (kind === 'centre') {
    const byType = (record['classes'] ?? {}) as Record<string, { places?: number; vacancies?: number }>;
    out['classes'] = Object.entries(byType)
      .filter(([, c]) => c.places !== undefined)
      .map(([type, c]) => ({ type, places: c.places, vacancies: c.vacancies ?? 0 }));
  }
  if (kind === 'clinic') out['serviceHours'] ??= {};
  return out;
}

/** Schema messages in Chinese: our own refinements already are; Zod's built-in ones are not. */
export function toChineseMessage(issue: { code: string; message: string }): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  const byCode: Record<string, string> = {
    too_small: '内容太短或数值太小',
    too_big: '内容太长或数值太大',
    invalid_type: '缺少内容或格式不对',
    invalid_format: '格式不对',
    invalid_value: '不是可选值',
    unrecognized_keys: '有多余的内容',
  };
  return `${byCode[issue.code] ?? '内容不符合要求'}（${issue.message}）`;
}

function columnForIssue(columns: Column[], path: readonly PropertyKey[]): string {
  const dotted = path.map(String).join('.');
  if (path[0] === 'classes') return '班级托位/空位';
  return (
    columns.find((c) => c.field === dotted)?.header ??
    columns.find((c) => dotted.startsWith(c.field) || c.field.startsWith(dotted))?.header ??
    dotted
  );
}

/**
 * Parses and validates a whole registry spreadsheet. Either every row is good (records) or the
 * result lists every bad row with line, column and reason (errors) — never a partial import.
 */
export function parsePlaceCsv(text: string, options: ParseOptions): { records: PlaceRecord[]; errors: RowError[] } {
  const columns = PLACE_COLUMNS[options.kind];
  const sheet = readSpreadsheetRows(text, columns);
  if (!sheet.ok) return { records: [], errors: sheet.errors };
  const { headers, body } = sheet;
  const errors: RowError[] = [];

  const records: PlaceRecord[] = [];
  const seenIds = new Map<string, number>();
  const seenNameAddress = new Map<string, number>();
  for (const { cells, line } of body) {
    const rowErrors: RowError[] = [];
    if (cells.length !== headers.length) {
      errors.push({ line, column: '—', message: `本行有 ${cells.length} 列，表头有 ${headers.length} 列 (wrong number of cells)` });
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (const column of columns) {
      const index = headers.indexOf(column.header);
      const cell = index >= 0 ? (cells[index] ?? '') : '';
      const { value, error } = readCell(column.codec, cell, options);
      if (error) rowErrors.push({ line, column: column.header, message: error });
      else if (value === undefined && column.required) rowErrors.push({ line, column: column.header, message: '必填项为空 (required)' });
      else if (value !== undefined) setPath(raw, column.field, value);
    }
    // Keep going after a bad cell so that one pass reports every problem of the row.
    const badColumns = new Set(rowErrors.map((e) => e.column));
    const position = raw['position'] as unknown as LngLat | undefined;
    if (position && position[0] !== undefined && position[1] !== undefined) {
      const wgs = convertPosition([Number(position[0]), Number(position[1])], options.crs, 'wgs84');
      raw['position'] = [Math.round(wgs[0] * 1e6) / 1e6, Math.round(wgs[1] * 1e6) / 1e6];
      if (!isInside(raw['position'] as LngLat, options.bounds)) {
        rowErrors.push({ line, column: '经度/纬度', message: `坐标 ${position[0]}, ${position[1]} 不在本市范围内（是否填反了经纬度或坐标系？）(outside the city)` });
      }
    }
    const candidate = finishRecord(options.kind, raw);
    const parsed = SCHEMAS[options.kind].safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnForIssue(columns, issue.path);
        const isPosition = issue.path[0] === 'position';
        const alreadyReported = badColumns.has(column) || (isPosition && (badColumns.has('经度') || badColumns.has('纬度')));
        if (!alreadyReported) rowErrors.push({ line, column, message: toChineseMessage(issue) });
      }
    }
    const id = String(raw['id'] ?? '');
    const nameAddress = raw['name'] === undefined || raw['address'] === undefined ? '' : `${String(raw['name'])}|${String(raw['address'])}`;
    const takenBy = options.takenIds?.get(id);
    if (id !== '' && takenBy !== undefined && takenBy !== options.kind) {
      rowErrors.push({ line, column: '编号', message: `编号${showCell(id)}已被一处${KIND_NAMES[takenBy]}使用；编号在所有场所中必须唯一 (id used by another kind of place)` });
    }
    if (id !== '' && seenIds.has(id)) rowErrors.push({ line, column: '编号', message: `编号${showCell(id)}与第 ${seenIds.get(id)} 行重复 (duplicate id)` });
    if (nameAddress !== '' && seenNameAddress.has(nameAddress)) rowErrors.push({ line, column: '名称', message: `同名同地址的记录已在第 ${seenNameAddress.get(nameAddress)} 行 (duplicate name at the same address)` });
    seenIds.set(id, seenIds.get(id) ?? line);
    seenNameAddress.set(nameAddress, seenNameAddress.get(nameAddress) ?? line);
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else records.push(candidate as PlaceRecord);
  }
  return errors.length > 0 ? { records: [], errors } : { records, errors: [] };
}

function writeCell(codec: Codec, value: unknown, districts: ParseOptions['districts']): string {
  if (value === undefined || value === null) return '';
  switch (codec.type) {
    case 'boolean':
      return value ? '是' : '否';
    case 'district':
      return districts.find((d) => d.id === value)?.name ?? String(value);
    case 'enum':
      return codec.labels[String(value)] ?? String(value);
    case 'list':
      return (value as string[]).map((v) => codec.labels[v] ?? v).join('、');
    default:
      return String(value);
  }
}

/** Writes records of one kind as a registry spreadsheet with the Chinese template headers. */
export function toPlaceCsv(kind: PlaceKind, records: readonly Record<string, unknown>[], districts: ParseOptions['districts']): string {
  const columns = PLACE_COLUMNS[kind];
  return stringify([columns.map((c) => c.header), ...records.map((r) => columns.map((c) => writeCell(c.codec, getPath(r, c.field), districts)))]);
}

/** The configured city's own values for the template's example row (the built-in examples are for Huaibei). */
export interface TemplateCity {
  district: { id: string; name: string };
  /** [lat, lng] WGS-84, the map centre. */
  centre: [number, number];
  phoneAreaCode: string;
}

/**
 * The downloadable template: headers and one example row, with the district, address, id, position,
 * phone and verifying unit of `city` when given, so another city's template names its own places.
 */
export function toPlaceTemplateCsv(kind: PlaceKind, city?: TemplateCity): string {
  const columns = PLACE_COLUMNS[kind];
  const local: Record<string, string> = city
    ? {
        id: `${kind}-${city.district.id}-001`,
        district: city.district.name,
        address: `${city.district.name}某某路1号`,
        'position.0': String(city.centre[1]),
        'position.1': String(city.centre[0]),
        'verified.by': `${city.district.name}卫生健康委员会`,
        phone: `${city.phoneAreaCode}-3000000`,
      }
    : {};
  return stringify([columns.map((c) => c.header), columns.map((c) => local[c.field] ?? c.example)]);
}
