import type { CivilDate } from '../age/civil-date';
import { formatAge } from '../schedule/age-offset';
import { findDoseAge } from '../schedule/build-band-schedule';
import type { CheckupSchedule, ImmunizationSchedule } from '../../schemas/schedule';
import type { ScheduleTokenResolver } from './expand-schedule-tokens';

/**
 * Resolves {{dose:SERIES:N}} to the dose's age in the programme in force for a child born `today`, and
 * {{checkup:ID}} to the visit's window or age; undefined for anything the schedules do not have.
 */
export function createScheduleTokenResolver(immunization: ImmunizationSchedule, checkups: CheckupSchedule, today: CivilDate): ScheduleTokenResolver {
  return (kind, id, dose) => {
    if (kind === 'dose') {
      const age = dose === undefined ? undefined : findDoseAge(immunization, id, dose, today);
      return age && formatAge(age);
    }
    const visit = checkups.visits.find((v) => v.id === id);
    return visit && (visit.window ?? formatAge(visit.age));
  };
}
