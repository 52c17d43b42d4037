import { distanceMetres, type LngLat } from '../../geo/convert-coordinates';
import type { HolidayCalendar } from '../holiday-calendar';
import { CENTRE_SERVICES, ROOM_ACCESS, ROOM_FACILITIES } from '../place-values';
import { findPlaceNowState, isOperating } from '../place-status';
import { WIRE_KINDS, type CentreService, type MapPlace, type RoomAccess, type RoomFacility } from './map-data';

/** Radii offered by "near me", in km. */
export const RADII_KM = [1, 3, 5] as const;
export type RadiusKm = (typeof RADII_KM)[number];

/**
 * Filters of /places/ as they travel in the URL (`?type=centre&district=lieshan&age=14&puhui=1`).
 * `near` is `me` (ask the device again on reload, so a shared link never carries anyone's position)
 * or a point chosen on the map or from a district.
 */
export interface PlaceFilters {
  type?: (typeof WIRE_KINDS)[number];
  district?: string;
  q?: string;
  /** Child's age in months: centres that take it. */
  age?: number;
  puhui?: true;
  /** Highest monthly fee the family can pay, yuan: centres whose lowest fee is within it. */
  fee?: number;
  service?: CentreService;
  vacancies?: true;
  /**
   * Show suspended, closed and revoked places too. Off by default: the finder lists places a family
   * can use (the switch sits beside the count, which says how many are left out).
   */
  inactive?: true;
  facility?: RoomFacility;
  access?: RoomAccess;
  fathers?: true;
  /**
   * Show staff-only rooms in "open now" and "near me" too. Off by default: a mother looking for a room
   * now cannot use one reserved for a company's staff.
   */
  staff?: true;
  open?: true;
  near?: 'me' | LngLat;
  km?: RadiusKm;
}

/** The order keys take in a URL, so one state has one URL. */
const KEYS = ['type', 'district', 'q', 'age', 'puhui', 'fee', 'service', 'vacancies', 'facility', 'access', 'fathers', 'open', 'near', 'km', 'inactive', 'staff'] as const;
const MAX_QUERY = 40;

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => (list as readonly string[]).includes(v ?? '') ? (v as T) : undefined;
const intIn = (v: string | null, min: number, max: number): number | undefined => {
  if (v === null || !/^\d{1,6}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
};

/**
 * Reads filters from a query string, keeping only valid values: a shared link with a typo, or one
 * tampered with, still shows places, never an error.
 */
export function parsePlaceFilters(query: string, districts: readonly string[]): PlaceFilters {
  const params = new URLSearchParams(query);
  const f: PlaceFilters = {};
  const type = oneOf(WIRE_KINDS, params.get('type'));
  if (type) f.type = type;
  const district = oneOf(districts, params.get('district'));
  if (district) f.district = district;
  const q = params.get('q')?.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  if (q) f.q = q;
  const age = intIn(params.get('age'), 0, 72);
  if (age !== undefined) f.age = age;
  const fee = intIn(params.get('fee'), 0, 50_000);
  if (fee !== undefined) f.fee = fee;
  const service = oneOf(CENTRE_SERVICES, params.get('service'));
  if (service) f.service = service;
  const facility = oneOf(ROOM_FACILITIES, params.get('facility'));
  if (facility) f.facility = facility;
  const access = oneOf(ROOM_ACCESS, params.get('access'));
  if (access) f.access = access;
  // `operating=1` (an older link) needs nothing: operating-only is now the default.
  for (const flag of ['puhui', 'vacancies', 'inactive', 'fathers', 'staff', 'open'] as const) if (params.get(flag) === '1') f[flag] = true;
  const near = params.get('near');
  if (near === 'me') f.near = 'me';
  else if (near) {
    const m = /^(-?\d{1,3}\.\d{1,6}),(-?\d{1,2}\.\d{1,6})$/.exec(near);
    const lng = Number(m?.[1]);
    const lat = Number(m?.[2]);
    if (m && lng >= 73 && lng <= 136 && lat >= 3 && lat <= 54) f.near = [lng, lat];
  }
  const km = intIn(params.get('km'), 1, 5);
  if (f.near && (RADII_KM as readonly number[]).includes(km ?? 0)) f.km = km as RadiusKm;
  return f;
}

/** The query string for `filters` (with a leading `?`, or '' when none), keys in one fixed order. */
export function toPlaceFilterQuery(filters: PlaceFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const v = filters[key];
    if (v === undefined) continue;
    if (v === true) params.set(key, '1');
    else if (Array.isArray(v)) params.set(key, `${v[0].toFixed(5)},${v[1].toFixed(5)}`);
    else params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** What matching needs besides the place: the moment, the holiday calendar, where "near" is, extra text per place. */
export interface MatchContext {
  now: Date;
  calendar: HolidayCalendar;
  /** The resolved position for `near` (the device's, or the chosen point). */
  origin?: LngLat;
  /** Text searched by `q` besides the name (the address, from the list). */
  textOf?: (place: MapPlace) => string;
}

/** Folded for matching: full-width to half-width, lower case. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * Does `place` pass every filter? Kind-specific filters (age, fee, facility…) apply to their kind only,
 * so choosing "有空位" does not hide every maternal-infant room.
 */
export function matchesPlaceFilters(place: MapPlace, f: PlaceFilters, ctx: MatchContext): boolean {
  if (!f.inactive && !isOperating(place)) return false;
  if (f.type && place.kind !== f.type) return false;
  if (f.district && place.district !== f.district) return false;
  if (f.q) {
    const text = fold(`${place.name} ${ctx.textOf?.(place) ?? ''}`);
    if (!fold(f.q).split(' ').every((term) => text.includes(term))) return false;
  }
  const c = place.centre;
  if (c) {
    if (f.age !== undefined && (f.age < c.fromMonths || f.age >= c.toMonths)) return false;
    if (f.puhui && !c.puhui) return false;
    if (f.fee !== undefined && c.feeMinYuan > f.fee) return false;
    if (f.service && !c.services.includes(f.service)) return false;
    if (f.vacancies && c.vacancies === 0) return false;
  }
  const r = place.room;
  if (r) {
    if (f.facility && !r.facilities.includes(f.facility)) return false;
    if (f.access && r.access !== f.access) return false;
    if (f.fathers && !r.fathersWelcome) return false;
    if (isStaffOnlyLeftOut(place, f)) return false;
  }
  if (f.open && findPlaceNowState(place, ctx.now, ctx.calendar).state !== 'open') return false;
  if (f.km && ctx.origin && distanceMetres(ctx.origin, place.position) > f.km * 1000) return false;
  return true;
}

/**
 * A staff-only room is left out of "open now" and "near me" unless asked for (`staff`, or choosing
 * 仅限本单位 as the access): those answer "where can I go now", and she cannot go there.
 */
function isStaffOnlyLeftOut(place: MapPlace, f: PlaceFilters): boolean {
  return place.room?.access === 'staff-only' && !f.staff && f.access !== 'staff-only' && (!!f.open || !!f.near);
}

/** How many more places the two switches beside the count would show, so the page can say so. */
export interface LeftOutCounts {
  /** Suspended, closed or revoked places matching the other filters (0 while they are shown). */
  inactive: number;
  /** Of those, how many are centres (the message names 机构 when all are). */
  inactiveCentres: number;
  /** Staff-only rooms left out of "open now" / "near me" (0 while they are shown). */
  staffOnly: number;
}

export function countLeftOut(places: readonly MapPlace[], f: PlaceFilters, ctx: MatchContext): LeftOutCounts {
  const inactive = f.inactive ? [] : places.filter((p) => !isOperating(p) && matchesPlaceFilters(p, { ...f, inactive: true }, ctx));
  const staffOnly = f.staff ? 0 : places.filter((p) => isStaffOnlyLeftOut(p, f) && matchesPlaceFilters(p, { ...f, staff: true }, ctx)).length;
  return { inactive: inactive.length, inactiveCentres: inactive.filter((p) => p.kind === 'centre').length, staffOnly };
}

/** Places passing the filters; nearest first when there is an origin, else as given. */
export function filterPlaces(places: readonly MapPlace[], f: PlaceFilters, ctx: MatchContext): { place: MapPlace; distanceMetres?: number }[] {
  const hits = places.filter((p) => matchesPlaceFilters(p, f, ctx));
  const origin = ctx.origin;
  if (!origin) return hits.map((place) => ({ place }));
  return hits.map((place) => ({ place, distanceMetres: distanceMetres(origin, place.position) })).sort((a, b) => a.distanceMetres - b.distanceMetres);
}

/** "350 米" / "1.2 公里" / "12 公里". */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.max(10, Math.round(metres / 10) * 10)} 米`;
  return metres < 10_000 ? `${(metres / 1000).toFixed(1)} 公里` : `${Math.round(metres / 1000)} 公里`;
}
