import { z } from 'astro/zod';
import { AgeBandIdSchema } from './age-band';

/**
 * A 老观念 vs 科学证据 card (`src/content/myths/{id}.yaml`): an old belief met kindly with evidence.
 * Shown on the band pages it concerns and gathered on /myths/.
 */
export const MythSchema = z
  .object({
    /** The belief as families say it, e.g. 新生儿要挤乳头. */
    belief: z.string().min(4).max(60),
    /** What the evidence says, in two or three plain sentences. */
    evidence: z.string().min(20).max(400),
    /** What to do instead. */
    instead: z.string().min(10).max(300),
    /** Bands the card is shown on. */
    bands: z.array(AgeBandIdSchema).min(1),
    /** Source ids backing `evidence` and `instead`. */
    sources: z.array(z.string()).min(1),
    /** Guides (by file slug) that tell the fuller story. */
    relatedGuides: z.array(z.string()).default([]),
  })
  .strict();

export type Myth = z.infer<typeof MythSchema>;
