import { z } from 'astro/zod';
import { PACK_LIMITS } from '../lib/packs/pack-limits';
import { AgeBandIdSchema } from './age-band';

/** Who a pack is written for; the pack page and the list show it. */
export const PACK_AUDIENCES = ['parents', 'grandparents', 'mothers', 'families'] as const;

/**
 * A curated resource pack (`src/content/packs/{slug}.yaml`; the file name is the slug): guides a
 * community health worker hands to a family, in the order she talks them through, with a checklist
 * for the visit. Guides are named by their stable `shortId`; the build fails naming the file, the
 * field and the reason when one does not exist (src/data/get-packs.ts).
 */
export const PackSchema = z.object({
  /** Title on the list, the page and the booklet cover, e.g. 新生儿家访包. */
  title: z.string().min(4).max(PACK_LIMITS.title),
  /** What the pack is for, in one or two sentences (shown in the list and under the title). */
  purpose: z.string().min(10).max(160),
  /** Who it is written for. */
  audience: z.enum(PACK_AUDIENCES),
  /** Age bands of the children it is for (at least one). */
  bands: z.array(AgeBandIdSchema).min(1, 'bands：至少一个年龄段'),
  /** Guides by shortId, in reading order (at least two, at most PACK_LIMITS.maxGuides). */
  guides: z.array(z.string().regex(/^[a-z][0-9]{2,3}$/, 'guides：写指导的 shortId，例如 a01')).min(2, 'guides：至少两篇指导').max(PACK_LIMITS.maxGuides),
  /** What to check or show during the visit or class; each item must agree with the guides. */
  checklist: z.array(z.string().min(4).max(120)).min(3, 'checklist：至少三项'),
  /** Notes for the worker (how to use the pack, what to ask); shown on the pack page, not in the booklet. */
  notes: z.array(z.string().min(4).max(200)).default([]),
  /** A fixed contact printed on the booklet (e.g. the district maternal and child health hotline). */
  contact: z
    .object({
      organisation: z.string().min(2).max(PACK_LIMITS.organisation),
      phone: z.string().regex(/^[+]?[0-9][0-9 ()-]*$/, 'contact.phone：电话号码只能有数字、空格、+、-、括号').max(PACK_LIMITS.phone).optional(),
      note: z.string().max(80).optional(),
    })
    .optional(),
});

export type Pack = z.infer<typeof PackSchema>;
