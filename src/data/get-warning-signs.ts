import { getCollection } from 'astro:content';
import type { WarningSignTable } from '../schemas/warning-signs';
import { assertCitations } from './assert-citations';

/** The national warning-sign table (one entry, checked whole by its schema); its sources must be registered. */
export async function getWarningSigns(): Promise<WarningSignTable> {
  const [entry] = await getCollection('warningSigns');
  if (!entry) throw new Error('src/content/milestones/warning-signs.yaml：没有找到预警征象表 (warning-sign table missing)');
  await assertCitations([{ where: 'src/content/milestones/warning-signs.yaml', citations: [{ field: 'sources', ids: entry.data.sources }] }]);
  return entry.data;
}
