import { toCivilDate, type CivilDate } from '../lib/age/civil-date';

/** The day events are built around: today, or EVENTS_ANCHOR_DATE, which tests pin so their fixed clock agrees with the build. */
export function eventsAnchorDay(): CivilDate {
  return process.env['EVENTS_ANCHOR_DATE'] ?? toCivilDate(new Date());
}
