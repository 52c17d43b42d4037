import { z } from 'astro/zod';
import { AgeBandIdSchema } from './age-band';

export const MILESTONE_DOMAINS = ['social', 'language', 'cognition', 'movement'] as const;

/** One thing most children can do by a given age. */
export const MilestoneItemSchema = z.object({
  /** Stable id within the band, used to save checklist progress on the device. Never reuse one. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Developmental domain. */
  domain: z.enum(MILESTONE_DOMAINS),
  /** What the child does, in plain words a grandparent understands. */
  text: z.string().min(4),
});

/**
 * Milestones for one band (`src/content/milestones/{band}.yaml`). The warning signs are not here: they come
 * from the national table in `warning-signs.yaml` (schema `warning-signs.ts`), for every band alike.
 */
export const MilestoneSetSchema = z.object({
  /** The band this file covers. */
  band: AgeBandIdSchema,
  /** Source ids for the milestones (e.g. CDC 2022). */
  sources: z.array(z.string()).min(1),
  /** What most children (about 3 in 4) do by each age in months. */
  checkpoints: z.array(
    z.object({
      /** Age in months by which most children do these things. */
      ageMonths: z.number().int().min(0).max(72),
      items: z.array(MilestoneItemSchema).min(1),
    }),
  ),
  /** A note shown under the milestones, before the warning signs. */
  note: z.string().optional(),
});

export type MilestoneSet = z.infer<typeof MilestoneSetSchema>;
