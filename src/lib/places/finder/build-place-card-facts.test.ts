import { describe, expect, it } from 'vitest';
import type { Centre, Clinic, Room } from '../../../schemas/place';
import { buildPlaceCardFacts } from './build-place-card-facts';

const base = { district: 'xiangshan', address: '相山区书香路1号', position: [116.8, 33.95] as [number, number], hours: 'Mo-Fr 08:00-17:00', holidays: 'closed', makeUpWorkdays: 'workday', verified: { date: new Date('2026-05-01'), by: '测试' }, sample: true } as const;
const centre: Centre = {
  ...base, kind: 'centre', id: 'centre-a', name: '示例·园', creditCode: 'x', profit: 'non-profit', status: 'operating', operator: 'public', puhui: true,
  classes: [{ type: 'toddler', places: 20, vacancies: 3 }, { type: 'older', places: 20, vacancies: 2 }], ages: { fromMonths: 12, toMonths: 36 }, services: ['full-day'],
  fee: { minYuan: 1200, maxYuan: 1800 }, healthEvaluation: 'passed',
};
const room: Room = {
  ...base, kind: 'room', id: 'room-b', name: '示例·母婴室', status: 'operating', venueType: 'mall', floor: '3F', directions: '三楼儿童区内',
  facilities: ['bin', 'power', 'hot-water', 'nursing-chair', 'changing-table'], access: 'ask-staff', fathersWelcome: true, managedBy: '商场',
};

describe('list cards', () => {
  it('a centre: 普惠, fee range, ages, vacancies', () => {
    expect(buildPlaceCardFacts(centre)).toEqual({ facts: ['普惠', '1200–1800元/月', '收12–36个月', '空位 5 个'] });
    const full = buildPlaceCardFacts({ ...centre, puhui: false, fee: { minYuan: 2000, maxYuan: 2000 }, classes: [{ type: 'older', places: 20, vacancies: 0 }] });
    expect(full.facts).toEqual(['2000元/月', '收12–36个月', '暂无空位']);
  });

  it('a room: access, fathers, floor and the three facilities asked about first', () => {
    expect(buildPlaceCardFacts(room).facts).toEqual(['请向工作人员开门', '爸爸可用', '在3F', '护理台、哺乳椅、热水']);
    expect(buildPlaceCardFacts({ ...room, access: 'staff-only', fathersWelcome: false, facilities: [] }).facts).toEqual(['仅限本单位职工', '仅限女性', '在3F']);
  });

  it('status comes first, in words, only when the place is not operating', () => {
    expect(buildPlaceCardFacts(centre).status).toBeUndefined();
    expect(buildPlaceCardFacts({ ...centre, status: 'suspended' }).status).toEqual({ value: 'suspended', label: '暂停服务' });
    expect(buildPlaceCardFacts({ ...centre, status: 'revoked' }).status?.label).toBe('备案已撤销');
    expect(buildPlaceCardFacts({ ...room, status: 'closed' }).status?.label).toBe('已关闭');
  });

  it('a clinic: its services', () => {
    const clinic: Clinic = { ...base, kind: 'clinic', id: 'clinic-c', name: '示例·门诊', status: 'operating', services: ['vaccination', 'child-health'], serviceHours: {} };
    expect(buildPlaceCardFacts(clinic).facts).toEqual(['预防接种、儿童保健']);
  });
});
