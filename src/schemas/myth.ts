import { z } from 'astro/zod';
import { AgeBandIdSchema } from './age-band';

/**
 * A 老观念与现在的建议 card (`src/content/myths/{id}.yaml`): an old belief met kindly with today's advice.
 * Shown on the band pages it concerns and gathered on /myths/. The answer is labelled 现在的建议 with the
 * kinds of its sources (依据：卫生行业标准、指南), never 科学证据: a news item is not evidence.
 */
export const MythSchema = z
  .object({
    /** The belief as families say it, e.g. 新生儿要挤乳头. */
    belief: z.string().min(4).max(60),
    /** Today's advice and why, in two or three plain sentences (shown as 现在的建议; the field keeps its old name). */
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
