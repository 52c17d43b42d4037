import { describe, expect, it } from 'vitest';
import { loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { buildVaccineTimeline, type TimelineDose } from './build-vaccine-timeline';

const schedule = loadImmunizationSchedule();
const find = (doses: TimelineDose[], key: string) => {
  const d = doses.find((x) => x.key === key);
  if (!d) throw new Error(`no ${key}`);
  return d;
};

describe('buildVaccineTimeline', () => {
  it('a 7-month-old born in 2025: MMR 1 upcoming at 8 months with its date; DTaP on the 2025 schedule', () => {
    const doses = buildVaccineTimeline(schedule, '2025-08-10', '2026-03-15', []);
    expect(find(doses, 'mmr:1')).toMatchObject({ status: 'upcoming', date: '2026-04-10', dueByDate: '2026-08-10', soon: true });
    expect(['dtap:1', 'dtap:2', 'dtap:3'].map((k) => find(doses, k).date)).toEqual(['2025-10-10', '2025-12-10', '2026-02-10']);
    expect(find(doses, 'dtap:3').status).toBe('due');
    expect(find(doses, 'hepb:1').status).toBe('overdue'); // due by day 1 and not marked given
    expect(doses.map((d) => d.date)).toEqual([...doses.map((d) => d.date)].sort());
  });

  it('a child born in 2024: doses before the change follow 2021; disputed doses say confirm with the clinic', () => {
    const doses = buildVaccineTimeline(schedule, '2024-10-15', '2025-06-01', []);
    expect(find(doses, 'dtap:1').status).toBe('confirm');
    expect(find(doses, 'dtap:1').candidates.map((c) => c.programmeId)).toEqual(['dtap-2021', 'dtap-2025']);
    expect(find(doses, 'dtap:2')).toMatchObject({ status: 'due', date: '2025-02-15' });
  });

  it('a child born in 2023: DTaP 1–4 on the 2021 schedule (3/4/5/18 months); the 6-year dose is for the clinic', () => {
    const doses = buildVaccineTimeline(schedule, '2023-05-20', '2026-01-01', ['dtap:1', 'dtap:2', 'dtap:3', 'dtap:4']);
    expect(['dtap:1', 'dtap:2', 'dtap:3', 'dtap:4'].map((k) => find(doses, k).status)).toEqual(['given', 'given', 'given', 'given']);
    expect(find(doses, 'dtap:3').date).toBe('2023-10-20');
    expect(find(doses, 'dtap:5').status).toBe('confirm');
  });

  it('overdue only after the due-by date; a missed dose stays the same dose (no restart)', () => {
    const at = (today: string) => find(buildVaccineTimeline(schedule, '2025-01-10', today, ['mmr:2']), 'mmr:1').status;
    expect(at('2025-09-09')).toBe('upcoming');
    expect(at('2025-09-10')).toBe('due');
    expect(at('2026-01-09')).toBe('due');
    expect(at('2026-01-10')).toBe('overdue');
    const doses = buildVaccineTimeline(schedule, '2025-01-10', '2026-06-01', ['mmr:2']);
    expect(doses.filter((d) => d.seriesId === 'mmr').map((d) => `${d.dose}:${d.status}`)).toEqual(['1:overdue', '2:given']);
  });

  it('shows JE and HepA alternatives; once one is chosen the other is marked not needed', () => {
    const open = buildVaccineTimeline(schedule, '2025-01-10', '2025-06-01', []);
    expect(find(open, 'je-l:1').choice).toBe('je');
    expect(find(open, 'je-i:1').choice).toBe('je');
    expect(find(open, 'je-i:1').notChosen).toBe(false);
    const chosen = buildVaccineTimeline(schedule, '2025-01-10', '2025-10-01', ['je-l:1']);
    expect(find(chosen, 'je-i:1').notChosen).toBe(true);
    expect(find(chosen, 'je-l:2').notChosen).toBe(false);
    expect(find(chosen, 'hepa-i:1').notChosen).toBe(false);
  });

  it('marks doses within 30 days as soon', () => {
    expect(find(buildVaccineTimeline(schedule, '2025-08-10', '2026-03-05', []), 'mmr:1').soon).toBe(false);
    expect(find(buildVaccineTimeline(schedule, '2025-08-10', '2026-03-11', []), 'mmr:1').soon).toBe(true);
  });
});

describe('the schedule shipped as JSON', () => {
  it('places every dose exactly as the schedule read at build time', async () => {
    const { fromImmunizationJson, toImmunizationJson } = await import('./child-data');
    const revived = fromImmunizationJson(JSON.parse(JSON.stringify(toImmunizationJson(schedule))));
    for (const birth of ['2023-03-15', '2024-10-15', '2025-08-10']) {
      expect(buildVaccineTimeline(revived, birth, '2026-03-15', [])).toEqual(buildVaccineTimeline(schedule, birth, '2026-03-15', []));
    }
  });
});
