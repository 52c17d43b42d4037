import { z } from 'astro/zod';
import { AgeBandIdSchema } from './age-band';
import { PositionSchema } from './place';

/** ISO-8601 local time with an explicit offset, e.g. 2026-12-02T09:30:00+08:00. */
export const OffsetDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}$/, '时间须带时区，如 2026-12-02T09:30:00+08:00')
  .refine((s) => !Number.isNaN(Date.parse(s)), '不是有效的时间');

/** A start and end, the end later. */
const TimeRangeSchema = z
  .object({ start: OffsetDateTimeSchema, end: OffsetDateTimeSchema })
  .strict()
  .refine((r) => Date.parse(r.end) > Date.parse(r.start), { message: '结束时间须晚于开始时间', path: ['end'] });

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'full'] as const;

export const EVENT_TYPES = ['parent-class', 'parent-child', 'health-talk', 'free-clinic', 'prenatal-class', 'open-day'] as const;
export const EVENT_AUDIENCES = ['expectant', 'parents', 'grandparents', 'carers'] as const;

/** A community event (`src/content/events/events.yaml`, or generated samples). */
export const EventSchema = z
  .object({
    /** Stable id used in URLs and calendar UIDs. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/),
    title: z.string().trim().min(4).max(60),
    /** 家长课堂, 亲子活动, 健康讲座, 义诊咨询, 孕妇学校, 托育开放日. */
    type: z.enum(EVENT_TYPES),
    /** Who it is for. */
    audiences: z.array(z.enum(EVENT_AUDIENCES)).min(1),
    /** Age bands it suits. */
    bands: z.array(AgeBandIdSchema).min(1),
    start: OffsetDateTimeSchema,
    end: OffsetDateTimeSchema,
    /** Repeats weekly on the start's weekday, `count` times in all (the first included). */
    recurrence: z.object({ freq: z.literal('weekly'), count: z.number().int().min(2).max(52) }).strict().optional(),
    /** A place from the directory, or a name, address and position. */
    venue: z.union([
      z.object({ placeId: z.string() }).strict(),
      z.object({ name: z.string().min(2).max(60), address: z.string().min(4).max(120), position: PositionSchema }).strict(),
    ]),
    /** District id from the city configuration. */
    district: z.string().regex(/^[a-z]+$/),
    organiser: z.object({ name: z.string().min(2).max(60), phone: z.string().optional() }).strict(),
    /** Places available, when limited. */
    capacity: z.number().int().min(1).max(5000).optional(),
    /** How to sign up. */
    registration: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('walk-in') }).strict(),
      z.object({ kind: z.literal('phone'), phone: z.string() }).strict(),
      z.object({ kind: z.literal('url'), url: z.url() }).strict(),
    ]),
    /** Cost in yuan; 0 is free. */
    costYuan: z.number().min(0).max(10_000).default(0),
    /**
     * 按计划举行, 已取消, 已延期 or 名额已满. A cancelled event, and a postponed one without `newTime`,
     * is shown muted after the events that go ahead and offers no calendar entry.
     */
    status: z.enum(EVENT_STATUSES).default('scheduled'),
    /**
     * A postponed event's new time, once it is known (only with status `postponed`). The list, the
     * month grid, the page and the calendar files then use it, while `start` and `end` keep the
     * original time (shown as 原定). A weekly series restarts at the new time with the same number
     * of sessions. Without it, a postponed event says 新时间待定 and offers no calendar entry.
     */
    newTime: TimeRangeSchema.optional(),
    /**
     * The calendar revision (iCalendar SEQUENCE): raise it by one each time the time or status changes
     * again after the event was published, so calendars that saved or subscribed to it take the change.
     * It never counts lower than the status implies: 0 as planned, 1 once cancelled or postponed, 2 once
     * a postponed event has its new time. Most events leave it out.
     */
    sequence: z.number().int().min(0).max(999).optional(),
    /** Why it was cancelled or postponed, shown with the status. */
    statusReason: z.string().max(200).optional(),
    /** What changed, and when, shown at the top of the event page. */
    updateNote: z.string().max(200).optional(),
    /** Plain text; blank lines separate paragraphs. */
    description: z.string().max(2000),
    /** Generated sample event: shown as 示例数据, never dialable. */
    sample: z.boolean().default(false),
  })
  .strict()
  .refine((e) => Date.parse(e.end) > Date.parse(e.start), { message: '结束时间须晚于开始时间', path: ['end'] })
  .refine((e) => e.newTime === undefined || e.status === 'postponed', { message: '只有已延期（postponed）的活动才有新时间', path: ['newTime'] });

export type CommunityEvent = z.infer<typeof EventSchema>;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
