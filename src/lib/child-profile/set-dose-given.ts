import type { ChildProfile } from './child-store';

/** A dose key as stored (`seriesId:dose`); a merged `choice:…` key is not a dose and is never stored. */
const DOSE_KEY = /^[a-z0-9-]{1,40}:\d{1,2}$/;

/**
 * Ticks or unticks one dose. Unticking also drops it from the parent-confirmed doses (家长确认), which stay a subset of
 * the given ones; ticking by hand does not make it parent-confirmed (that label is only for the bulk answer).
 * A key that is not a dose key (e.g. `choice:je:1`) leaves the profile unchanged.
 * @example setDoseGiven(child, 'bcg:1', false).givenDoses.includes('bcg:1') // false
 */
export function setDoseGiven(profile: ChildProfile, key: string, given: boolean): ChildProfile {
  if (!DOSE_KEY.test(key)) return profile;
  if (given) return profile.givenDoses.includes(key) ? profile : { ...profile, givenDoses: [...profile.givenDoses, key] };
  return { ...profile, givenDoses: profile.givenDoses.filter((k) => k !== key), parentConfirmedDoses: profile.parentConfirmedDoses.filter((k) => k !== key) };
}
