import { parseCivilDate, type CivilDate } from '../age/civil-date';
import { CHILD_EXPORT_APP, CHILD_STORE_VERSION, createEmptyStore, type ChildProfile, type ChildStore, type GrowthRecord } from './child-store';

/** The outcome of reading stored (or imported) text. */
export type ParseChildStoreResult =
  | { status: 'empty'; store: ChildStore }
  | { status: 'ok'; store: ChildStore; migratedFrom: number | undefined }
  /** Unreadable: the caller sets the raw text aside and starts empty, telling the parent why. */
  | { status: 'unreadable'; store: ChildStore; reason: string }
  /** Written by a newer version of the site: never set aside, overwritten or deleted; the page asks for an update. */
  | { status: 'newer'; store: ChildStore; version: number };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_CHILDREN = 20;
const MAX_ITEMS = 2000;

class Invalid extends Error {}
class Newer extends Error {
  constructor(readonly version: number) {
    super(`数据来自更新的版本（${version}），请先更新本站`);
  }
}

function fail(reason: string): never {
  throw new Invalid(reason);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function date(v: unknown, field: string): CivilDate {
  if (typeof v !== 'string' || !parseCivilDate(v)) fail(`${field} 不是有效日期`);
  return v;
}

function optionalDate(v: unknown, field: string): CivilDate | undefined {
  return v === undefined || v === null ? undefined : date(v, field);
}

function number(v: unknown, field: string, min: number, max: number): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(`${field} 超出范围（${min}–${max}）`);
  return v;
}

function stringList(v: unknown, field: string, pattern: RegExp): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > MAX_ITEMS) fail(`${field} 不是列表`);
  return [...new Set(v.map((s) => (typeof s === 'string' && pattern.test(s) ? s : fail(`${field} 中有无效的项`))))];
}

function growthRecord(v: unknown, i: number): GrowthRecord {
  if (!isRecord(v)) fail(`growth[${i}] 不是记录`);
  const record: GrowthRecord = {
    id: typeof v['id'] === 'string' && ID.test(v['id']) ? v['id'] : fail(`growth[${i}].id 无效`),
    date: date(v['date'], `growth[${i}].date`),
    weightKg: number(v['weightKg'], `growth[${i}].weightKg`, 0.3, 60),
    lengthCm: number(v['lengthCm'], `growth[${i}].lengthCm`, 20, 160),
    headCm: number(v['headCm'], `growth[${i}].headCm`, 15, 70),
  };
  if (record.weightKg === undefined && record.lengthCm === undefined && record.headCm === undefined) fail(`growth[${i}] 没有测量值`);
  return record;
}

const DOSE_KEY = /^[a-z0-9-]{1,40}:\d{1,2}$/;
const SERIES_ID = /^[a-z0-9-]{1,40}$/;

function vaccineAnswer(v: unknown, where: string): ChildProfile['vaccineAnswer'] {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v) || (v['answer'] !== 'all-given' && v['answer'] !== 'tick-each')) fail(`${where}.vaccineAnswer 无效`);
  return { answer: v['answer'], on: date(v['on'], `${where}.vaccineAnswer.on`) };
}

function vaccineChoices(v: unknown, where: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isRecord(v) || Object.keys(v).length > 50) fail(`${where}.vaccineChoices 无效`);
  const out: Record<string, string> = {};
  for (const [choice, series] of Object.entries(v)) {
    if (!SERIES_ID.test(choice) || typeof series !== 'string' || !SERIES_ID.test(series)) fail(`${where}.vaccineChoices 中有无效的项`);
    out[choice] = series;
  }
  return out;
}

function child(v: unknown, i: number): ChildProfile {
  if (!isRecord(v)) fail(`children[${i}] 不是记录`);
  const where = `children[${i}]`;
  const nickname = v['nickname'] ?? '';
  if (typeof nickname !== 'string' || nickname.length > 40) fail(`${where}.nickname 无效`);
  const birthDate = optionalDate(v['birthDate'], `${where}.birthDate`);
  const dueDate = optionalDate(v['dueDate'], `${where}.dueDate`);
  if ((birthDate === undefined) === (dueDate === undefined)) fail(`${where} 需要出生日期或预产期（二选一）`);
  const sex = v['sex'];
  if (sex !== undefined && sex !== null && sex !== 'boy' && sex !== 'girl') fail(`${where}.sex 无效`);
  const district = v['district'];
  if (district !== undefined && district !== null && (typeof district !== 'string' || !/^[a-z0-9-]{1,40}$/.test(district))) fail(`${where}.district 无效`);
  const growth = v['growth'] ?? [];
  if (!Array.isArray(growth) || growth.length > MAX_ITEMS) fail(`${where}.growth 不是列表`);
  const gestationWeeks = number(v['gestationWeeks'], `${where}.gestationWeeks`, 22, 44);
  const givenDoses = stringList(v['givenDoses'], `${where}.givenDoses`, DOSE_KEY);
  if (gestationWeeks !== undefined && !Number.isInteger(gestationWeeks)) fail(`${where}.gestationWeeks 应为整数周`);
  return {
    id: typeof v['id'] === 'string' && ID.test(v['id']) ? v['id'] : fail(`${where}.id 无效`),
    nickname: nickname.trim(),
    birthDate,
    dueDate,
    gestationWeeks,
    sex: sex === 'boy' || sex === 'girl' ? sex : undefined,
    district: typeof district === 'string' ? district : undefined,
    milestones: stringList(v['milestones'], `${where}.milestones`, /^[a-z0-9-]{1,80}$/),
    givenDoses,
    vaccineAnswer: vaccineAnswer(v['vaccineAnswer'], where),
    // Always a subset of the given doses: a confirmation of a dose that is no longer ticked means nothing.
    parentConfirmedDoses: stringList(v['parentConfirmedDoses'], `${where}.parentConfirmedDoses`, DOSE_KEY).filter((k) => givenDoses.includes(k)),
    vaccineChoices: vaccineChoices(v['vaccineChoices'], where),
    growth: growth.map(growthRecord),
  };
}

/**
 * Version 1 (the single-child draft): `{ version: 1, child: { name, birth, weeks, checked: { [id]: true } } }`,
 * with `birth` possibly a due date when `expecting` is true. Becomes one child in version 2 (then 3).
 */
function migrateV1(v: Record<string, unknown>): Record<string, unknown> {
  const old = v['child'];
  if (!isRecord(old)) fail('版本1：缺少 child');
  const checked = isRecord(old['checked']) ? Object.keys(old['checked']).filter((k) => old['checked'] && (old['checked'] as Record<string, unknown>)[k] === true) : [];
  const expecting = old['expecting'] === true;
  return {
    version: 2,
    children: [
      {
        id: 'child-1',
        nickname: old['name'] ?? '',
        [expecting ? 'dueDate' : 'birthDate']: old['birth'],
        gestationWeeks: old['weeks'],
        milestones: checked,
        givenDoses: [],
        growth: [],
      },
    ],
  };
}

/**
 * The schedule's alternatives when version 3 came in (series id → choice id). Frozen on purpose: it reads data
 * written before version 3, whatever the schedule says later.
 */
const V2_CHOICE_SERIES: Readonly<Record<string, string>> = { 'je-l': 'je', 'je-i': 'je', 'hepa-l': 'hepa', 'hepa-i': 'hepa' };

/**
 * Version 2 → 3. Version 2 had no first-use vaccine question: a parent who ticked any dose was already ticking dose by
 * dose, so such a child counts as answered 'tick-each' (dated on the birth date — the real day is unknown and the
 * birth date is the one date that is always valid and never in the future); a child with no ticked dose is asked.
 * The alternative taken (乙脑, 甲肝) is read from the ticked doses; nothing was confirmed by the parent in bulk.
 */
function migrateV2(v: Record<string, unknown>): Record<string, unknown> {
  const children = v['children'];
  if (!Array.isArray(children)) return { ...v, version: 3 };
  return {
    ...v,
    version: 3,
    children: children.map((c: unknown) => {
      if (!isRecord(c)) return c;
      const given = Array.isArray(c['givenDoses']) ? c['givenDoses'].filter((k): k is string => typeof k === 'string') : [];
      const vaccineChoices: Record<string, string> = {};
      for (const key of given) {
        const seriesId = key.split(':')[0] ?? '';
        const choice = V2_CHOICE_SERIES[seriesId];
        if (choice && vaccineChoices[choice] === undefined) vaccineChoices[choice] = seriesId;
      }
      const on = c['birthDate'] ?? c['dueDate'];
      return { ...c, vaccineAnswer: given.length > 0 ? { answer: 'tick-each', on } : undefined, parentConfirmedDoses: [], vaccineChoices };
    }),
  };
}

/** Brings any known older version up to the current shape; the result is then validated like any input. */
function migrate(v: Record<string, unknown>): { value: Record<string, unknown>; from: number | undefined } {
  const version = v['version'];
  if (version === CHILD_STORE_VERSION) return { value: v, from: undefined };
  if (version === 2) return { value: migrateV2(v), from: 2 };
  if (version === 1) return { value: migrateV2(migrateV1(v)), from: 1 };
  if (typeof version === 'number' && Number.isFinite(version) && version > CHILD_STORE_VERSION) throw new Newer(version);
  return fail('无法识别的数据版本');
}

/**
 * Reads stored or imported text into a valid store: validates every field, migrates older versions, and never throws.
 * `null` or blank text is an empty store; anything else that is not a valid store is `unreadable`, with the reason.
 * @example parseChildStore(localStorage.getItem(CHILD_STORE_KEY))
 */
export function parseChildStore(raw: string | null | undefined): ParseChildStoreResult {
  if (raw === null || raw === undefined || raw.trim() === '') return { status: 'empty', store: createEmptyStore() };
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      fail('不是有效的 JSON');
    }
    if (!isRecord(parsed)) fail('不是一个记录');
    if (parsed['app'] !== undefined && parsed['app'] !== CHILD_EXPORT_APP) fail('不是育儿通的数据');
    const { value, from } = migrate(parsed);
    const children = value['children'];
    if (!Array.isArray(children) || children.length > MAX_CHILDREN) fail('children 不是列表');
    const list = children.map(child);
    if (new Set(list.map((c) => c.id)).size !== list.length) fail('有重复的 id');
    const selected = value['selectedId'];
    const store: ChildStore = {
      version: CHILD_STORE_VERSION,
      selectedId: typeof selected === 'string' && list.some((c) => c.id === selected) ? selected : list[0]?.id,
      children: list,
    };
    return { status: 'ok', store, migratedFrom: from };
  } catch (e) {
    if (e instanceof Newer) return { status: 'newer', store: createEmptyStore(), version: e.version };
    if (e instanceof Invalid) return { status: 'unreadable', store: createEmptyStore(), reason: e.message };
    return { status: 'unreadable', store: createEmptyStore(), reason: String(e) };
  }
}
