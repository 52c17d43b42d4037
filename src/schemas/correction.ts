import { z } from 'astro/zod';

/**
 * One entry of the public correction log (`src/content/corrections/corrections.yaml`, a list;
 * shown on /about/corrections/ newest first). Written for families, in plain Chinese: what was
 * changed, why, and on what basis. Guides, myth cards and packs are named by the ids the site
 * uses; an id the site does not have fails the build naming the entry and the field
 * (src/data/get-corrections.ts), and so does a source id missing from the registry.
 */
export const CorrectionSchema = z
  .object({
    /**
     * Stable anchor on the page (`/about/corrections/#{id}`), kebab-case, date first by
     * convention: `2026-12-03-drowning-first-aid`. Never change one: guides link to it.
     */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id：小写字母、数字和连字符，例如 2026-12-03-drowning-first-aid'),
    /** The day the corrected text went live. */
    date: z.coerce.date(),
    /** A short heading, e.g. 溺水急救的做法. */
    title: z.string().min(4).max(40),
    /** Guides changed, by file slug (`drowning-and-water-safety`); each such guide links here. */
    guides: z.array(z.string()).default([]),
    /** Myth cards changed, by file name without `.yaml`. */
    myths: z.array(z.string()).default([]),
    /** Resource packs changed, by slug. */
    packs: z.array(z.string()).default([]),
    /** 改了什么: what the pages say now, in one to three plain sentences. */
    what: z.string().min(10).max(300),
    /** 为什么: what was wrong, incomplete or overclaimed before. */
    why: z.string().min(10).max(300),
    /** 依据: ids from the source registry the corrected text rests on. */
    sources: z.array(z.string()).default([]),
    /** 依据 in words, when it is not (only) a source: e.g. the site's own review rules. */
    basis: z.string().min(4).max(200).optional(),
  })
  .strict()
  .refine((c) => c.sources.length > 0 || c.basis !== undefined, { message: 'sources 或 basis：至少写一个依据', path: ['sources'] });

export type Correction = z.infer<typeof CorrectionSchema>;
