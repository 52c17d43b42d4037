import { describe, expect, it } from 'vitest';
import { findDataProblems, findExceededThresholds, groupProblemsByRule, hasOpeningTimes, nameSimilarity, type QualityEvent, type QualityGuide, type QualityPlace } from './find-data-problems';

const bounds: [[number, number], [number, number]] = [
  [33.0, 116.0],
  [34.0, 117.0],
];
const districts = [
  { id: 'east', name: '东区' },
  { id: 'west', name: '西区' },
];
const today = '2026-12-03';
const verified = { date: '2026-06-01', by: '东区卫健委' };

// Clean places: east around 116.80, west around 116.40 (≈ 37 km apart).
const place = (over: Partial<QualityPlace> & Pick<QualityPlace, 'id' | 'name'>): QualityPlace => ({
  kind: 'clinic',
  district: 'east',
  position: [116.8, 33.5],
  hours: 'Mo-Fr 08:00-17:00',
  verified,
  ...over,
});
const cleanPlaces: QualityPlace[] = [
  place({ id: 'east-1', name: '东区第一社区卫生服务中心', position: [116.8, 33.5] }),
  place({ id: 'east-2', name: '东区第二社区卫生服务中心', position: [116.81, 33.51] }),
  place({ id: 'east-3', name: '东区妇幼保健院母婴室', kind: 'room', access: 'public', position: [116.79, 33.49] }),
  // Same building as east-3, different kind and a clearly different name: not a duplicate.
  place({ id: 'east-4', name: '东区妇幼保健院预防接种门诊', position: [116.7901, 33.4901] }),
  place({ id: 'east-5', name: '东区阳光托育园', kind: 'centre', status: 'operating', classes: [{ vacancies: 3 }], position: [116.82, 33.5] }),
  // Closed, with no vacancies and hours `off`: consistent.
  place({ id: 'east-6', name: '东区星星托育园', kind: 'centre', status: 'closed', classes: [{ vacancies: 0 }], hours: 'off', position: [116.8, 33.52] }),
  // A remote township clinic alone at the edge of its district: no other district nearer, not flagged.
  place({ id: 'east-7', name: '东区边远镇卫生院', position: [116.95, 33.1] }),
  place({ id: 'west-1', name: '西区社区卫生服务中心', district: 'west', position: [116.4, 33.5] }),
  place({ id: 'west-2', name: '西区人民医院母婴室', kind: 'room', access: 'ask-staff', district: 'west', position: [116.41, 33.5] }),
  place({ id: 'west-3', name: '西区彩虹托育园', kind: 'centre', status: 'operating', classes: [{ vacancies: 0 }], district: 'west', position: [116.4, 33.51] }),
];

// One record per rule, each with exactly one problem.
const brokenPlaces: QualityPlace[] = [
  place({ id: 'bad-stale', name: '东区过期卫生院', verified: { date: '2025-11-30', by: '东区卫健委' }, position: [116.8, 33.505] }),
  place({ id: 'bad-closed', name: '东区已停托育园', kind: 'centre', status: 'suspended', classes: [{ vacancies: 4 }, { vacancies: 2 }], hours: 'off', position: [116.805, 33.5] }),
  place({ id: 'bad-room', name: '东区商场母婴室', kind: 'room', access: 'public', hours: '"请问服务台"', position: [116.81, 33.495] }),
  place({ id: 'bad-outside', name: '东区错位卫生院', position: [33.5, 116.8] }),
  // Coded east, standing among the west district's places.
  place({ id: 'bad-far', name: '东区错区托育园', kind: 'centre', status: 'operating', classes: [{ vacancies: 1 }], position: [116.405, 33.505] }),
  // Same clinic entered twice, 30 m apart, once as a room.
  place({ id: 'bad-dup-a', name: '东区第三社区卫生服务中心', position: [116.83, 33.53] }),
  place({ id: 'bad-dup-b', name: '东区第三社区卫生服务中心 ', kind: 'room', access: 'public', position: [116.8303, 33.53] }),
];

const event = (over: Partial<QualityEvent> & Pick<QualityEvent, 'id'>): QualityEvent => ({
  title: '家长课堂：辅食怎么加',
  status: 'scheduled',
  start: '2026-12-10T09:30:00+08:00',
  end: '2026-12-10T11:00:00+08:00',
  venue: { placeId: 'east-1' },
  ...over,
});
const cleanEvents: QualityEvent[] = [
  event({ id: 'ok-future' }),
  // Past but cancelled, postponed to a past new time with status postponed, or full: none says 正常.
  event({ id: 'ok-cancelled', status: 'cancelled', start: '2026-11-01T09:30:00+08:00', end: '2026-11-01T11:00:00+08:00' }),
  event({ id: 'ok-full', status: 'full', start: '2026-11-01T09:30:00+08:00', end: '2026-11-01T11:00:00+08:00' }),
  // A weekly series that started in November and still has sessions to come.
  event({ id: 'ok-series', start: '2026-11-05T09:30:00+08:00', end: '2026-11-05T11:00:00+08:00', recurrence: { count: 8 } }),
  // Ends today: not past yet.
  event({ id: 'ok-today', start: '2026-12-03T09:30:00+08:00', end: '2026-12-03T11:00:00+08:00' }),
  event({ id: 'ok-own-venue', venue: { name: '东区文化站', address: '东区和谐路1号', position: [116.8, 33.5] } }),
];
const brokenEvents: QualityEvent[] = [
  event({ id: 'bad-venue', venue: { placeId: 'no-such-place' } }),
  event({ id: 'bad-past', start: '2026-11-05T09:30:00+08:00', end: '2026-11-05T11:00:00+08:00', recurrence: { count: 2 } }),
];
const cleanGuides: QualityGuide[] = [{ id: 'fresh', title: '新生儿的第一周', nextReviewAt: new Date('2027-06-01') }];
const brokenGuides: QualityGuide[] = [{ id: 'overdue', title: '宝宝发烧怎么办', nextReviewAt: '2026-12-01' }];

const options = { today, bounds, districts };

describe('findDataProblems', () => {
  it('flags nothing in clean data', () => {
    expect(findDataProblems({ places: cleanPlaces, events: cleanEvents, guides: cleanGuides }, options)).toEqual([]);
  });

  it('finds each known problem once, and nothing else', () => {
    const problems = findDataProblems(
      { places: [...cleanPlaces, ...brokenPlaces], events: [...cleanEvents, ...brokenEvents], guides: [...cleanGuides, ...brokenGuides] },
      options,
    );
    expect(problems.map((p) => [p.rule, p.id])).toEqual([
      ['stale-place', 'bad-stale'],
      ['closed-centre-open', 'bad-closed'],
      ['room-without-hours-or-access', 'bad-room'],
      ['outside-city', 'bad-outside'],
      ['far-from-district', 'bad-far'],
      ['duplicate-place', 'bad-dup-a'],
      ['event-without-venue', 'bad-venue'],
      ['past-event-scheduled', 'bad-past'],
      ['guide-review-due', 'overdue'],
    ]);
    for (const p of problems) {
      expect(p.name.length).toBeGreaterThan(0);
      expect(p.problem).toMatch(/[\u4e00-\u9fff]/);
      expect(p.fix).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(problems.find((p) => p.rule === 'closed-centre-open')?.problem).toContain('6 个空位');
    expect(problems.find((p) => p.rule === 'duplicate-place')?.problem).toContain('bad-dup-b');
    expect(problems.find((p) => p.rule === 'past-event-scheduled')?.problem).toContain('2026-11-12');
    expect(problems.find((p) => p.rule === 'far-from-district')?.problem).toContain('西区');
  });

  it('reads the stale limit from the options', () => {
    const places = [place({ id: 'p', name: '东区卫生院', verified: { date: '2026-05-01', by: '东区卫健委' } })];
    expect(findDataProblems({ places, events: [], guides: [] }, options)).toEqual([]);
    expect(findDataProblems({ places, events: [], guides: [] }, { ...options, staleMonths: 6 }).map((p) => p.rule)).toEqual(['stale-place']);
  });

  it('counts a record verified exactly the limit ago as fresh', () => {
    const places = [place({ id: 'p', name: '东区卫生院', verified: { date: '2025-12-03', by: '东区卫健委' } })];
    expect(findDataProblems({ places, events: [], guides: [] }, options)).toEqual([]);
  });

  it('reports records the caller could not parse', () => {
    const problems = findDataProblems({ places: [], events: [], guides: [] }, { ...options, invalid: [{ kind: 'place', id: 'x', name: '某地', message: 'rooms.json：access：必填' }] });
    expect(problems).toMatchObject([{ rule: 'invalid-record', id: 'x', problem: 'rooms.json：access：必填' }]);
  });

  it('flags a room with no access value', () => {
    const places = [place({ id: 'r', name: '东区母婴室', kind: 'room', access: undefined })];
    expect(findDataProblems({ places, events: [], guides: [] }, options).map((p) => p.rule)).toEqual(['room-without-hours-or-access']);
  });
});

describe('helpers', () => {
  it('hasOpeningTimes', () => {
    expect(hasOpeningTimes('Mo-Fr 08:00-17:00; PH off')).toBe(true);
    expect(hasOpeningTimes('24/7')).toBe(true);
    expect(hasOpeningTimes('off')).toBe(false);
    expect(hasOpeningTimes('"预约"')).toBe(false);
    expect(hasOpeningTimes('Mo-Fr off; PH 09:00-12:00')).toBe(false);
    expect(hasOpeningTimes(undefined)).toBe(false);
  });

  it('nameSimilarity ignores the sample prefix and punctuation', () => {
    expect(nameSimilarity('示例·金桥购物广场母婴室', '金桥购物广场 母婴室')).toBe(1);
    expect(nameSimilarity('东区妇幼保健院母婴室', '东区妇幼保健院预防接种门诊')).toBeLessThan(0.8);
  });

  it('does not take two malls with the same kind of name for one place', () => {
    const twoMalls = [
      place({ id: 'mall-a', name: '示例·万家购物广场濉溪店母婴室', kind: 'room', access: 'public', position: [116.83, 33.53] }),
      place({ id: 'mall-b', name: '示例·新城购物广场濉溪店母婴室', kind: 'room', access: 'public', position: [116.8305, 33.5302] }),
    ];
    expect(findDataProblems({ places: [...cleanPlaces, ...twoMalls], events: cleanEvents, guides: cleanGuides }, options).filter((p) => p.rule === 'duplicate-place')).toEqual([]);
  });

  it('groups by rule and checks thresholds', () => {
    const problems = findDataProblems({ places: brokenPlaces, events: [], guides: brokenGuides }, options);
    expect(groupProblemsByRule(problems).map((g) => g.rule)[0]).toBe('stale-place');
    expect(findExceededThresholds(problems, {})).toEqual([]);
    expect(findExceededThresholds(problems, { 'stale-place': 0, 'guide-review-due': 1 })).toEqual(['stale-place']);
    expect(findExceededThresholds(problems, { total: problems.length })).toEqual([]);
    expect(findExceededThresholds(problems, { total: problems.length - 1 })).toEqual(['total']);
  });
});
