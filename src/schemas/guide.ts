import { z } from 'astro/zod';
import { GUIDE_TOPICS } from '../lib/content/guide-topics';
import { AgeBandIdSchema } from './age-band';

export { GUIDE_TOPICS };

export const GuideTopicSchema = z.enum(GUIDE_TOPICS);

/**
 * A professional's sign-off. Present only when a named, qualified person actually reviewed
 * the guide; until then the page says 待专业审核. Never fill this in on someone's behalf.
 */
export const GuideReviewSchema = z.object({
  /** Full name of the reviewer. */
  reviewer: z.string().min(2),
  /** Qualification and post, e.g. 儿科主任医师. */
  credentials: z.string().min(2),
  /** Hospital or institution. */
  organisation: z.string().min(2),
  /** Date of the sign-off. */
  date: z.coerce.date(),
});

/** Front matter of a guide (`src/content/guides/{slug}.md`); the file name is the slug. */
export const GuideSchema = z
  .object({
    /** Stable short id used in share links and packs: band letter + two digits (`a01`). Never reuse one. */
    shortId: z.string().regex(/^[a-z][0-9]{2,3}$/, 'shortId：一个小写字母加两到三位数字，例如 a01'),
    /** Page title: what the reader wants to know, in plain words. */
    title: z.string().min(4).max(40),
    /** One or two sentences shown in lists and search results. */
    summary: z.string().min(10).max(140),
    /** Age bands the guide is for (at least one). */
    bands: z.array(AgeBandIdSchema).min(1, 'bands：至少一个年龄段'),
    /** Topics (at least one). */
    topics: z.array(GuideTopicSchema).min(1, 'topics：至少一个主题'),
    /** Ids from the source registry backing the guide's statements (at least one). */
    sources: z.array(z.string()).min(1, 'sources：至少引用一个来源'),
    /** When the text was last checked against its sources. */
    reviewedAt: z.coerce.date(),
    /** When it must be checked again; after this date the page shows 内容待复核. */
    nextReviewAt: z.coerce.date(),
    /** Professional sign-off; absent until it really happens. */
    review: GuideReviewSchema.optional(),
  })
  .refine((g) => g.nextReviewAt > g.reviewedAt, {
    message: 'nextReviewAt 必须晚于 reviewedAt',
    path: ['nextReviewAt'],
  });

export type Guide = z.infer<typeof GuideSchema>;
export type GuideTopic = z.infer<typeof GuideTopicSchema>;
