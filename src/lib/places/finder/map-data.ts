import type { Centre, Clinic, Place, PlaceKind, Room } from '../../../schemas/place';
import { fromWireHours, toWireHours, type OpeningHoursTable, type WireHours } from '../opening-hours-table';
import {
  CENTRE_SERVICES,
  CENTRE_STATUSES,
  CLINIC_SERVICES,
  PLACE_KIND_VALUES,
  ROOM_ACCESS,
  ROOM_CLINIC_STATUSES,
  ROOM_FACILITIES,
} from '../place-values';

/**
 * The compact data behind the map and the list on /places/: one file per district, a few dozen bytes
 * a place after gzip (name, position, kind, and what the filters need; details stay on place pages).
 * Enumerations travel as indexes into the lists of place-values.ts, so their order is part of the format.
 * v2 (two branches bumped it independently): hours as compact tables, or status at the end of every row.
 * v3: both — hours travel as compact tables (opening-hours-table.ts) built with the `opening_hours` library,
 * not as text, and every row ends with the place's status (v1 had it for centres only).
 * Row layout: [id, kind, dx, dy, name, hoursIndex, sample, ...kind fields, status]; status is at index 14
 * for centres, 10 for rooms, 8 for clinics.
 */
export const MAP_DATA_VERSION = 3;
export const WIRE_KINDS = PLACE_KIND_VALUES;

export type CentreService = (typeof CENTRE_SERVICES)[number];
export type RoomFacility = (typeof ROOM_FACILITIES)[number];
export type RoomAccess = (typeof ROOM_ACCESS)[number];
export type ClinicService = (typeof CLINIC_SERVICES)[number];

/** One place as the map and the filters see it. */
export interface MapPlace {
  id: string;
  kind: PlaceKind;
  name: string;
  district: string;
  /** WGS-84 [lng, lat], to 5 decimals (about 1 m). */
  position: [number, number];
  /** Weekly hours with holiday and make-up working-day behaviour, for `findOpenState`. */
  hours: OpeningHoursTable;
  sample: boolean;
  /** Operating, suspended, closed (any kind) or filing revoked (centres): checked before any hours. */
  status: (typeof CENTRE_STATUSES)[number];
  centre?: {
    fromMonths: number;
    toMonths: number;
    puhui: boolean;
    feeMinYuan: number;
    feeMaxYuan: number;
    services: CentreService[];
    vacancies: number;
  };
  room?: { facilities: RoomFacility[]; access: RoomAccess; fathersWelcome: boolean };
  clinic?: { services: ClinicService[] };
}

/** A district's file as shipped. */
export interface MapDataFile {
  v: number;
  district: string;
  /** Distinct opening-hours tables (in their wire form); places refer to them by index. */
  hours: WireHours[];
  /** Positions are integers in 1e-5 degrees, relative to this origin ([lng, lat] in the same unit). */
  origin: [number, number];
  places: unknown[][];
}

const E5 = 100_000;
const mask = <T extends string>(values: readonly T[], all: readonly T[]) => values.reduce((m, v) => m | (1 << all.indexOf(v)), 0);
const unmask = <T extends string>(m: number, all: readonly T[]) => all.filter((_, i) => (m >> i) & 1);

function encodeKindFields(place: Place): number[] {
  switch (place.kind) {
    case 'centre': {
      const c = place as Centre;
      const vacancies = c.classes.reduce((sum, k) => sum + k.vacancies, 0);
      return [c.ages.fromMonths, c.ages.toMonths, c.puhui ? 1 : 0, c.fee.minYuan, c.fee.maxYuan, mask(c.services, CENTRE_SERVICES), vacancies];
    }
    case 'room': {
      const r = place as Room;
      return [mask(r.facilities, ROOM_FACILITIES), ROOM_ACCESS.indexOf(r.access), r.fathersWelcome ? 1 : 0];
    }
    case 'clinic':
      return [mask((place as Clinic).services, CLINIC_SERVICES)];
  }
}

/**
 * The file for one district's places (build time). `toTable` expands a place's hours (it is
 * `toOpeningHoursTable` from expand-opening-hours.ts, passed in so that this module, which the browser
 * loads to decode, never imports the `opening_hours` library).
 */
export function encodeMapData(district: string, places: readonly Place[], toTable: (place: Place) => OpeningHoursTable): MapDataFile {
  const hours: WireHours[] = [];
  const keys: string[] = [];
  const hoursIndex = (p: Place) => {
    const wire = toWireHours(toTable(p));
    const key = JSON.stringify(wire);
    let i = keys.indexOf(key);
    if (i < 0) {
      keys.push(key);
      i = hours.push(wire) - 1;
    }
    return i;
  };
  const ints = places.map((p) => [Math.round(p.position[0] * E5), Math.round(p.position[1] * E5)] as const);
  const origin: [number, number] = ints.length ? [Math.min(...ints.map((i) => i[0])), Math.min(...ints.map((i) => i[1]))] : [0, 0];
  return {
    v: MAP_DATA_VERSION,
    district,
    hours,
    origin,
    places: places.map((p, i) => [
      p.id,
      WIRE_KINDS.indexOf(p.kind),
      (ints[i]?.[0] ?? 0) - origin[0],
      (ints[i]?.[1] ?? 0) - origin[1],
      p.name,
      hoursIndex(p),
      p.sample ? 1 : 0,
      ...encodeKindFields(p),
      // Last field of every row, whatever the kind.
      CENTRE_STATUSES.indexOf(p.status),
    ]),
  };
}

/** Thrown when a data file does not have the shape this version reads. */
export class MapDataError extends Error {
  override name = 'MapDataError';
}

function int(row: unknown[], i: number, where: string, max = Number.MAX_SAFE_INTEGER): number {
  const v = row[i];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw new MapDataError(`${where}: field ${i} should be an integer 0–${max}, got ${JSON.stringify(v)}`);
  return v;
}

function pick<T>(list: readonly T[], index: number, where: string): T {
  const v = list[index];
  if (v === undefined) throw new MapDataError(`${where}: unknown code ${index}`);
  return v;
}

/** The places of one district file, checked field by field (a bad file fails with where and why). */
export function decodeMapData(file: unknown): MapPlace[] {
  const f = file as Partial<MapDataFile> | null;
  if (!f || typeof f !== 'object') throw new MapDataError('map data: not an object');
  if (f.v !== MAP_DATA_VERSION) throw new MapDataError(`map data: version ${String(f.v)}, this page reads ${MAP_DATA_VERSION}`);
  if (typeof f.district !== 'string' || !Array.isArray(f.hours) || !Array.isArray(f.places) || !Array.isArray(f.origin)) {
    throw new MapDataError('map data: missing district, hours, origin or places');
  }
  const [ox, oy] = f.origin;
  if (typeof ox !== 'number' || typeof oy !== 'number') throw new MapDataError('map data: bad origin');
  const district = f.district;
  const hours = f.hours.map((wire, i) => {
    try {
      return fromWireHours(wire);
    } catch (error) {
      throw new MapDataError(`map data ${district}: hours[${i}]: ${(error as Error).message}`);
    }
  });
  return f.places.map((row, n) => {
    const where = `map data ${district}[${n}]`;
    if (!Array.isArray(row)) throw new MapDataError(`${where}: not a list`);
    const [id, , , , name] = row;
    if (typeof id !== 'string' || typeof name !== 'string') throw new MapDataError(`${where}: id and name should be text`);
    const kind = pick(WIRE_KINDS, int(row, 1, where), where);
    const sample = int(row, 6, where, 1);
    const place: MapPlace = {
      id,
      kind,
      name,
      district,
      position: [(ox + int(row, 2, where)) / E5, (oy + int(row, 3, where)) / E5],
      hours: pick(hours, int(row, 5, where), where),
      sample: sample === 1,
      // Every kind's branch below replaces this from the row's last field.
      status: 'operating',
    };
    if (kind === 'centre') {
      place.centre = {
        fromMonths: int(row, 7, where, 72),
        toMonths: int(row, 8, where, 72),
        puhui: int(row, 9, where, 1) === 1,
        feeMinYuan: int(row, 10, where),
        feeMaxYuan: int(row, 11, where),
        services: unmask(int(row, 12, where, 15), CENTRE_SERVICES),
        vacancies: int(row, 13, where),
      };
      place.status = pick(CENTRE_STATUSES, int(row, 14, where), where);
    } else if (kind === 'room') {
      place.room = {
        facilities: unmask(int(row, 7, where, 2 ** ROOM_FACILITIES.length - 1), ROOM_FACILITIES),
        access: pick(ROOM_ACCESS, int(row, 8, where), where),
        fathersWelcome: int(row, 9, where, 1) === 1,
      };
      place.status = pick(ROOM_CLINIC_STATUSES, int(row, 10, where), where);
    } else {
      place.clinic = { services: unmask(int(row, 7, where, 3), CLINIC_SERVICES) };
      place.status = pick(ROOM_CLINIC_STATUSES, int(row, 8, where), where);
    }
    return place;
  });
}
