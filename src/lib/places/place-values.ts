/**
 * The enumerated values of places, in one plain module: the schema validates against them and the
 * browser's finder encodes them by index (so their order is part of the map-data format, v1).
 */
export const PLACE_KIND_VALUES = ['centre', 'room', 'clinic'] as const;
export const HOLIDAY_BEHAVIOURS = ['closed', 'open', 'unknown'] as const;
export const MAKE_UP_BEHAVIOURS = ['workday', 'weekday'] as const;
export const CENTRE_SERVICES = ['full-day', 'half-day', 'hourly', 'temporary'] as const;
export const CENTRE_STATUSES = ['operating', 'suspended', 'closed', 'revoked'] as const;
/** Rooms and clinics have no filing to revoke; the values are the first three of CENTRE_STATUSES, in the same order (same wire codes). */
export const ROOM_CLINIC_STATUSES = ['operating', 'suspended', 'closed'] as const;
export const ROOM_FACILITIES = [
  'changing-table',
  'nursing-chair',
  'hand-basin',
  'hot-water',
  'power',
  'lock',
  'cot',
  'emergency-call',
  'fridge',
  'table',
  'bin',
] as const;
export const ROOM_ACCESS = ['public', 'ask-staff', 'staff-only'] as const;
export const CLINIC_SERVICES = ['vaccination', 'child-health'] as const;
