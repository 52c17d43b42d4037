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
  it('dates week windows from the due date', () => {
    const schedule = PrenatalScheduleSchema.parse(readYaml('src/content/schedules/prenatal.yaml'));
    const visits = buildPrenatalTimeline(schedule, '2026-06-01', '2026-01-10');
    const w16 = visits.find((v) => v.id === 'w16-20');
    // 16+0 is 24 weeks before the due date; the window ends the day before 21+0.
    expect(w16).toMatchObject({ date: '2025-12-15', untilDate: '2026-01-18', status: 'current' });
    expect(visits.find((v) => v.id === 'w28-36')?.status).toBe('upcoming');
    expect(visits.some((v) => v.id === 'postpartum-42')).toBe(false);
  });
});
