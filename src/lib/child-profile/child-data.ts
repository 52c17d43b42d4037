import type { AgeBandId } from '../age/age-bands';
import type { CheckupSchedule, ImmunizationSchedule, PrenatalSchedule, Programme } from '../../schemas/schedule';
import type { MilestoneSet } from '../../schemas/milestone';

/** A programme as JSON: its dates as `YYYY-MM-DD` strings. */
export type ProgrammeJson = Omit<Programme, 'effectiveFrom' | 'effectiveUntil'> & { effectiveFrom?: string; effectiveUntil?: string };
export type ImmunizationScheduleJson = Omit<ImmunizationSchedule, 'series'> & {
  series: (Omit<ImmunizationSchedule['series'][number], 'programmes'> & { programmes: ProgrammeJson[] })[];
};

/** A child-health clinic, as the timeline shows it next to a warning sign. */
export interface ChildClinic {
  id: string;
  name: string;
  district: string;
  districtName: string;
  address: string;
  phone: string | undefined;
  /** Opening hours in words. */
  hours: string;
  /** [lng, lat] WGS-84, for "nearest to me" computed on the device. */
  position: [number, number];
  vaccination: boolean;
}

/** An event, reduced to what the timeline needs; past or future is decided on the device. */
export interface ChildEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  weeklyCount: number | undefined;
  bands: AgeBandId[];
  districtName: string;
  cancelled: boolean;
}

/**
 * Everything `/my-child/` needs, built once at build time and shipped as `/my-child/data.json` (precached), so the
 * device computes the child's timeline offline and sends nothing about the child anywhere.
 */
export interface ChildData {
  /** Interface strings (`child.*` and a few shared ones), already translated. */
  messages: Record<string, string>;
  immunization: ImmunizationScheduleJson;
  checkups: CheckupSchedule;
  prenatal: PrenatalSchedule;
  bands: { id: AgeBandId; label: string; lead: string; guides: { title: string; href: string }[] }[];
  milestones: MilestoneSet[];
  /**
   * The national warning-sign table: the rule and every row (`heading` already says the age, 「18个月时」).
   * The device shows the rows of the child's band (`toBandWarningRows`).
   */
  warningSigns: { rule: string; rows: { ageMonths: number; heading: string; signs: string[] }[] };
  clinics: ChildClinic[];
  events: ChildEvent[];
  districts: { id: string; name: string }[];
  /** Host used in calendar UIDs. */
  host: string;
}

const toIsoDate = (d: Date | undefined) => d?.toISOString().slice(0, 10);

/** The schedule as JSON (dates as strings). */
export function toImmunizationJson(schedule: ImmunizationSchedule): ImmunizationScheduleJson {
  return {
    ...schedule,
    series: schedule.series.map((s) => ({
      ...s,
      programmes: s.programmes.map(({ effectiveFrom, effectiveUntil, ...p }) => ({
        ...p,
        ...(effectiveFrom ? { effectiveFrom: toIsoDate(effectiveFrom) ?? '' } : {}),
        ...(effectiveUntil ? { effectiveUntil: toIsoDate(effectiveUntil) ?? '' } : {}),
      })),
    })),
  };
}

/** Back from JSON: the shape `buildDosePlan` takes. */
export function fromImmunizationJson(json: ImmunizationScheduleJson): ImmunizationSchedule {
  return {
    ...json,
    series: json.series.map((s) => ({
      ...s,
      programmes: s.programmes.map(({ effectiveFrom, effectiveUntil, ...p }) => ({
        ...p,
        ...(effectiveFrom ? { effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`) } : {}),
        ...(effectiveUntil ? { effectiveUntil: new Date(`${effectiveUntil}T00:00:00Z`) } : {}),
      })),
    })),
  };
}
