/**
 * Guides never type vaccine or check-up ages into prose: they write a token that the build replaces
 * with the age from the schedule data, so a schedule change is one edit.
 *
 *   {{dose:mmr:1}}       → 8月龄   (first dose of MMR, programme in force)
 *   {{checkup:m6}}       → 6月龄   (the check-up visit with that id)
 */
export const SCHEDULE_TOKEN = /\{\{(dose|checkup):([a-z0-9-]+)(?::(\d+))?\}\}/g;

export type ScheduleTokenResolver = (kind: 'dose' | 'checkup', id: string, dose: number | undefined) => string | undefined;

/** Replaces every token; unknown tokens are collected, not guessed. */
export function expandScheduleTokens(text: string, resolve: ScheduleTokenResolver): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = text.replace(SCHEDULE_TOKEN, (token, kind: 'dose' | 'checkup', id: string, dose?: string) => {
    const value = resolve(kind, id, dose === undefined ? undefined : Number(dose));
    if (value === undefined) {
      unknown.push(token);
      return token;
    }
    return value;
  });
  return { text: out, unknown };
}
