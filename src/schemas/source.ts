import { z } from 'astro/zod';

/**
 * What a source is, whatever copy of it was read. Pages show the kind (labels in `zh-CN.ts`,
 * `source.kind.*`), so a reader can tell a national standard from a news item; the content linter
 * counts them per guide (`npm run lint:content -- --report`).
 */
export const SOURCE_KINDS = [
  /** 国家标准: GB, GB/T. */
  'national-standard',
  /** 卫生行业标准: WS, WS/T. */
  'health-standard',
  /** 政府文件: laws, regulations, notices, programmes, local standards, official statistics. */
  'government',
  /** 指南: clinical and public-health guidelines of a society or agency (NICE, WHO, 中国营养学会). */
  'guideline',
  /** 专家共识. */
  'expert-consensus',
  /** 期刊文章: research papers, reviews, guideline interpretations in a journal. */
  'research',
  /** 药品说明书. */
  'drug-label',
  /** 医院或机构科普: a hospital's, health service's, charity's or health site's advice for the public. */
  'health-education',
  /** 新闻报道. */
  'news',
  /** 转载: a third party's retelling or summary (Q&A, summary, slides) read instead of the original. */
  'repost',
  /** 百科或资料网站: encyclopaedias, place-name sites. */
  'reference',
] as const;

export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * One reference in the source registry (`src/content/sources/sources.yaml`).
 * Guides, milestones, schedules and myth cards cite sources by `id`; an unknown id fails the build.
 */
export const SourceSchema = z
  .object({
    /** Stable id, lower-case: the `facts.md` key lower-cased (`g1`, `f7`) or a new kebab-case id. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id：只能用小写字母、数字和连字符'),
    /** Title as the publisher gives it, in its own language. */
    title: z.string().min(2),
    /** Who issued it (ministry, society, hospital, journal, news outlet); omitted when unknown (never 未注明). */
    publisher: z.string().min(2).optional(),
    /** Year of publication or of the version read; omitted when unknown. */
    year: z.number().int().min(1950).max(2100).optional(),
    /** What the document is (of the original, not of the copy read): shown on every page that lists it. */
    kind: SourceKindSchema,
    /** Address of the copy that was read. */
    url: z.url().optional(),
    /** True when `url` is someone else's copy (repost, transcription, mirror), not the publisher's own page: pages then say 转载. */
    mirror: z.boolean().default(false),
    /** Official document number or standard number, e.g. 国卫办妇幼函〔2020〕649号, WS/T 821—2023. */
    documentNumber: z.string().optional(),
    /** The key in `shared/reference/facts.md` this entry came from, e.g. `G1`; null for sources added later. */
    factsKey: z.string().regex(/^[A-Z]\d+$/).nullable(),
    /** A plain fact a reader can use (e.g. 推荐性标准，2024-04-01起实施). Shown on pages: never a note about our own reading. */
    note: z.string().optional(),
    /**
     * For editors only, NEVER rendered (not on pages, in search, print or data files): how the source was read
     * (原文未读, 只读到开头), what is inferred or unconfirmed, what facts.md leaves out.
     */
    editorNote: z.string().optional(),
    /** On the avoid list in `facts.md`: kept so that nobody adds it again, never citable. */
    avoid: z.boolean().default(false),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.documentNumber !== undefined || s.note !== undefined || s.editorNote !== undefined, {
    message: '需要 url 或 documentNumber（或在 note / editorNote 中说明出处）',
    path: ['url'],
  })
  .refine((s) => !s.mirror || s.url !== undefined, { message: 'mirror: true 说的是 url 指向的页面，没有 url 就不要写', path: ['mirror'] });

export type Source = z.infer<typeof SourceSchema>;

/** A source as pages may show it: the editor-only note is not there to render. */
export type PublicSource = Omit<Source, 'editorNote'>;
