import type { CivilDate } from '../age/civil-date';

/**
 * The one place that answers "what civil date and time is it in Asia/Shanghai at this instant?".
 * China has kept UTC+08:00 all year since 1991 (no daylight saving), so the answer is a fixed offset
 * and never depends on the device's own zone or on the browser's time-zone data.
 */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Wall clock in Shanghai: civil date, weekday (0 = Monday … 6 = Sunday, as in ISO 8601) and minute of the day. */
export interface ShanghaiClock {
  date: CivilDate;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0–1439. */
  minute: number;
}

/**
 * The Shanghai wall clock at `instant`, whatever the device's zone.
 * @example toShanghaiClock(new Date('2026-11-30T01:00:00Z')) // { date: '2026-11-30', weekday: 0, minute: 540 }
 */
export function toShanghaiClock(instant: Date): ShanghaiClock {
  const wall = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return {
    date: wall.toISOString().slice(0, 10),
    weekday: (wall.getUTCDay() + 6) % 7,
    minute: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** The civil date in Shanghai at `instant`. */
export function toShanghaiDate(instant: Date): CivilDate {
  return toShanghaiClock(instant).date;
}

/** The instant at `minute` (may exceed 1439 or be negative) after midnight of `date` in Shanghai. */
export function fromShanghaiClock(date: CivilDate, minute = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS + minute * 60_000);
}

/** Milliseconds on a clock that reads Shanghai wall time as if it were UTC (for writing local time stamps). */
export function toShanghaiWallMs(instantMs: number): number {
  return instantMs + SHANGHAI_OFFSET_MS;
}

/** The weekday (0 = Monday … 6 = Sunday) of a civil date. */
export function weekdayOf(date: CivilDate): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}
