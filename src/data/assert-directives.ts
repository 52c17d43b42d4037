import { getCollection } from 'astro:content';
import { toCivilDate } from '../lib/age/civil-date';
import { expandScheduleTokens } from '../lib/content/expand-schedule-tokens';
import { findDirectiveProblems } from '../lib/content/lint/find-directive-problems';
import { createScheduleTokenResolver } from '../lib/content/resolve-schedule-token';
import { getSchedules } from './get-schedules';
import { getWarningSigns } from './get-warning-signs';

/**
 * Fails the build when a guide's {{warning-signs:N}} or {{red-flags:TOPIC}} names data that does not
 * exist, shares its paragraph, or shows a list whose sources the guide does not cite, and on a
 * {{dose:…}} / {{checkup:…}} token the schedules do not have. Checked here on
 * every build because Astro only logs an error thrown while rendering Markdown (and keeps the empty
 * page in its content cache).
 */
export async function assertDirectives(guides: readonly { id: string; body?: string | undefined; data: { sources: readonly string[] } }[]): Promise<void> {
  const [table, redFlags, schedules] = await Promise.all([getWarningSigns(), getCollection('redFlags'), getSchedules()]);
  const resolve = createScheduleTokenResolver(schedules.immunization, schedules.checkups, toCivilDate(new Date()));
  const facts = {
    warningSignAges: table.rows.map((r) => r.ageMonths),
    warningSignSources: table.sources,
    redFlagSources: new Map(redFlags.map((r) => [r.data.topic, r.data.sources])),
  };
  const problems = guides.flatMap((g) => {
    const body = g.body ?? '';
    const unknownTokens = expandScheduleTokens(body, resolve).unknown.map((token) => `日程数据中没有 ${token} (unknown schedule token)`);
    return [...findDirectiveProblems(body, g.data.sources, facts), ...unknownTokens].map((m) => `src/content/guides/${g.id}.md: ${m}`);
  });
  if (problems.length > 0) throw new Error(`指导中的数据清单写法有误 (bad content directives):\n${problems.join('\n')}`);
}
