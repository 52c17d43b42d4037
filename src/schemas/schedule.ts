import { z } from 'astro/zod';

/** An age as years + months + days after birth; `{}` is birth itself. */
export const AgeOffsetSchema = z
  .object({
    years: z.number().int().min(0).max(18).default(0),
    months: z.number().int().min(0).max(240).default(0),
    days: z.number().int().min(0).max(400).default(0),
  })
  .strict();

/**
 * How long after an earlier dose this dose may be given (the 2021 说明's 间隔). The earlier dose is of the same series,
 * or of the series named by `series` (A群C群流脑 dose 1 after A群流脑 dose 2).
 */
export const DoseIntervalSchema = z
  .object({
    /** Series id of the earlier dose; omitted for an earlier dose of the same series. */
    series: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** Number of the earlier dose. */
    dose: z.number().int().min(1),
    /** At least this long after the earlier dose. */
    atLeast: AgeOffsetSchema,
    /** At most this long after it, where the schedule gives a range (乙脑灭活 doses 1 and 2: 7–10 days). */
    atMost: AgeOffsetSchema.optional(),
  })
  .strict();

/** One dose of a vaccine series. */
export const DoseSchema = z
  .object({
    /** Dose number within the series, from 1. */
    dose: z.number().int().min(1),
    /** Earliest age for the dose. */
    age: AgeOffsetSchema,
    /** Product given for this dose when it differs from the series name (e.g. 白破疫苗 at 6 years before 2025). */
    product: z.string().optional(),
    /**
     * Age before which the dose must be complete (the 2021 说明's 最迟完成时间): the child page calls a dose overdue
     * only from this age on. Omitted where the schedule sets none, or where the sources do not settle it.
     */
    dueBy: AgeOffsetSchema.optional(),
    /**
     * The deadline in words, shown instead of the age computed from `dueBy` (出生后24小时内), or alone where the
     * sources give no age to compute (2025 百白破 doses 3 and 4: 按原程序); never used to call a dose overdue.
     */
    dueByText: z.string().optional(),
    /** Minimum (and maximum) intervals after earlier doses; pages describe them from here, not from `note`. */
    intervals: z.array(DoseIntervalSchema).optional(),
    /** Extra wording shown beside the dose (not an interval: those are `intervals`). */
    note: z.string().optional(),
  })
  .strict();

/** The doses of a series under one edition of the schedule, with the dates between which that edition is in force. */
export const ProgrammeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** First day doses are given under this programme; omitted when in force since before any child we serve. */
    effectiveFrom: z.coerce.date().optional(),
    /** Last day doses are given under this programme; omitted while in force. */
    effectiveUntil: z.coerce.date().optional(),
    doses: z.array(DoseSchema).min(1),
    /** Source ids for this programme. */
    sources: z.array(z.string()).min(1),
  })
  .strict();

/** One vaccine series of the immunisation schedule. */
export const VaccineSeriesSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Name as on the vaccination certificate. */
    name: z.string(),
    /** Common abbreviation, e.g. DTaP. */
    code: z.string(),
    /** Series that are alternatives to each other share a `choice` id (乙脑减毒 or 乙脑灭活). */
    choice: z.string().optional(),
    /** What the parent should know about the choice or the series. */
    note: z.string().optional(),
    /** One programme, or several when the schedule changed on a date. */
    programmes: z.array(ProgrammeSchema).min(1),
  })
  .strict();

/** A rule printed with the schedule (catch-up, intervals, preterm babies). */
export const ScheduleRuleSchema = z.object({ text: z.string(), source: z.string() }).strict();

/** `src/content/schedules/immunization.yaml`: the National Immunization Program schedule. */
export const ImmunizationScheduleSchema = z
  .object({
    kind: z.literal('immunization'),
    title: z.string(),
    /** Edition wording, e.g. 2021年版，含2025年百白破程序调整. */
    edition: z.string(),
    sources: z.array(z.string()).min(1),
    rules: z.array(ScheduleRuleSchema),
    /** Known open questions that make the page say 请向接种门诊确认. */
    caveats: z.array(ScheduleRuleSchema),
    series: z.array(VaccineSeriesSchema).min(1),
  })
  .strict();

/** One visit of the child health check-up schedule (0–6岁儿童健康管理). */
export const CheckupVisitSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    /** Age at which the visit is due. */
    age: AgeOffsetSchema,
    /** When exactly, in words, e.g. 出院后1周内. */
    window: z.string().optional(),
    /** What the visit covers. */
    covers: z.string(),
    sources: z.array(z.string()).min(1),
  })
  .strict();

/** An extra test done at some of the visits (haemoglobin, hearing, eyes). */
export const CheckupAddOnSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    /** Ages, in words, exactly as the source gives them. */
    when: z.string(),
    /** True where the sources are incomplete or conflict (shown as 以门诊安排为准). */
    uncertain: z.boolean().default(false),
    sources: z.array(z.string()).min(1),
  })
  .strict();

/** `src/content/schedules/checkups.yaml`. */
export const CheckupScheduleSchema = z
  .object({
    kind: z.literal('checkups'),
    title: z.string(),
    sources: z.array(z.string()).min(1),
    visits: z.array(CheckupVisitSchema).min(1),
    addOns: z.array(CheckupAddOnSchema),
  })
  .strict();

/** One step of care during pregnancy and after birth. */
export const PrenatalVisitSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    /** Gestational weeks, inclusive; omitted for postpartum steps. */
    fromWeek: z.number().int().min(1).max(42).optional(),
    toWeek: z.number().int().min(1).max(42).optional(),
    /** When, in words. */
    window: z.string(),
    sources: z.array(z.string()).min(1),
  })
  .strict();

/** A visit or a test of the clinical guideline, by gestational weeks (inclusive: toWeek 13 runs to 13⁺⁶). */
export const PrenatalWeekWindowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    fromWeek: z.number().int().min(1).max(42),
    toWeek: z.number().int().min(1).max(42),
    /** When, in words, e.g. 孕6周—13周6天. */
    window: z.string(),
    /** What is done then, in a few words (shown beside the window). */
    covers: z.string().optional(),
    sources: z.array(z.string()).min(1),
  })
  .strict();

/**
 * What the clinical guideline (《孕前和孕期保健指南（2018）》) recommends. Hospitals usually follow it, so families see more
 * visits than the basic public health service funds; pages show both as what they are.
 */
export const PrenatalGuidelineSchema = z
  .object({
    title: z.string(),
    /** One or two plain sentences: how many visits the guideline recommends. */
    summary: z.string(),
    visits: z.array(PrenatalWeekWindowSchema).min(1),
    /** Key tests with their windows (NT, the anomaly scan, the OGTT). */
    keyTests: z.array(PrenatalWeekWindowSchema),
    sources: z.array(z.string()).min(1),
  })
  .strict();

/** `src/content/schedules/prenatal.yaml`. */
export const PrenatalScheduleSchema = z
  .object({
    kind: z.literal('prenatal'),
    title: z.string(),
    /** What `visits` are, in one plain sentence: the visits the basic public health service funds (at least 5). */
    visitsSummary: z.string(),
    sources: z.array(z.string()).min(1),
    /** The basic public health service's visits (孕产妇健康管理), then the postpartum steps (no weeks). */
    visits: z.array(PrenatalVisitSchema).min(1),
    guideline: PrenatalGuidelineSchema,
  })
  .strict();

/** The schedules collection: one file per kind, told apart by `kind`. */
export const ScheduleSchema = z.discriminatedUnion('kind', [
  ImmunizationScheduleSchema,
  CheckupScheduleSchema,
  PrenatalScheduleSchema,
]);

export type AgeOffset = z.infer<typeof AgeOffsetSchema>;
export type DoseInterval = z.infer<typeof DoseIntervalSchema>;
export type Dose = z.infer<typeof DoseSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type VaccineSeries = z.infer<typeof VaccineSeriesSchema>;
export type ImmunizationSchedule = z.infer<typeof ImmunizationScheduleSchema>;
export type CheckupSchedule = z.infer<typeof CheckupScheduleSchema>;
export type PrenatalWeekWindow = z.infer<typeof PrenatalWeekWindowSchema>;
export type PrenatalSchedule = z.infer<typeof PrenatalScheduleSchema>;
