import type { z } from 'astro/zod';
import type { CentreSchema, ClinicSchema, RoomSchema } from '../../../schemas/place';
import { addDays, type CivilDate } from '../../age/civil-date';
import { toCreditCodeCheckChar } from '../credit-code';
import { toSamplePhone } from '../phone';
import { createRandom, type Random } from './create-random';

/** A town-centre point that sample records are scattered around. */
export interface Anchor {
  district: string;
  name: string;
  lat: number;
  lng: number;
  /** Standard deviation of the scatter, metres. */
  spreadM: number;
  /** Relative share of records. */
  weight: number;
  urban: boolean;
}

export interface SampleOptions {
  centres: number;
  rooms: number;
  clinics: number;
  seed: number;
  /** Verification dates fall in the half year before this date. */
  asOf: CivilDate;
  anchors: readonly Anchor[];
  /** District id → name and code. */
  districts: readonly { id: string; name: string; code: string }[];
  /** The city's landline area code, for undialable sample phones. */
  phoneAreaCode: string;
}

export type CentreRecord = z.input<typeof CentreSchema>;
export type RoomRecord = z.input<typeof RoomSchema>;
export type ClinicRecord = z.input<typeof ClinicSchema>;

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const STREETS = ['和谐路', '惠民路', '长青路', '书香路', '丰收路', '学府路', '安居路', '康乐路', '朝阳路', '花园路', '育才路', '青年路'];
const CENTRE_WORDS = ['禾苗', '小橡树', '向日葵', '星星', '启航', '彩虹', '乐童', '春芽', '童心', '悦成长', '小蜗牛', '暖阳'];
const CENTRE_KINDS = ['托育园', '托育中心', '婴幼园', '成长中心'];
const MALL_WORDS = ['金桥', '和顺', '惠众', '新城', '乐购', '万家'];
const CLASS_SIZE = { infant: 10, toddler: 15, older: 20, mixed: 18 } as const;
const CLASS_FROM = { infant: 6, toddler: 12, older: 24, mixed: 18 } as const;

/** Picks an anchor with probability proportional to its weight, optionally only urban ones. */
function pickAnchor(random: Random, anchors: readonly Anchor[], urbanOnly: boolean): Anchor {
  const pool = urbanOnly ? anchors.filter((a) => a.urban) : anchors;
  const total = pool.reduce((s, a) => s + a.weight, 0);
  let r = random.next() * total;
  for (const a of pool) {
    r -= a.weight;
    if (r < 0) return a;
  }
  return pool[pool.length - 1] as Anchor;
}

/** A point scattered normally around the anchor, rounded to 6 decimals (~0.1 m). */
function scatter(random: Random, a: Anchor): [number, number] {
  const dLat = (random.normal() * a.spreadM) / 111_320;
  const dLng = (random.normal() * a.spreadM) / (111_320 * Math.cos((a.lat * Math.PI) / 180));
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return [round(a.lng + dLng), round(a.lat + dLat)];
}

/** An undialable sample phone: a local number starting with 0, which no real line has. */
function samplePhone(random: Random, areaCode: string): string {
  return toSamplePhone(areaCode, random.int(0, 999_999));
}

function creditCode(random: Random, prefix: string, districtCode: string): string {
  let body = `${prefix}${districtCode}`;
  while (body.length < 17) body += random.pick([...CREDIT_ALPHABET]);
  return body + toCreditCodeCheckChar(body);
}

function verified(random: Random, asOf: CivilDate, districtName: string) {
  return { date: addDays(asOf, -random.int(0, 180)), by: `${districtName}卫生健康委员会（示例核实）` };
}

/** A unique name: the base, or the base with a branch number when taken. */
function uniqueName(base: string, taken: Map<string, number>): string {
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}${n}号园区`;
}

/**
 * Builds reproducible, realistic-looking SAMPLE places: every record says `sample: true`, every name
 * starts with 示例·, and every phone uses the reserved undialable pattern.
 */
export function buildSamplePlaces(options: SampleOptions): { centres: CentreRecord[]; rooms: RoomRecord[]; clinics: ClinicRecord[] } {
  const random = createRandom(options.seed);
  const districtOf = (id: string) => {
    const d = options.districts.find((x) => x.id === id);
    if (!d) throw new Error(`anchor names unknown district "${id}"`);
    return d;
  };
  const address = (a: Anchor) => `${districtOf(a.district).name}${a.urban ? '' : a.name}${random.pick(STREETS)}${random.int(1, 299)}号`;
  const names = new Map<string, number>();

  const centres = Array.from({ length: options.centres }, (_, i): CentreRecord => {
    const a = pickAnchor(random, options.anchors, false);
    const d = districtOf(a.district);
    const nonProfit = random.chance(0.35);
    const types = (['infant', 'toddler', 'older', 'mixed'] as const).filter((_, k) => random.chance(k === 2 ? 0.9 : 0.5));
    const classTypes = types.length > 0 ? types : (['older'] as const);
    const classes = classTypes.map((type) => {
      const places = CLASS_SIZE[type] * random.int(1, 2);
      return { type, places, vacancies: random.int(0, Math.floor(places / 2)) };
    });
    const puhui = random.chance(0.4);
    const minFee = puhui ? 100 * random.int(8, 15) : 100 * random.int(15, 30);
    const statusRoll = random.next();
    const status = statusRoll < 0.9 ? 'operating' : statusRoll < 0.94 ? 'suspended' : statusRoll < 0.98 ? 'closed' : 'revoked';
    return {
      kind: 'centre',
      id: `centre-${a.district}-${String(i + 1).padStart(3, '0')}`,
      name: uniqueName(`示例·${random.pick(CENTRE_WORDS)}${random.pick(CENTRE_KINDS)}（${a.name}）`, names),
      district: a.district,
      address: address(a),
      position: scatter(random, a),
      phone: samplePhone(random, options.phoneAreaCode),
      hours: random.pick(['Mo-Fr 07:30-17:30', 'Mo-Fr 07:30-18:00; Sa 08:00-12:00', 'Mo-Fr 08:00-17:00']),
      holidays: 'closed',
      makeUpWorkdays: 'workday',
      verified: verified(random, options.asOf, d.name),
      sample: true,
      creditCode: creditCode(random, nonProfit ? '52' : '91', d.code),
      profit: nonProfit ? 'non-profit' : 'for-profit',
      status,
      ...(status === 'revoked' || random.chance(0.1) ? {} : { filing: { number: `示例备案-${d.code}-${String(i + 1).padStart(4, '0')}`, date: addDays(options.asOf, -random.int(60, 2000)) } }),
      operator: random.pick(['public', 'public-private', 'private-public-aid', 'private', 'private', 'employer', 'kindergarten', 'chain']),
      puhui,
      classes,
      ages: { fromMonths: Math.min(...classTypes.map((t) => CLASS_FROM[t])), toMonths: 36 },
      services: ['full-day', ...(['half-day', 'hourly', 'temporary'] as const).filter(() => random.chance(0.35))],
      fee: { minYuan: minFee, maxYuan: minFee + 100 * random.int(0, 10) },
      meals: random.pick(['提供午餐和两次点心', '提供早餐、午餐和午点', '提供午餐']),
      healthEvaluation: random.pick(['passed', 'passed', 'pending']),
    };
  });

  const rooms = Array.from({ length: options.rooms }, (_, i): RoomRecord => {
    const a = pickAnchor(random, options.anchors, random.chance(0.8));
    const d = districtOf(a.district);
    const venueType = random.pick(['mall', 'mall', 'hospital', 'transport', 'government', 'scenic', 'workplace'] as const);
    const venue = {
      mall: `${random.pick(MALL_WORDS)}购物广场`,
      hospital: `${a.name}医院`,
      transport: `${a.name}客运站`,
      government: `${a.name}政务服务中心`,
      scenic: `${a.name}公园`,
      workplace: `${a.name}产业园`,
      other: a.name,
    }[venueType];
    const basic = ['changing-table', 'nursing-chair', 'hand-basin', 'power', 'lock', 'bin'] as const;
    const extra = ['hot-water', 'cot', 'emergency-call', 'fridge', 'table'] as const;
    return {
      kind: 'room',
      id: `room-${a.district}-${String(i + 1).padStart(3, '0')}`,
      name: uniqueName(`示例·${venue}母婴室`, names),
      district: a.district,
      address: address(a),
      position: scatter(random, a),
      ...(random.chance(0.7) ? { phone: samplePhone(random, options.phoneAreaCode) } : {}),
      hours: { mall: 'Mo-Su 10:00-22:00', hospital: 'Mo-Su 07:30-18:00', transport: 'Mo-Su 06:00-20:00', government: 'Mo-Fr 08:30-12:00,14:00-17:30', scenic: 'Mo-Su 08:00-18:00', workplace: 'Mo-Fr 08:00-18:00', other: 'Mo-Su 09:00-17:00' }[venueType],
      holidays: venueType === 'government' || venueType === 'workplace' ? 'closed' : 'open',
      makeUpWorkdays: venueType === 'government' || venueType === 'workplace' ? 'workday' : 'weekday',
      verified: verified(random, options.asOf, d.name),
      sample: true,
      venueType,
      floor: random.pick(['1F', '2F', '3F', 'B1', '1F']),
      directions: random.pick(['进门右转，服务台旁', '电梯出来左手边，卫生间旁', '一楼导诊台后方走廊尽头', '二楼儿童区内']),
      facilities: [...basic.filter(() => random.chance(0.85)), ...extra.filter(() => random.chance(0.4))],
      access: random.pick(['public', 'public', 'public', 'ask-staff', 'staff-only']),
      fathersWelcome: random.chance(0.3),
      areaM2: random.int(4, 20),
      managedBy: `${venue}管理处（示例）`,
    };
  });

  const clinics = Array.from({ length: options.clinics }, (_, i): ClinicRecord => {
    const a = pickAnchor(random, options.anchors, false);
    const d = districtOf(a.district);
    const both = random.chance(0.7);
    return {
      kind: 'clinic',
      id: `clinic-${a.district}-${String(i + 1).padStart(3, '0')}`,
      name: uniqueName(`示例·${a.name}${a.urban ? '社区卫生服务中心' : '卫生院'}`, names),
      district: a.district,
      address: address(a),
      position: scatter(random, a),
      phone: samplePhone(random, options.phoneAreaCode),
      hours: 'Mo-Fr 08:00-11:30,14:30-17:30',
      holidays: 'closed',
      makeUpWorkdays: 'workday',
      verified: verified(random, options.asOf, d.name),
      sample: true,
      services: both ? ['vaccination', 'child-health'] : [random.pick(['vaccination', 'child-health'] as const)],
      serviceHours: both ? { vaccination: random.pick(['Tu,Th,Sa 08:00-11:30', 'Mo,We,Fr 08:00-11:30,14:30-16:30']) } : {},
    };
  });

  return { centres, rooms, clinics };
}
