import { addMonths, type CivilDate } from '../age/civil-date';
import { isGoingAhead, toEventTiming, type EventStanding } from '../events/event-status';
import { toEventDay, toOccurrences } from '../events/event-times';
import { distanceMetres, isInside, type LngLat } from '../geo/convert-coordinates';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';

/** The rules, in the order the report lists them. */
export const DATA_RULES = [
  'invalid-record',
  'stale-place',
  'closed-centre-open',
  'room-without-hours-or-access',
  'outside-city',
  'far-from-district',
  'duplicate-place',
  'event-without-venue',
  'past-event-scheduled',
  'guide-review-due',
] as const;
export type DataRule = (typeof DATA_RULES)[number];

/** One problem: which record, which rule, what is wrong and how to fix it (both in Chinese). */
export interface DataProblem {
  rule: DataRule;
  kind: 'place' | 'event' | 'guide';
  id: string;
  name: string;
  problem: string;
  fix: string;
}

/** What the rules read of a place (a parsed record fits; optional fields let a raw record fit too). */
export interface QualityPlace {
  kind: 'centre' | 'room' | 'clinic';
  id: string;
  name: string;
  district: string;
  position: LngLat;
  hours?: string | undefined;
  verified: { date: Date | string; by: string };
  status?: string | undefined;
  classes?: readonly { vacancies: number }[] | undefined;
  access?: string | undefined;
}

export interface QualityEvent extends EventStanding {
  id: string;
  title: string;
  venue: { placeId: string } | { name: string; address: string; position: LngLat };
}

export interface QualityGuide {
  id: string;
  title: string;
  nextReviewAt: Date | string;
}

export interface QualityOptions {
  /** The civil date of the check (Asia/Shanghai); an event whose last session ended before this day is past. */
  today: CivilDate;
  /** A place not verified for more than this many months is stale (12 by default). */
  staleMonths?: number;
  /** [[south, west], [north, east]] WGS-84: the city's map bounds from site.config.ts. */
  bounds: [[number, number], [number, number]];
  /** District id → name, for the messages. */
  districts: readonly { id: string; name: string }[];
  /** Records the caller could not parse: reported as they are, under `invalid-record`. */
  invalid?: readonly { kind: DataProblem['kind']; id: string; name: string; message: string }[];
  /**
   * A place is far from its district when the nearest place of the same district is more than
   * `isolationKm` away and a place of another district is at least `ratio` times closer. (A median
   * of the district's places was tried first: it flags every township of a large county whose places
   * cluster in its seat, so it judged real geography, not errors.)
   */
  farFromDistrict?: { isolationKm: number; ratio: number };
  /** Two places closer than this, with the same or nearly the same name, are probable duplicates. */
  duplicateMetres?: number;
  /** Name similarity (bigram Dice, 0–1) at or above which two nearby names count as the same. */
  duplicateNameSimilarity?: number;
}

export const DEFAULT_QUALITY_SETTINGS = {
  staleMonths: 12,
  farFromDistrict: { isolationKm: 5, ratio: 3 },
  duplicateMetres: 100,
  duplicateNameSimilarity: 0.9,
} as const;

const civil = (value: Date | string): CivilDate => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

/** True when an opening-hours string names at least one opening time (not only `off` or a comment). */
export function hasOpeningTimes(hours: string | undefined): boolean {
  if (hours === undefined) return false;
  // A `PH …` rule alone says nothing about ordinary days.
  const ordinary = hours.replace(/;?\s*PH\b[^;]*$/, '');
  return /24\/7/.test(ordinary) || /\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}/.test(ordinary);
}

/** A name reduced to what tells places apart: no sample prefix, spaces or punctuation. */
export function normaliseName(name: string): string {
  return name.replace(/^示例·/, '').replace(/[\s·・、，,。.()（）\-—_“”"'‘’]/g, '').toLowerCase();
}

/** Bigram Dice similarity of two normalised names, 1 for equal names. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return 1;
  const bigrams = (s: string) => {
    const chars = [...s];
    return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? ''));
  };
  const bx = bigrams(x);
  const by = bigrams(y);
  if (bx.length === 0 || by.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of bx) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of by) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (bx.length + by.length);
}

function problem(rule: DataRule, record: { kind: DataProblem['kind']; id: string; name: string }, params: Record<string, string | number>, text?: string): DataProblem {
  return {
    rule,
    kind: record.kind,
    id: record.id,
    name: record.name,
    problem: text ?? t(`quality.problem.${rule}` as MessageKey, params),
    fix: t(`quality.fix.${rule}` as MessageKey),
  };
}

/**
 * Every stale or contradictory record among places, events and guides, in rule order, each problem
 * once: a pair of probable duplicates is one problem (on the first of the two by id), and a place
 * outside the city is not also reported as far from its district.
 *
 * @example findDataProblems({ places, events, guides }, { today: '2026-12-03', now, bounds, districts })
 */
export function findDataProblems(
  data: { places: readonly QualityPlace[]; events: readonly QualityEvent[]; guides: readonly QualityGuide[] },
  options: QualityOptions,
): DataProblem[] {
  const staleMonths = options.staleMonths ?? DEFAULT_QUALITY_SETTINGS.staleMonths;
  const far = options.farFromDistrict ?? DEFAULT_QUALITY_SETTINGS.farFromDistrict;
  const duplicateMetres = options.duplicateMetres ?? DEFAULT_QUALITY_SETTINGS.duplicateMetres;
  const similarity = options.duplicateNameSimilarity ?? DEFAULT_QUALITY_SETTINGS.duplicateNameSimilarity;
  const districtName = (id: string) => options.districts.find((d) => d.id === id)?.name ?? id;
  const places = [...data.places].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const placeRecord = (p: QualityPlace) => ({ kind: 'place' as const, id: p.id, name: p.name });
  const found: DataProblem[] = (options.invalid ?? []).map((r) => problem('invalid-record', r, {}, r.message));

  for (const p of places) {
    const verifiedOn = civil(p.verified.date);
    if (addMonths(verifiedOn, staleMonths) < options.today) {
      found.push(problem('stale-place', placeRecord(p), { date: verifiedOn, by: p.verified.by, months: staleMonths }));
    }
  }

  for (const p of places) {
    if (p.kind !== 'centre' || p.status === undefined || p.status === 'operating') continue;
    const vacancies = (p.classes ?? []).reduce((sum, c) => sum + c.vacancies, 0);
    // Its weekly hours stay on record for when it reopens (every page puts the status first and never
    // calls it open); vacancies would tell families they can enrol now.
    const what = vacancies > 0 ? [t('quality.problem.closed-centre-vacancies', { count: vacancies })] : [];
    if (what.length === 0) continue;
    found.push(problem('closed-centre-open', placeRecord(p), { status: t(`place.status.${p.status}` as MessageKey), what: what.join('，') }));
  }

  for (const p of places) {
    if (p.kind !== 'room') continue;
    const what = [
      ...(hasOpeningTimes(p.hours) ? [] : [t('quality.problem.room-no-hours', { hours: p.hours ?? '' })]),
      ...(p.access ? [] : [t('quality.problem.room-no-access')]),
    ];
    if (what.length > 0) found.push(problem('room-without-hours-or-access', placeRecord(p), {}, `${what.join('；')}。`));
  }

  const outside = new Set<string>();
  for (const p of places) {
    if (isInside(p.position, options.bounds)) continue;
    outside.add(p.id);
    found.push(problem('outside-city', placeRecord(p), { lng: p.position[0], lat: p.position[1] }));
  }

  // Far from its district: the nearest place of its own district is more than `isolationKm` away, and
  // a place of another district is at least `ratio` times closer. That is a record sitting among
  // another district's places, away from its own — a wrong district or a wrong point. A remote
  // township clinic alone at the edge of a large county is not flagged: no other district is closer.
  const judged = places.filter((p) => !outside.has(p.id));
  for (const p of judged) {
    let own = Infinity;
    let other = Infinity;
    let otherDistrict = '';
    for (const q of judged) {
      if (q === p) continue;
      const metres = distanceMetres(p.position, q.position);
      if (q.district === p.district) own = Math.min(own, metres);
      else if (metres < other) {
        other = metres;
        otherDistrict = q.district;
      }
    }
    if (own === Infinity || own <= far.isolationKm * 1000 || other * far.ratio > own) continue;
    found.push(problem('far-from-district', placeRecord(p), { district: districtName(p.district), km: (own / 1000).toFixed(1), otherDistrict: districtName(otherDistrict), otherKm: (other / 1000).toFixed(1) }));
  }

  // Sweep by latitude: only places within the duplicate distance north–south need comparing.
  const byLat = [...places].sort((a, b) => a.position[1] - b.position[1] || a.id.localeCompare(b.id, 'en'));
  const latWindow = duplicateMetres / 111_000;
  const pairs: [QualityPlace, QualityPlace, number][] = [];
  for (let i = 0; i < byLat.length; i++) {
    const a = byLat[i] as QualityPlace;
    for (let j = i + 1; j < byLat.length; j++) {
      const b = byLat[j] as QualityPlace;
      if (b.position[1] - a.position[1] > latWindow) break;
      const metres = distanceMetres(a.position, b.position);
      if (metres <= duplicateMetres && nameSimilarity(a.name, b.name) >= similarity) pairs.push(a.id < b.id ? [a, b, metres] : [b, a, metres]);
    }
  }
  pairs.sort((x, y) => x[0].id.localeCompare(y[0].id, 'en') || x[1].id.localeCompare(y[1].id, 'en'));
  for (const [a, b, metres] of pairs) {
    found.push(problem('duplicate-place', placeRecord(a), { otherName: b.name, otherId: b.id, metres: Math.round(metres) }));
  }

  const placeIds = new Set(data.places.map((p) => p.id));
  const events = [...data.events].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const eventRecord = (e: QualityEvent) => ({ kind: 'event' as const, id: e.id, name: e.title });
  for (const e of events) {
    if ('placeId' in e.venue && !placeIds.has(e.venue.placeId)) found.push(problem('event-without-venue', eventRecord(e), { placeId: e.venue.placeId }));
  }
  for (const e of events) {
    // 正常 is `scheduled`: a full, postponed or cancelled event says something else already.
    if (e.status !== 'scheduled' || !isGoingAhead(e)) continue;
    const last = toOccurrences(toEventTiming(e)).at(-1);
    if (last && toEventDay(last.end) < options.today) found.push(problem('past-event-scheduled', eventRecord(e), { date: toEventDay(last.end) }));
  }

  const guides = [...data.guides].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  for (const g of guides) {
    const due = civil(g.nextReviewAt);
    if (due < options.today) found.push(problem('guide-review-due', { kind: 'guide', id: g.id, name: g.title }, { date: due }));
  }

  return found.sort((a, b) => DATA_RULES.indexOf(a.rule) - DATA_RULES.indexOf(b.rule));
}

/** Problems grouped by rule, in rule order, leaving out rules with none. */
export function groupProblemsByRule(problems: readonly DataProblem[]): { rule: DataRule; problems: DataProblem[] }[] {
  return DATA_RULES.map((rule) => ({ rule, problems: problems.filter((p) => p.rule === rule) })).filter((g) => g.problems.length > 0);
}

/**
 * The rules whose count is over its threshold (`total` caps all problems together); an empty list
 * means the report passes.
 * @example findExceededThresholds(problems, { 'stale-place': 0 }) // ['stale-place'] when any is stale
 */
export function findExceededThresholds(problems: readonly DataProblem[], max: Partial<Record<DataRule | 'total', number>>): (DataRule | 'total')[] {
  const exceeded: (DataRule | 'total')[] = DATA_RULES.filter((rule) => {
    const limit = max[rule];
    return limit !== undefined && problems.filter((p) => p.rule === rule).length > limit;
  });
  if (max.total !== undefined && problems.length > max.total) exceeded.push('total');
  return exceeded;
}
