import type { z } from 'astro/zod';
import type { EventSchema, EventType } from '../../../schemas/event';
import { addDays, type CivilDate } from '../../age/civil-date';
import { createRandom } from '../../places/sample/create-random';
import { toSamplePhone } from '../../places/phone';

export type EventRecord = z.input<typeof EventSchema>;

/** A place an event can be held at. */
export interface VenueCandidate {
  id: string;
  kind: 'centre' | 'room' | 'clinic';
  district: string;
  name: string;
  position: [number, number];
}

const TEMPLATES: { type: EventType; title: string; audiences: EventRecord['audiences']; bands: EventRecord['bands']; venue: 'clinic' | 'centre' | 'community'; text: string }[] = [
  { type: 'parent-class', title: '家长课堂：宝宝6个月，辅食怎么加', audiences: ['parents', 'grandparents'], bands: ['6-12m'], venue: 'clinic', text: '社区医生讲解第一口辅食吃什么、一次加几种、怎样看宝宝是否吃饱。可以带着宝宝来，现场有护理台。' },
  { type: 'parent-class', title: '家长课堂：宝宝夜醒多，怎么办', audiences: ['parents'], bands: ['0-6m', '6-12m'], venue: 'clinic', text: '讲睡眠时长、安全睡眠和睡前习惯。欢迎爸爸妈妈一起来。' },
  { type: 'parent-class', title: '隔代照护课堂：祖辈带娃的新方法', audiences: ['grandparents'], bands: ['0-6m', '6-12m', '1-2y', '2-3y'], venue: 'community', text: '专为爷爷奶奶、外公外婆开设：发烧怎么护理、辅食怎么做、怎样和孩子说话。字大、讲得慢，可以随时提问。' },
  { type: 'parent-class', title: '家长课堂：两岁孩子发脾气怎么办', audiences: ['parents', 'grandparents'], bands: ['1-2y', '2-3y'], venue: 'centre', text: '托育老师分享应对孩子情绪的办法，也留时间给家长交流。' },
  { type: 'parent-child', title: '亲子绘本共读', audiences: ['parents', 'grandparents', 'carers'], bands: ['1-2y', '2-3y', '3-6y'], venue: 'community', text: '老师带大家一起读绘本、做小游戏。请给孩子穿方便活动的衣服。' },
  { type: 'parent-child', title: '亲子户外游戏：跑跑跳跳', audiences: ['parents', 'carers'], bands: ['2-3y', '3-6y'], venue: 'community', text: '在户外做跑、跳、钻、爬的游戏，每天户外活动对孩子很重要。雨天改在室内。' },
  { type: 'parent-child', title: '亲子音乐律动', audiences: ['parents', 'grandparents'], bands: ['6-12m', '1-2y'], venue: 'centre', text: '跟着音乐拍手、摇摆、爬行，适合会坐、会爬的宝宝。' },
  { type: 'health-talk', title: '儿童口腔保健讲座', audiences: ['parents', 'grandparents'], bands: ['6-12m', '1-2y', '2-3y', '3-6y'], venue: 'clinic', text: '从第一颗牙开始刷牙，含氟牙膏用多少，什么时候看牙医。现场演示刷牙方法。' },
  { type: 'health-talk', title: '家庭急救：宝宝被噎住怎么办', audiences: ['parents', 'grandparents', 'carers'], bands: ['0-6m', '6-12m', '1-2y', '2-3y', '3-6y'], venue: 'clinic', text: '急救员用模型演示1岁以下和1岁以上孩子被噎住时的急救方法，大家可以上手练习。' },
  { type: 'health-talk', title: '宝宝发烧了，家长怎么护理', audiences: ['parents', 'grandparents'], bands: ['0-6m', '6-12m', '1-2y'], venue: 'clinic', text: '讲清楚什么情况要马上去医院、退烧药怎么用、为什么不要捂汗和酒精擦身。' },
  { type: 'free-clinic', title: '儿童保健义诊', audiences: ['parents', 'grandparents'], bands: ['0-6m', '6-12m', '1-2y', '2-3y', '3-6y'], venue: 'community', text: '儿保医生现场答疑：生长发育、喂养、睡眠。请带上《母子健康手册》。' },
  { type: 'free-clinic', title: '儿童视力筛查咨询', audiences: ['parents'], bands: ['3-6y'], venue: 'clinic', text: '为3岁以上儿童做视力筛查咨询，讲解户外活动和少看屏幕。' },
  { type: 'prenatal-class', title: '孕妇学校：母乳喂养早准备', audiences: ['expectant'], bands: ['pregnancy'], venue: 'clinic', text: '准爸爸准妈妈一起来：怎样让宝宝含好乳头、按需喂养、遇到困难找谁。' },
  { type: 'prenatal-class', title: '孕妇学校：产后恢复和心情', audiences: ['expectant'], bands: ['pregnancy', '0-6m'], venue: 'clinic', text: '讲产后检查、身体恢复，以及情绪低落时怎样求助（心理援助热线 12356）。' },
  { type: 'open-day', title: '托育机构开放日：带宝宝来看看', audiences: ['parents', 'grandparents'], bands: ['1-2y', '2-3y'], venue: 'centre', text: '参观教室、午睡室和户外场地，了解一日作息、收费和备案情况。' },
];

const SLOTS = [
  ['09:00', '10:30'],
  ['09:30', '11:00'],
  ['14:30', '16:00'],
  ['15:00', '16:30'],
  ['19:00', '20:00'],
] as const;

const at = (date: CivilDate, time: string) => `${date}T${time}:00+08:00`;

/** Days before and after the anchor that sample events are spread over. */
const FIRST_DAY = -14;
const LAST_DAY = 42;

/**
 * Which events, counted in date order, are not simply as planned: positions as shares of the
 * programme, far enough apart that no week has more of them than events going ahead (about one in
 * seven is cancelled or postponed, as in a real programme, and two are full).
 */
const STATUS_AT: readonly [share: number, status: 'full' | 'cancelled' | 'postponed' | 'moved'][] = [
  [0.22, 'full'],
  [0.35, 'cancelled'],
  [0.53, 'moved'],
  [0.68, 'full'],
  [0.83, 'cancelled'],
  [0.93, 'postponed'],
];

/**
 * About `count` reproducible SAMPLE events spread evenly around `anchor` (two weeks back to six
 * weeks ahead, a few a day at most), at real sample venues: some weekly series, a few full, two
 * cancelled, one postponed to a new time and one postponed with the new time still to come. Every
 * one is `sample: true` with an undialable contact.
 */
export function buildSampleEvents(options: { anchor: CivilDate; seed: number; count: number; venues: readonly VenueCandidate[]; districts: readonly { id: string; name: string }[]; phoneAreaCode: string }): EventRecord[] {
  const random = createRandom(options.seed);
  const phone = () => toSamplePhone(options.phoneAreaCode, random.int(0, 999_999));
  const span = LAST_DAY - FIRST_DAY;
  const when = Array.from({ length: options.count }, (_, i) => ({
    day: FIRST_DAY + Math.min(span, Math.floor((i * span) / options.count) + random.int(0, 1)),
    slot: random.int(0, SLOTS.length - 1),
  }));
  // Statuses by date order, so that they fall where their shares say whatever the anchor.
  const byDate = when.map((w, i) => ({ ...w, i })).sort((a, b) => a.day - b.day || a.slot - b.slot || a.i - b.i);
  const statusOf = new Map(STATUS_AT.map(([share, status]) => [byDate[Math.min(options.count - 1, Math.round(share * options.count))]?.i, status]));
  return when.map(({ day, slot }, i): EventRecord => {
    const template = TEMPLATES[i % TEMPLATES.length] as (typeof TEMPLATES)[number];
    const district = options.districts[i % options.districts.length] as { id: string; name: string };
    const candidates = options.venues.filter((v) => v.district === district.id && (template.venue === 'community' ? false : v.kind === template.venue));
    const date = addDays(options.anchor, day);
    const [from, to] = SLOTS[slot] as (typeof SLOTS)[number];
    const kind = statusOf.get(i) ?? 'scheduled';
    const status = kind === 'moved' ? 'postponed' : kind;
    // Only events going ahead as planned repeat: a postponed series would need its own explanation.
    const recurring = status === 'scheduled' && template.type === 'parent-child' && random.chance(0.5);
    // A community hall stands near some sample place of the district (about 200 m away).
    const near = random.pick(options.venues.filter((v) => v.district === district.id));
    const venue =
      candidates.length > 0
        ? { placeId: random.pick(candidates).id }
        : {
            name: `示例·${district.name}${random.pick(['和平', '幸福', '东风', '南湖', '新城'])}社区活动中心`,
            address: `${district.name}${random.pick(['和谐路', '惠民路', '学府路'])}${random.int(1, 200)}号`,
            position: [Math.round((near.position[0] + 0.002) * 1e6) / 1e6, Math.round((near.position[1] - 0.001) * 1e6) / 1e6] as [number, number],
          };
    // A postponed event moves two weeks on, same time of day.
    const newDate = addDays(date, 14);
    return {
      id: `event-${String(i + 1).padStart(3, '0')}`,
      title: template.title,
      type: template.type,
      audiences: template.audiences,
      bands: template.bands,
      start: at(date, from),
      end: at(date, to),
      ...(recurring ? { recurrence: { freq: 'weekly' as const, count: random.int(4, 8) } } : {}),
      ...(kind === 'moved' ? { newTime: { start: at(newDate, from), end: at(newDate, to) } } : {}),
      venue,
      district: district.id,
      organiser: { name: `示例·${district.name}卫生健康委员会`, phone: phone() },
      ...(random.chance(0.7) ? { capacity: random.pick([20, 30, 40, 60]) } : {}),
      registration: random.chance(0.5) ? { kind: 'walk-in' as const } : { kind: 'phone' as const, phone: phone() },
      costYuan: 0,
      status,
      ...(kind === 'cancelled' ? { statusReason: '主讲医生临时有急诊任务，本次活动取消。' } : {}),
      ...(kind === 'moved' ? { statusReason: '场地维修，活动延期两周，时间、地点不变。' } : {}),
      ...(kind === 'postponed' ? { statusReason: '场地维修，活动延期，新时间确定后在本页公布。' } : {}),
      ...(status !== 'scheduled' ? { updateNote: `${addDays(options.anchor, -1)} 更新活动状态` } : {}),
      description: `${template.text}\n\n这是演示用的示例活动，并不真实举办。`,
      sample: true,
    };
  });
}
