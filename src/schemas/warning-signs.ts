import { z } from 'astro/zod';

/**
 * The ages of the national table 《儿童心理行为发育问题预警征象筛查表》 (facts §9.1), in months:
 * 3, 6, 8, 12, 18, 24, 30 and 36 months, then 4, 5 and 6 years. The table has exactly these rows.
 */
export const WARNING_SIGN_AGES = [3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72] as const;

export type WarningSignAge = (typeof WARNING_SIGN_AGES)[number];

/** One row of the table: the four signs for one age. */
export const WarningSignRowSchema = z.object({
  /** Age in months at which the row applies (one of `WARNING_SIGN_AGES`). */
  ageMonths: z.number().int().refine((n) => (WARNING_SIGN_AGES as readonly number[]).includes(n), {
    message: `ageMonths：只能是 ${WARNING_SIGN_AGES.join('、')} 之一（表中的月龄）`,
  }),
  /**
   * The four signs, worded exactly as in the national table (no paraphrase: a page that says
   * "出现下面任何一条" must show all four, as the table words them).
   */
  signs: z.array(z.string().min(2)).length(4, { message: 'signs：每个年龄正好 4 条（与国家表格一致）' }),
});

/**
 * The national developmental warning-sign table (`src/content/milestones/warning-signs.yaml`): the one
 * place band pages, the child page, packs and guides ({{warning-signs:18}}) take the signs from.
 */
export const WarningSignTableSchema = z
  .object({
    /** Title of the table as the source names it. */
    title: z.string().min(4),
    /** Source ids (the 2017 service specification that annexes the table, and a transcription of it). */
    sources: z.array(z.string()).min(1),
    /** What to do when any one sign is present, shown above every list. */
    rule: z.string().min(10),
    /** Every row of the table, youngest first: all 11 ages, four signs each. */
    rows: z.array(WarningSignRowSchema),
  })
  .superRefine((table, ctx) => {
    const ages = table.rows.map((r) => r.ageMonths);
    if (ages.join(',') !== WARNING_SIGN_AGES.join(',')) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: `rows：表中应依次有 ${WARNING_SIGN_AGES.join('、')} 月龄各一行，现在是 ${ages.join('、') || '（空）'}`,
      });
    }
  });

export type WarningSignRow = z.infer<typeof WarningSignRowSchema>;
export type WarningSignTable = z.infer<typeof WarningSignTableSchema>;
