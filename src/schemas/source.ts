import { z } from 'astro/zod';

/**
 * One reference in the source registry (`src/content/sources/sources.yaml`).
 * Guides, milestones and schedules cite sources by `id`; an unknown id fails the build.
 */
export const SourceSchema = z
  .object({
    /** Stable id, lower-case: the `facts.md` key lower-cased (`g1`, `f7`) or a new kebab-case id. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id：只能用小写字母、数字和连字符'),
    /** Title as the publisher gives it, in its own language. */
    title: z.string().min(2),
    /** Who issued it (ministry, society, hospital, journal, news outlet). */
    publisher: z.string().min(2),
    /** Year of publication or of the version read; omitted when unknown. */
    year: z.number().int().min(1950).max(2100).optional(),
    /** Address of the copy that was read (often a repost: say so in `note`). */
    url: z.url().optional(),
    /** Official document number or standard number, e.g. 国卫办妇幼函〔2020〕649号, WS/T 821—2023. */
    documentNumber: z.string().optional(),
    /** The key in `shared/reference/facts.md` this entry came from, e.g. `G1`; null for sources added later. */
    factsKey: z.string().regex(/^[A-Z]\d+$/).nullable(),
    /** Caveats a reader should see: secondary copy, low authority, not read in full. */
    note: z.string().optional(),
    /** On the avoid list in `facts.md`: kept so that nobody adds it again, never citable. */
    avoid: z.boolean().default(false),
  })
  .refine((s) => s.url !== undefined || s.documentNumber !== undefined || s.note !== undefined, {
    message: '需要 url 或 documentNumber（或在 note 中说明出处）',
    path: ['url'],
  });

export type Source = z.infer<typeof SourceSchema>;
