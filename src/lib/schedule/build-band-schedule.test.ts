import { describe, expect, it } from 'vitest';
import { loadCheckupSchedule, loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { formatAge } from './age-offset';
import { buildBandCheckups, buildBandDoses } from './build-band-schedule';

const immunization = loadImmunizationSchedule();
const checkups = loadCheckupSchedule();

const rows = (band: Parameters<typeof buildBandDoses>[1], bornOn = '2026-11-28') =>
  buildBandDoses(immunization, band, bornOn).map((d) => `${formatAge(d.age)} ${d.seriesId}#${d.dose}`);

describe('buildBandDoses', () => {
  it('puts birth doses and the new DTaP 2/4 months in 0–6 months for a child born now', () => {
    const r = rows('0-6m');
    expect(r.slice(0, 2)).toEqual(['出生时 hepb#1', '出生时 bcg#1']);
    expect(r).toContain('2月龄 dtap#1');
    expect(r).toContain('4月龄 dtap#2');
    expect(r).not.toContain('6月龄 dtap#3');
  });
  it('puts 6-month doses in 6–12 months, with the JE alternatives', () => {
    const r = rows('6-12m');
    expect(r).toContain('6月龄 dtap#3');
    expect(r).toContain('6月龄 hepb#3');
    expect(r).toContain('8月龄 je-l#1');
    expect(r).toContain('8月龄后7天 je-i#2');
  });
  it('uses the 2021 programme for a child born before the change', () => {
    expect(rows('0-6m', '2023-01-01')).toContain('3月龄 dtap#1');
  });
  it('puts the 6-year doses in 3–6 years and none in pregnancy', () => {
    expect(rows('3-6y')).toEqual(expect.arrayContaining(['3岁 mpsv-ac#1', '4岁 polio#4', '6岁 dtap#5']));
    expect(rows('pregnancy')).toEqual([]);
  });
  it('gives each dose its 最迟完成时间 and intervals in words', () => {
    const byKey = (band: Parameters<typeof buildBandDoses>[1]) => Object.fromEntries(buildBandDoses(immunization, band, '2026-11-28').map((d) => [`${d.seriesId}#${d.dose}`, d]));
    const baby = byKey('0-6m');
    expect(baby['hepb#1']?.dueBy).toBe('出生后24小时内');
    expect(baby['bcg#1']?.dueBy).toBe('3月龄前');
    expect(baby['dtap#1']?.dueBy).toBeUndefined();
    expect(byKey('6-12m')['dtap#3']?.dueBy).toBe('按原程序');
    const preschool = byKey('3-6y');
    expect(preschool['mpsv-ac#1']).toMatchObject({ dueBy: '4岁前', intervals: ['与A群流脑多糖疫苗第2剂间隔不少于12个月'] });
    expect(preschool['polio#4']?.dueBy).toBe('5岁前');
    expect(preschool['je-i#4']?.dueBy).toBe('7岁前');
  });
});

describe('buildBandCheckups', () => {
  it('lists the visits of each band in order', () => {
    expect(buildBandCheckups(checkups, '0-6m').map((v) => v.id)).toEqual(['newborn-visit', 'one-month', 'm3']);
    expect(buildBandCheckups(checkups, '6-12m').map((v) => v.id)).toEqual(['m6', 'm8']);
    expect(buildBandCheckups(checkups, '3-6y').map((v) => v.id)).toEqual(['m36', 'y4', 'y5', 'y6']);
  });
});

describe('formatAge', () => {
  it('speaks like a vaccination certificate', () => {
    expect(formatAge({ years: 0, months: 0, days: 0 })).toBe('出生时');
    expect(formatAge({ years: 0, months: 18, days: 0 })).toBe('18月龄');
    expect(formatAge({ years: 2, months: 0, days: 0 })).toBe('2岁');
    expect(formatAge({ years: 0, months: 0, days: 28 })).toBe('出生后28天');
  });
});
