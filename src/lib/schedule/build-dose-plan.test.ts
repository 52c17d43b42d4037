import { describe, expect, it } from 'vitest';
import { loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { buildDosePlan, type PlannedDose } from './build-dose-plan';

const schedule = loadImmunizationSchedule();

function dosesOf(birthDate: string, seriesId: string): PlannedDose[] {
  const plan = buildDosePlan(schedule, birthDate).find((s) => s.series.id === seriesId);
  if (!plan) throw new Error(`no series ${seriesId}`);
  return plan.doses;
}

function summary(doses: PlannedDose[]) {
  return doses.map((d) => (d.status === 'scheduled' ? `${d.dose}:${d.date}${d.product ? `:${d.product}` : ''}` : `${d.dose}:confirm`));
}

describe('DTaP across the 2025-01-01 change', () => {
  it('a child born in 2025 follows the new schedule: 2, 4, 6, 18 months and 6 years, all DTaP', () => {
    expect(summary(dosesOf('2025-03-10', 'dtap'))).toEqual(['1:2025-05-10', '2:2025-07-10', '3:2025-09-10', '4:2026-09-10', '5:2031-03-10']);
  });

  it('a child born in 2023 had doses 1–4 under the 2021 schedule; the 6-year dose is left to the clinic', () => {
    const doses = dosesOf('2023-03-15', 'dtap');
    expect(summary(doses)).toEqual(['1:2023-06-15', '2:2023-07-15', '3:2023-08-15', '4:2024-09-15', '5:confirm']);
    const last = doses[4];
    expect(last?.status).toBe('confirm-with-clinic');
    if (last?.status === 'confirm-with-clinic') {
      // Both editions' candidates are offered, not one guessed.
      expect(last.candidates.map((c) => c.product)).toEqual(['白破疫苗（DT）', undefined]);
    }
  });

  it('a child born just before the change: doses the editions disagree on are not guessed', () => {
    expect(summary(dosesOf('2024-10-15', 'dtap'))).toEqual(['1:confirm', '2:2025-02-15', '3:confirm', '4:2026-04-15', '5:confirm']);
  });

  it('a child whose whole series fell before the change keeps the 2021 schedule, DT at 6', () => {
    expect(summary(dosesOf('2018-01-01', 'dtap')).at(-1)).toBe('5:2024-01-01:白破疫苗（DT）');
  });
});

describe('series with one programme', () => {
  it('places every dose by age from the birth date, clamping month ends', () => {
    expect(summary(dosesOf('2024-01-31', 'hepb'))).toEqual(['1:2024-01-31', '2:2024-02-29', '3:2024-07-31']);
    const mmr = dosesOf('2025-03-01', 'mmr');
    expect(mmr[0]).toMatchObject({ status: 'scheduled', date: '2025-11-01', dueByDate: '2026-03-01' });
  });

  it('keeps JE and HepA alternatives as separate series sharing a choice', () => {
    const plan = buildDosePlan(schedule, '2025-03-01');
    expect(plan.filter((s) => s.series.choice === 'je').map((s) => s.series.id)).toEqual(['je-l', 'je-i']);
    expect(plan.filter((s) => s.series.choice === 'hepa').map((s) => s.series.id)).toEqual(['hepa-l', 'hepa-i']);
    expect(summary(dosesOf('2025-03-01', 'je-i')).slice(0, 2)).toEqual(['1:2025-11-01', '2:2025-11-08']);
  });
});
