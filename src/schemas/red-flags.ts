import { z } from 'astro/zod';

/**
 * Topics with one shared red-flag list each. The file `src/content/red-flags/{topic}.yaml` holds the list;
 * guides write `{{red-flags:TOPIC}}` and RedFlagList.astro renders the same data.
 */
export const RED_FLAG_TOPICS = ['fever', 'breathing', 'dehydration', 'jaundice', 'injury'] as const;

export type RedFlagTopic = (typeof RED_FLAG_TOPICS)[number];

/** One sign, as a short plain sentence a grandparent understands. */
const RedFlagItemSchema = z.string().min(2);

/**
 * The red flags of one topic, in two levels: go to a doctor or hospital (去医院), and call 120 now.
 * Wording must agree with the reference facts (facts.md §8.1, §8.4, §9.3) and the cited sources.
 */
export const RedFlagSetSchema = z
  .object({
    /** The topic (also the file name). */
    topic: z.enum(RED_FLAG_TOPICS),
    /** Optional label before the hospital list instead of the default 「要去医院看医生：」 (e.g. 「当天就要看医生：」). */
    hospitalLead: z.string().min(4).optional(),
    /** Optional label before the 120 list instead of the default 「立即拨打120：」; must still say 拨打120. */
    emergencyLead: z.string().includes('120').optional(),
    /** Signs that mean seeing a doctor or going to hospital (the same day unless an item says otherwise). */
    hospital: z.array(RedFlagItemSchema),
    /** Signs that mean calling 120 at once. */
    emergency: z.array(RedFlagItemSchema),
    /** Source ids the signs come from (shown with the guide's own sources). */
    sources: z.array(z.string()).min(1),
  })
  .refine((s) => s.hospital.length + s.emergency.length > 0, { message: 'hospital 和 emergency 至少有一条', path: ['hospital'] });

export type RedFlagSet = z.infer<typeof RedFlagSetSchema>;
