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
// No word may repeat the start of a kind (悦成长 + 成长中心 made 悦成长成长中心).
const CENTRE_WORDS = ['禾苗', '小橡树', '向日葵', '星星', '启航', '彩虹', '乐童', '春芽', '童心', '悦宝', '小蜗牛', '暖阳'];
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

/**
 * The first of `candidates` not yet taken, else `numbered(n)` for the first free n ≥ 2: names read as
 * real ones do (a branch on another street, a room on another floor, 2号母婴室), never 母婴室6号园区.
 */
function uniqueName(candidates: readonly string[], numbered: (n: number) => string, taken: { names: Set<string>; next: Map<string, number> }): string {
  let name = candidates.find((c) => !taken.names.has(c));
  // The next number to try is remembered per numbered series, so 100,000 places stay fast.
  const series = numbered(0);
  for (let n = taken.next.get(series) ?? 2; name === undefined; n++) {
    if (!taken.names.has(numbered(n))) name = numbered(n);
    taken.next.set(series, n + 1);
  }
  taken.names.add(name);
  return name;
}

const FLOOR_WORDS: Record<string, string> = { B1: '地下一层', '1F': '一楼', '2F': '二楼', '3F': '三楼' };
/** Names of venues of a type around a place (相山, 朔里镇), as signs would read. */
function venueNames(venueType: keyof typeof FRONT_DESK, place: string, urban: boolean): string[] {
  if (venueType === 'mall') return MALL_WORDS.map((w) => `${w}购物广场${place}店`);
  const words = {
    hospital: urban ? ['人民医院', '妇幼保健院', '中医医院', '第二人民医院', '儿童医院'] : ['中心卫生院'],
    transport: urban ? ['客运站', '火车站', '公交枢纽站'] : ['客运站'],
    government: urban ? ['政务服务中心', '市民服务中心', '社保服务大厅'] : ['便民服务中心'],
    scenic: ['公园', '湿地公园', '文化广场', '体育公园', '植物园'],
    workplace: ['产业园', '科技园', '工业园', '创业园'],
    other: ['服务中心'],
  }[venueType];
  return words.map((w) => `${place}${w}`);
}

/** Floors a room can be on, by venue: a park's room is on the ground. */
const ROOM_FLOORS = {
  mall: ['1F', '2F', '3F', 'B1', '2F'],
  hospital: ['1F', '2F', '3F'],
  transport: ['1F', '1F', '2F'],
  government: ['1F', '2F'],
  scenic: ['1F'],
  workplace: ['1F', '2F', '3F'],
  other: ['1F'],
} as const;
const ROOM_ACCESS_BY_VENUE = {
  mall: ['public', 'public', 'public', 'ask-staff'],
  hospital: ['public', 'public', 'ask-staff', 'staff-only'],
  transport: ['public', 'public', 'ask-staff'],
  government: ['public', 'public', 'ask-staff'],
  scenic: ['public'],
  workplace: ['staff-only', 'staff-only', 'ask-staff'],
  other: ['public', 'ask-staff'],
} as const;
/** Where one asks at the entrance, by venue. */
const FRONT_DESK = { mall: '服务台', hospital: '导诊台', transport: '问询处', government: '咨询台', scenic: '游客中心', workplace: '前台', other: '服务台' } as const;

/** How to find a room: always on the floor the floor field names. */
function roomDirections(random: Random, venueType: keyof typeof FRONT_DESK, floor: string): string {
  const desk = FRONT_DESK[venueType];
  if (floor === '1F') return random.pick([`进门右转，${desk}旁`, `一楼${desk}后方，走廊尽头`, `一楼卫生间旁，${desk}左侧`]);
  const level = FLOOR_WORDS[floor] ?? floor;
  if (venueType === 'mall' && floor !== 'B1') return random.pick([`${level}儿童区内`, `乘电梯到${level}，出电梯左手边，卫生间旁`]);
  return random.pick([`乘电梯到${level}，出电梯左手边，卫生间旁`, `${level}电梯厅旁，有标识`]);
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
  const addressOn = (a: Anchor, street: string) => `${districtOf(a.district).name}${a.urban ? '' : a.name}${street}${random.int(1, 299)}号`;
  const address = (a: Anchor) => addressOn(a, random.pick(STREETS));
  // 相山城区中部 → 相山; 朔里镇 stays: short enough for a name.
  const shortPlace = (a: Anchor) => (a.urban ? a.name.replace(/城区.*$|县城$/, '') : a.name);
  const names = { names: new Set<string>(), next: new Map<string, number>() };

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
    const brand = `${random.pick(CENTRE_WORDS)}${random.pick(CENTRE_KINDS)}`;
    const street = random.pick(STREETS);
    const place = shortPlace(a);
    return {
      kind: 'centre',
      id: `centre-${a.district}-${String(i + 1).padStart(3, '0')}`,
      // A second centre of the same brand in the same area is its branch on another street.
      name: uniqueName([`示例·${brand}（${place}）`, `示例·${brand}（${place}${street}园）`], (n) => `示例·${brand}（${place}${street}${n}园）`, names),
      district: a.district,
      address: addressOn(a, street),
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
      // A centre that is not operating takes nobody: its classes keep their places, not vacancies.
      classes: status === 'operating' ? classes : classes.map((c) => ({ ...c, vacancies: 0 })),
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
    const place = shortPlace(a);
    // Venues of this type around the anchor, starting at a random one: a second room goes to the next venue
    // or another floor before any room is numbered.
    const pool = venueNames(venueType, place, a.urban);
    const start = random.int(0, pool.length - 1);
    const venues = pool.map((_, k) => pool[(start + k) % pool.length] as string);
    const floor = random.pick(ROOM_FLOORS[venueType]);
    const level = FLOOR_WORDS[floor] ?? floor;
    const statusRoll = random.next();
    const name = uniqueName(venues.flatMap((v) => [`示例·${v}母婴室`, `示例·${v}${level}母婴室`]), (n) => `示例·${venues[0]}${level}${n}号母婴室`, names);
    const venue = venues.find((v) => name.startsWith(`示例·${v}`)) ?? (venues[0] as string);
    const basic = ['changing-table', 'nursing-chair', 'hand-basin', 'power', 'lock', 'bin'] as const;
    const extra = ['hot-water', 'cot', 'emergency-call', 'fridge', 'table'] as const;
    return {
      kind: 'room',
      id: `room-${a.district}-${String(i + 1).padStart(3, '0')}`,
      // A venue's second room is on another floor; more rooms on one floor are numbered, as hospitals do.
      name,
      district: a.district,
      address: address(a),
      position: scatter(random, a),
      ...(random.chance(0.7) ? { phone: samplePhone(random, options.phoneAreaCode) } : {}),
      hours: { mall: 'Mo-Su 10:00-22:00', hospital: 'Mo-Su 07:30-18:00', transport: 'Mo-Su 06:00-20:00', government: 'Mo-Fr 08:30-12:00,14:00-17:30', scenic: 'Mo-Su 08:00-18:00', workplace: 'Mo-Fr 08:00-18:00', other: 'Mo-Su 09:00-17:00' }[venueType],
      holidays: venueType === 'government' || venueType === 'workplace' ? 'closed' : 'open',
      makeUpWorkdays: venueType === 'government' || venueType === 'workplace' ? 'workday' : 'weekday',
      verified: verified(random, options.asOf, d.name),
      sample: true,
      // A few rooms are shut for repair or for good: the finder must never call them open.
      status: statusRoll < 0.95 ? 'operating' : statusRoll < 0.98 ? 'suspended' : 'closed',
      venueType,
      floor,
      directions: roomDirections(random, venueType, floor),
      facilities: [...basic.filter(() => random.chance(0.85)), ...extra.filter(() => random.chance(0.4))],
      // Staff-only rooms are a workplace's (or a hospital's staff room); a park's or a mall's are public.
      access: random.pick(ROOM_ACCESS_BY_VENUE[venueType]),
      fathersWelcome: random.chance(0.3),
      areaM2: random.int(4, 20),
      managedBy: `${venue}管理处（示例）`,
    };
  });

  const clinics = Array.from({ length: options.clinics }, (_, i): ClinicRecord => {
    const a = pickAnchor(random, options.anchors, false);
    const d = districtOf(a.district);
    const both = random.chance(0.7);
    const place = shortPlace(a);
    const streetName = random.pick(STREETS);
    const street = streetName.replace(/路$/, '');
    // Towns have one 卫生院 (more become its branches); towns' centres are named by their 街道-like street.
    const candidates = a.urban ? [`示例·${place}${street}社区卫生服务中心`] : [`示例·${place}卫生院`, `示例·${place}卫生院${street}分院`];
    const statusRoll = random.next();
    return {
      kind: 'clinic',
      id: `clinic-${a.district}-${String(i + 1).padStart(3, '0')}`,
      name: uniqueName(candidates, (n) => `示例·${place}${street}第${n}社区卫生服务站`, names),
      status: statusRoll < 0.97 ? 'operating' : 'suspended',
      district: a.district,
      address: addressOn(a, streetName),
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
