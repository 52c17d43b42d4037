import { getCollection } from 'astro:content';
import type { CheckupSchedule, ImmunizationSchedule, PrenatalSchedule } from '../schemas/schedule';
import { assertCitations } from './assert-citations';

export interface Schedules {
  immunization: ImmunizationSchedule;
  checkups: CheckupSchedule;
  prenatal: PrenatalSchedule;
}

/** The three schedules, each required, with their citations checked. */
export async function getSchedules(): Promise<Schedules> {
  const entries = (await getCollection('schedules')).map((e) => e.data);
  const immunization = entries.find((e) => e.kind === 'immunization');
  const checkups = entries.find((e) => e.kind === 'checkups');
  const prenatal = entries.find((e) => e.kind === 'prenatal');
  if (!immunization || !checkups || !prenatal) throw new Error('src/content/schedules: 缺少 immunization、checkups 或 prenatal 日程文件');
  await assertCitations([
    { where: 'src/content/schedules/immunization.yaml', citations: [{ field: 'sources', ids: [...immunization.sources, ...immunization.series.flatMap((s) => s.programmes.flatMap((p) => p.sources)), ...immunization.rules.map((r) => r.source), ...immunization.caveats.map((r) => r.source)] }] },
    { where: 'src/content/schedules/checkups.yaml', citations: [{ field: 'sources', ids: [...checkups.sources, ...checkups.visits.flatMap((v) => v.sources), ...checkups.addOns.flatMap((a) => a.sources)] }] },
    { where: 'src/content/schedules/prenatal.yaml', citations: [{ field: 'sources', ids: [...prenatal.sources, ...prenatal.visits.flatMap((v) => v.sources), ...prenatal.guideline.sources, ...[...prenatal.guideline.visits, ...prenatal.guideline.keyTests].flatMap((v) => v.sources)] }] },
  ]);
  return { immunization, checkups, prenatal };
}
