import { describe, expect, it } from 'vitest';
import { loadCheckupSchedule, readYaml } from '../../../tests/unit/load-content';
import { PrenatalScheduleSchema } from '../../schemas/schedule';
import { buildCheckupTimeline, buildPrenatalTimeline } from './build-checkup-timeline';

describe('buildCheckupTimeline', () => {
  it('dates the visits and marks the latest reached one as current', () => {
    const visits = buildCheckupTimeline(loadCheckupSchedule(), '2025-08-10', '2026-03-15');
    const byId = Object.fromEntries(visits.map((v) => [v.id, v]));
    expect(byId['one-month']?.date).toBe('2025-09-07');
    expect(byId['m6']).toMatchObject({ date: '2026-02-10', status: 'current' });
    expect(byId['m8']).toMatchObject({ date: '2026-04-10', status: 'upcoming' });
    expect(byId['m3']?.status).toBe('past');
  });
});

describe('buildPrenatalTimeline', () => {
  const schedule = PrenatalScheduleSchema.parse(readYaml('src/content/schedules/prenatal.yaml'));

  it('dates week windows from the due date', () => {
    const visits = buildPrenatalTimeline(schedule.visits, '2026-06-01', '2026-01-10');
    const w16 = visits.find((v) => v.id === 'w16-20');
    // 16+0 is 24 weeks before the due date; the window ends the day before 21+0.
    expect(w16).toMatchObject({ date: '2025-12-15', untilDate: '2026-01-18', status: 'current' });
    expect(visits.find((v) => v.id === 'w28-36')?.status).toBe('upcoming');
    expect(visits.some((v) => v.id === 'postpartum-42')).toBe(false);
  });

  it('keeps the basic service at five pregnancy visits, and the guideline at 7 to 11 (six windows, then weekly from 37 to 41)', () => {
    expect(buildPrenatalTimeline(schedule.visits, '2026-06-01', '2026-01-10')).toHaveLength(5);
    const guideline = buildPrenatalTimeline(schedule.guideline.visits, '2026-06-01', '2026-01-10');
    expect(guideline.map((v) => [v.id, v.window])).toEqual([
      ['g-6-13', '孕6周–13周6天'],
      ['g-14-19', '孕14周–19周6天'],
      ['g-20-24', '孕20–24周'],
      ['g-25-28', '孕25–28周'],
      ['g-29-32', '孕29–32周'],
      ['g-33-36', '孕33–36周'],
      ['g-37-41', '孕37–41周，每周1次'],
    ]);
    // Weekly from 37+0 to 41+6 is up to five visits: 6 + 1…5 = 7…11.
    const last = schedule.guideline.visits.at(-1);
    expect((last?.toWeek ?? 0) - (last?.fromWeek ?? 0) + 1).toBe(5);
  });

  it('dates the key tests: NT 11 to 13+6 weeks, the anomaly scan 20 to 24, the OGTT 24 to 28', () => {
    const tests = buildPrenatalTimeline(schedule.guideline.keyTests, '2026-06-01', '2026-01-10');
    const byId = Object.fromEntries(tests.map((t) => [t.id, t]));
    // 11+0 is 29 weeks before 2026-06-01; 13+6 is the day before 14+0 (26 weeks before).
    expect(byId['nt']).toMatchObject({ date: '2025-11-10', untilDate: '2025-11-30', status: 'past' });
    expect(byId['anomaly-scan']).toMatchObject({ date: '2026-01-12', untilDate: '2026-02-15', status: 'upcoming' });
    expect(byId['ogtt']).toMatchObject({ date: '2026-02-09', untilDate: '2026-03-15', status: 'upcoming' });
  });
});
