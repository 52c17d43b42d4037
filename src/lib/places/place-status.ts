import type { HolidayCalendar } from './holiday-calendar';
import { findOpenState, type OpenState, type PlaceHours } from './open-now';
import type { CENTRE_STATUSES } from './place-values';

/** Whether a place is running at all: a centre's status, or a room's or clinic's (never `revoked`). */
export type PlaceStatus = (typeof CENTRE_STATUSES)[number];
export type NotOperatingStatus = Exclude<PlaceStatus, 'operating'>;

/** Is the place running (whatever its hours)? A suspended, closed or revoked place is not. */
export function isOperating(place: { status: PlaceStatus }): boolean {
  return place.status === 'operating';
}

/** What a family can do now: a non-operating place first says why, before any talk of hours. */
export type PlaceNowState = OpenState | { state: 'not-operating'; status: NotOperatingStatus };

/**
 * Is the place open now? Status first: a place that is suspended, closed or whose filing was revoked
 * is never open, whatever its weekly hours say, and the answer carries the reason. Only an operating
 * place is judged by its hours. This is the one call from the views into the hours evaluation.
 *
 * @example findPlaceNowState({ ...hours, status: 'suspended' }, now, calendar) // { state: 'not-operating', status: 'suspended' }
 */
export function findPlaceNowState(place: PlaceHours & { status: PlaceStatus }, now: Date, calendar: HolidayCalendar): PlaceNowState {
  if (place.status !== 'operating') return { state: 'not-operating', status: place.status };
  return findOpenState(place, now, calendar);
}
