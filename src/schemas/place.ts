import { z } from 'astro/zod';
import { findCreditCodeError } from '../lib/places/credit-code';
import { findHolidayConflict, findOpeningHoursError } from '../lib/places/expand-opening-hours';
import { findPhoneError, isSamplePhone } from '../lib/places/phone';
import { siteConfig } from '../site.config';
import {
  CENTRE_SERVICES,
  CENTRE_STATUSES,
  CLINIC_SERVICES,
  HOLIDAY_BEHAVIOURS,
  MAKE_UP_BEHAVIOURS,
  ROOM_ACCESS,
  ROOM_CLINIC_STATUSES,
  ROOM_FACILITIES,
} from '../lib/places/place-values';

export { ROOM_FACILITIES };

/** WGS-84 position in GeoJSON order, [longitude, latitude], anywhere in mainland China. */
export const PositionSchema = z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]);

/**
 * Opening hours in the OpenStreetMap `opening_hours` syntax, as far as a weekly table by month can express
 * it (the build expands it with the `opening_hours` library and refuses what the table would misread):
 * `Mo-Fr 08:00-12:00, 14:00-18:00; Sa 09:00-12:00; Su off`, `8:00-17:00`, `Jan-Jun …; Jul-Dec …`,
 * comments (`"预约"`), `24/7`, and public holidays as one last rule (`PH off`, `PH 09:00-12:00`). No `SH`.
 */
export const OpeningHoursSchema = z.string().superRefine((value, ctx) => {
  const error = findOpeningHoursError(value);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

/** Who checked a record against reality, and when. */
export const VerificationSchema = z
  .object({
    /** Date of the last check. */
    date: z.coerce.date(),
    /** Who checked: a unit or a role, e.g. 相山区卫健委 or 社区网格员. */
    by: z.string().min(2).max(60),
  })
  .strict();

/** Fields every place has. */
const PlaceBase = z.object({
  /** Stable id used in URLs (`/places/{id}/`): lower-case letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'id：只能用小写字母、数字和连字符'),
  /** Name as on the sign or the registry. */
  name: z.string().trim().min(2).max(80),
  /** District id from `site.config.ts`. */
  district: z.string().regex(/^[a-z]+$/),
  /** Street address, without the city. */
  address: z.string().trim().min(4).max(120),
  /** WGS-84 [lng, lat]. Imports in GCJ-02 or BD-09 are converted on the way in. */
  position: PositionSchema,
  /** Public phone; sample records carry the reserved undialable pattern. */
  phone: z.string().optional(),
  /** Opening hours (OSM syntax, see `OpeningHoursSchema`). */
  hours: OpeningHoursSchema,
  /** On public holidays: closed, open as on that weekday, or not known (a `PH` rule in `hours` may say it instead). */
  holidays: z.enum(HOLIDAY_BEHAVIOURS).default('unknown'),
  /** On make-up working days (调休上班日): open as on a working day, or as the calendar weekday says. */
  makeUpWorkdays: z.enum(MAKE_UP_BEHAVIOURS).default('weekday'),
  /** Last check against reality. */
  verified: VerificationSchema,
  /** Generated sample record: shown as 示例数据, never dialable. */
  sample: z.boolean().default(false),
});

/** Classes of a childcare centre (托育机构设置标准). */
export const CENTRE_CLASS_TYPES = ['infant', 'toddler', 'older', 'mixed'] as const;

/** A 托育机构. */
export const CentreSchema = PlaceBase.extend({
  kind: z.literal('centre'),
  /** 统一社会信用代码 (GB 32100-2015), checked including its check character. */
  creditCode: z.string().superRefine((value, ctx) => {
    const error = findCreditCodeError(value);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  }),
  /** 营利性 or 非营利性. */
  profit: z.enum(['for-profit', 'non-profit']),
  /** Operating, suspended, closed, or filing revoked. */
  status: z.enum(CENTRE_STATUSES),
  /** 备案 with the county-level health commission. */
  filing: z.object({ number: z.string().min(3).max(40), date: z.coerce.date() }).strict().optional(),
  /** Who runs it. */
  operator: z.enum(['public', 'public-private', 'private-public-aid', 'private', 'employer', 'kindergarten', 'chain']),
  /** 普惠 (affordable, subsidised) centre. */
  puhui: z.boolean(),
  /** Places and vacancies by class: 乳儿班 6–12 m, 托小班 12–24 m, 托大班 24–36 m, 混龄班. */
  classes: z
    .array(
      z
        .object({
          type: z.enum(CENTRE_CLASS_TYPES),
          places: z.number().int().min(1).max(500),
          vacancies: z.number().int().min(0).max(500),
        })
        .strict()
        .refine((c) => c.vacancies <= c.places, { message: '空位不能多于托位 (vacancies exceed places)', path: ['vacancies'] }),
    )
    .min(1),
  /** Ages accepted, in months. */
  ages: z
    .object({ fromMonths: z.number().int().min(0).max(72), toMonths: z.number().int().min(1).max(72) })
    .strict()
    .refine((a) => a.toMonths > a.fromMonths, { message: '收托月龄上限应大于下限', path: ['toMonths'] }),
  /** 全日托, 半日托, 计时托, 临时托. */
  services: z.array(z.enum(CENTRE_SERVICES)).min(1),
  /** Monthly fee range for full-day care, yuan. */
  fee: z
    .object({ minYuan: z.number().int().min(0).max(50_000), maxYuan: z.number().int().min(0).max(50_000) })
    .strict()
    .refine((f) => f.maxYuan >= f.minYuan, { message: '收费上限应不低于下限', path: ['maxYuan'] }),
  /** Meals provided, in words. */
  meals: z.string().max(80).optional(),
  /** Quality grade from an evaluation, when one was published. */
  grade: z.string().max(20).optional(),
  /** 卫生评价 (health evaluation) status. */
  healthEvaluation: z.enum(['passed', 'pending', 'unknown']).default('unknown'),
}).strict();

/** A 母婴室. */
export const RoomSchema = PlaceBase.extend({
  kind: z.literal('room'),
  /** Open for use, suspended (暂停开放, e.g. under repair) or closed for good. */
  status: z.enum(ROOM_CLINIC_STATUSES).default('operating'),
  /** Where it is: 商场, 医院, 交通枢纽, 政务服务中心, 景区, 单位, 其他. */
  venueType: z.enum(['mall', 'hospital', 'transport', 'government', 'scenic', 'workplace', 'other']),
  /** Floor as signed, e.g. 3F or B1. */
  floor: z.string().max(12),
  /** How to find it inside the venue. */
  directions: z.string().max(120),
  facilities: z.array(z.enum(ROOM_FACILITIES)),
  /** Open to the public, ask staff for the key, or staff only. */
  access: z.enum(ROOM_ACCESS),
  /** Fathers can use it too. */
  fathersWelcome: z.boolean(),
  /** Floor area in m². */
  areaM2: z.number().min(1).max(200).optional(),
  /** Unit that manages the room. */
  managedBy: z.string().max(60),
}).strict();

/** A 预防接种门诊 / 儿童保健门诊. */
export const ClinicSchema = PlaceBase.extend({
  kind: z.literal('clinic'),
  /** Seeing patients, suspended (暂停服务) or closed for good. */
  status: z.enum(ROOM_CLINIC_STATUSES).default('operating'),
  services: z.array(z.enum(CLINIC_SERVICES)).min(1),
  /** Hours by service when they differ from `hours`. */
  serviceHours: z
    .object({ vaccination: OpeningHoursSchema.optional(), childHealth: OpeningHoursSchema.optional() })
    .strict()
    .default({}),
}).strict();

/** A real record's phone must be dialable; a sample's must be the reserved undialable pattern. */
function checkPhone(place: { phone?: string | undefined; sample: boolean }, ctx: z.RefinementCtx) {
  if (place.phone === undefined) return;
  if (place.sample) {
    if (!isSamplePhone(place.phone, siteConfig.phoneAreaCode)) ctx.addIssue({ code: 'custom', path: ['phone'], message: `示例数据的电话必须使用保留号段 ${siteConfig.phoneAreaCode}-0XXXXXX (sample phones must be undialable)` });
    return;
  }
  const error = findPhoneError(place.phone, siteConfig.phoneAreaCode);
  if (error) ctx.addIssue({ code: 'custom', path: ['phone'], message: error });
}

/** A `PH` rule in the hours and the holiday column must not say different things. */
function checkHolidays(place: { name: string; hours: string; holidays: (typeof HOLIDAY_BEHAVIOURS)[number] }, ctx: z.RefinementCtx) {
  const conflict = findHolidayConflict(place.hours, place.holidays);
  if (conflict) ctx.addIssue({ code: 'custom', path: ['holidays'], message: `${place.name}：${conflict}` });
}

function checkRecord(place: { name: string; hours: string; holidays: (typeof HOLIDAY_BEHAVIOURS)[number]; phone?: string | undefined; sample: boolean }, ctx: z.RefinementCtx) {
  checkPhone(place, ctx);
  checkHolidays(place, ctx);
}

export const CentreRecordSchema = CentreSchema.superRefine(checkRecord);
export const RoomRecordSchema = RoomSchema.superRefine(checkRecord);
export const ClinicRecordSchema = ClinicSchema.superRefine(checkRecord);

export type Centre = z.infer<typeof CentreSchema>;
export type Room = z.infer<typeof RoomSchema>;
export type Clinic = z.infer<typeof ClinicSchema>;
export type Place = Centre | Room | Clinic;
export type PlaceKind = Place['kind'];
export const PLACE_KINDS = ['centre', 'room', 'clinic'] as const satisfies readonly PlaceKind[];
