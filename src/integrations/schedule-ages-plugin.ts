// Build-time Markdown plugin: replaces {{dose:…}} and {{checkup:…}} tokens in guides with ages from
// src/content/schedules. Astro only logs what a Markdown plugin throws, so unknown tokens also fail the
// build in src/data/assert-directives.ts.
import { readFileSync } from 'node:fs';
import { defineMdastPlugin } from 'satteri';
import { parse } from 'yaml';
import { toCivilDate } from '../lib/age/civil-date';
import { expandScheduleTokens, type ScheduleTokenResolver } from '../lib/content/expand-schedule-tokens';
import { createScheduleTokenResolver } from '../lib/content/resolve-schedule-token';
import { CheckupScheduleSchema, ImmunizationScheduleSchema } from '../schemas/schedule';

function createResolver(contentRoot: string): ScheduleTokenResolver {
  const read = (name: string) => parse(readFileSync(`${contentRoot}/schedules/${name}.yaml`, 'utf8')) as unknown;
  const immunization = ImmunizationScheduleSchema.parse(read('immunization'));
  const checkups = CheckupScheduleSchema.parse(read('checkups'));
  return createScheduleTokenResolver(immunization, checkups, toCivilDate(new Date()));
}

/**
 * The Sätteri (Astro's Markdown processor) plugin: text nodes with tokens are replaced by the ages.
 * The schedule files are read once per build.
 */
export function createScheduleAgesPlugin(options: { contentRoot: string }) {
  let resolve: ScheduleTokenResolver | undefined;
  return defineMdastPlugin({
    name: 'schedule-ages',
    text(node, ctx) {
      if (!node.value.includes('{{')) return;
      resolve ??= createResolver(options.contentRoot);
      const { text, unknown } = expandScheduleTokens(node.value, resolve);
      if (unknown.length > 0) throw new Error(`${ctx.fileURL?.pathname ?? 'guide'}: 日程数据中没有 ${unknown.join(', ')} (unknown schedule token)`);
      ctx.replaceNode(node, { type: 'text', value: text });
    },
  });
}
