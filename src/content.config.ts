import { defineCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { file, glob } from 'astro/loaders';
import { CorrectionSchema } from './schemas/correction';
import { GuideSchema } from './schemas/guide';
import { MilestoneSetSchema } from './schemas/milestone';
import { RedFlagSetSchema } from './schemas/red-flags';
import { WarningSignTableSchema } from './schemas/warning-signs';
import { loadEvents } from './integrations/load-events';
import { EventSchema } from './schemas/event';
import { MythSchema } from './schemas/myth';
import { PackSchema } from './schemas/pack';
import { CentreRecordSchema, ClinicRecordSchema, RoomRecordSchema } from './schemas/place';
import { ScheduleSchema } from './schemas/schedule';
import { SourceSchema } from './schemas/source';

// CONTENT_ROOT lets a test build the site from a fixture folder (tests/fixtures/content-*) to prove
// that bad content fails the build with file, field and reason.
const root = process.env['CONTENT_ROOT'] ?? './src/content';

export const collections = {
  sources: defineCollection({ loader: file(`${root}/sources/sources.yaml`), schema: SourceSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.md', base: `${root}/guides` }), schema: GuideSchema }),
  milestones: defineCollection({ loader: glob({ pattern: ['*.yaml', '!warning-signs.yaml'], base: `${root}/milestones` }), schema: MilestoneSetSchema }),
  // The national warning-sign table is one document validated as a whole (all 11 ages, 4 signs each):
  // the parser hands it to the schema as a single entry, id `national`.
  warningSigns: defineCollection({
    loader: file(`${root}/milestones/warning-signs.yaml`, { parser: (text) => [{ id: 'national', ...(parseYaml(text) as object) }] }),
    schema: WarningSignTableSchema,
  }),
  // Red flags (什么时候需要就医): one file per topic, rendered by {{red-flags:TOPIC}} and RedFlagList.astro.
  redFlags: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/red-flags` }), schema: RedFlagSetSchema }),
  schedules: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/schedules` }), schema: ScheduleSchema }),
  myths: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/myths` }), schema: MythSchema }),
  packs: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/packs` }), schema: PackSchema }),
  // The public correction log (/about/corrections/): one list, newest entries anywhere in it.
  corrections: defineCollection({ loader: file(`${root}/corrections/corrections.yaml`), schema: CorrectionSchema }),
  events: defineCollection({ loader: async () => loadEvents(root) as { id: string }[], schema: EventSchema }),
  // Places: one JSON file per kind, written by `npm run data:sample` or `npm run import`.
  centres: defineCollection({ loader: file(`${root}/places/centres.json`), schema: CentreRecordSchema }),
  rooms: defineCollection({ loader: file(`${root}/places/rooms.json`), schema: RoomRecordSchema }),
  clinics: defineCollection({ loader: file(`${root}/places/clinics.json`), schema: ClinicRecordSchema }),
};
