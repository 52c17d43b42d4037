import type { CivilDate } from '../age/civil-date';
import { findSelectedChild } from './child-store';
import { parseChildStore } from './parse-child-store';
import { toChildAge } from './to-child-age';

/**
 * The age band of the child selected on this device (pregnancy while expecting), from the stored
 * profile text; undefined without a readable profile. Used on the device only (search ranking).
 */
export function findChildBand(stored: string | null, today: CivilDate): string | undefined {
  const result = parseChildStore(stored);
  if (result.status !== 'ok') return undefined;
  const child = findSelectedChild(result.store);
  if (!child) return undefined;
  if (child.dueDate) return 'pregnancy';
  if (child.birthDate && child.birthDate <= today) return toChildAge(child.birthDate, today, child.gestationWeeks).band;
  return undefined;
}
