import { describe, expect, it } from 'vitest';
import { loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { addDays } from '../age/civil-date';
import { toDateAtAge } from '../schedule/age-offset';
import { buildVaccineTimeline, resolveVaccineChoices, type ChildVaccineState, type TimelineDose } from './build-vaccine-timeline';

const schedule = loadImmunizationSchedule();
const find = (doses: TimelineDose[], key: string) => {
  const d = doses.find((x) => x.key === key);
  if (!d) throw new Error(`no ${key}`);
  return d;
};

/** The child's vaccine state with the first-use question answered dose by dose. */
const v = (givenDoses: string[] = [], vaccineChoices: Record<string, string> = {}): ChildVaccineState => ({
  givenDoses,
  parentConfirmedDoses: [],
  vaccineChoices,
  vaccineAnswer: { answer: 'tick-each', on: '2020-01-01' },
});
/** Chooses the series of a key when it is one of the alternatives, so its own doses are on the timeline. */
const choicesFor = (key: string): Record<string, string> => {
  const seriesId = key.split(':')[0] ?? '';
  return seriesId.startsWith('je-') ? { je: seriesId } : seriesId.startsWith('hepa-') ? { hepa: seriesId } : {};
};
const ALL_INACTIVATED = { je: 'je-i', hepa: 'hepa-i' };

describe('buildVaccineTimeline', () => {
  it('a 7-month-old born in 2025: MMR 1 upcoming at 8 months with its date; DTaP on the 2025 schedule', () => {
    const doses = buildVaccineTimeline(schedule, '2025-08-10', '2026-03-15', v());
    expect(find(doses, 'mmr:1')).toMatchObject({ status: 'upcoming', date: '2026-04-10', dueByDate: '2026-08-10', soon: true });
    expect(['dtap:1', 'dtap:2', 'dtap:3'].map((k) => find(doses, k).date)).toEqual(['2025-10-10', '2025-12-10', '2026-02-10']);
    expect(find(doses, 'dtap:3').status).toBe('due');
    expect(find(doses, 'hepb:1').status).toBe('overdue'); // due by day 1 and not marked given
    expect(doses.map((d) => d.date)).toEqual([...doses.map((d) => d.date)].sort());
  });

  it('a child born in 2024: doses before the change follow 2021; disputed doses say confirm with the clinic', () => {
    const doses = buildVaccineTimeline(schedule, '2024-10-15', '2025-06-01', v());
    expect(find(doses, 'dtap:1').status).toBe('confirm');
    expect(find(doses, 'dtap:1').candidates.map((c) => c.programmeId)).toEqual(['dtap-2021', 'dtap-2025']);
    expect(find(doses, 'dtap:2')).toMatchObject({ status: 'due', date: '2025-02-15' });
  });

  it('a child born in 2023: DTaP 1–4 on the 2021 schedule (3/4/5/18 months); the 6-year dose is for the clinic', () => {
    const doses = buildVaccineTimeline(schedule, '2023-05-20', '2026-01-01', v(['dtap:1', 'dtap:2', 'dtap:3', 'dtap:4']));
    expect(['dtap:1', 'dtap:2', 'dtap:3', 'dtap:4'].map((k) => find(doses, k).status)).toEqual(['given', 'given', 'given', 'given']);
    expect(find(doses, 'dtap:3').date).toBe('2023-10-20');
    expect(find(doses, 'dtap:5').status).toBe('confirm');
  });

  it('overdue only after the due-by date; a missed dose stays the same dose (no restart)', () => {
    const at = (today: string) => find(buildVaccineTimeline(schedule, '2025-01-10', today, v(['mmr:2'])), 'mmr:1').status;
    expect(at('2025-09-09')).toBe('upcoming');
    expect(at('2025-09-10')).toBe('due');
    expect(at('2026-01-09')).toBe('due');
    expect(at('2026-01-10')).toBe('overdue');
    const doses = buildVaccineTimeline(schedule, '2025-01-10', '2026-06-01', v(['mmr:2']));
    expect(doses.filter((d) => d.seriesId === 'mmr').map((d) => `${d.dose}:${d.status}`)).toEqual(['1:overdue', '2:given']);
  });

  it('an unresolved choice is one entry per dose both paths share, never both paths', () => {
    const open = buildVaccineTimeline(schedule, '2025-01-10', '2025-06-01', v());
    expect(open.some((d) => d.seriesId === 'je-l' || d.seriesId === 'je-i' || d.seriesId === 'hepa-l' || d.seriesId === 'hepa-i')).toBe(false);
    const je = open.filter((d) => d.choice === 'je');
    // 乙脑减毒 (8 m, 2 y) and 乙脑灭活 (8 m, 8 m + 7 d, 2 y, 6 y) share 8 months and 2 years.
    expect(je.map((d) => [d.key, d.date, d.dose])).toEqual([
      ['choice:je:1', '2025-09-10', 1],
      ['choice:je:2', '2027-01-10', 2],
    ]);
    expect(je[0]).toMatchObject({ seriesId: 'choice:je', seriesName: '乙脑', code: 'JE-L/JE-I', status: 'upcoming', confirmedByParent: false, note: undefined });
    expect(je[0]?.alternatives).toEqual([
      { seriesId: 'je-l', seriesName: '乙脑减毒活疫苗' },
      { seriesId: 'je-i', seriesName: '乙脑灭活疫苗' },
    ]);
    // 灭活 dose 1 sets no deadline, so the shared 8-month entry has none; both paths finish the 2-year dose by 3 years.
    expect(je[0]?.dueByDate).toBeUndefined();
    expect(je[1]?.dueByDate).toBe('2028-01-10');
    expect(open.filter((d) => d.choice === 'hepa').map((d) => [d.key, d.date, d.dueByDate])).toEqual([['choice:hepa:1', '2026-07-10', '2027-01-10']]);
    // Every ordinary dose has no alternatives.
    expect(open.filter((d) => !d.key.startsWith('choice:')).every((d) => d.alternatives.length === 0)).toBe(true);
  });

  it('a chosen series (stored, or implied by a given dose) shows only its own doses', () => {
    const implied = buildVaccineTimeline(schedule, '2025-01-10', '2025-10-01', v(['je-l:1']));
    expect(implied.filter((d) => d.choice === 'je').map((d) => d.key)).toEqual(['je-l:1', 'je-l:2']);
    expect(implied.filter((d) => d.choice === 'hepa').map((d) => d.key)).toEqual(['choice:hepa:1']);
    const stored = buildVaccineTimeline(schedule, '2025-01-10', '2025-10-01', v([], { je: 'je-i', hepa: 'hepa-l' }));
    expect(stored.filter((d) => d.choice === 'je').map((d) => d.key)).toEqual(['je-i:1', 'je-i:2', 'je-i:3', 'je-i:4']);
    expect(stored.filter((d) => d.choice === 'hepa').map((d) => d.key)).toEqual(['hepa-l:1']);
    expect(stored.every((d) => d.alternatives.length === 0)).toBe(true);
    // A stored choice wins over a given dose of the other path; a stored id not in the choice is ignored.
    expect(resolveVaccineChoices(schedule, { givenDoses: ['je-l:1'], vaccineChoices: { je: 'je-i' } })).toEqual({ je: 'je-i' });
    expect(resolveVaccineChoices(schedule, { givenDoses: ['je-l:1'], vaccineChoices: { je: 'hepa-i', hepa: 'mmr' } })).toEqual({ je: 'je-l' });
  });

  it('before the first-use question is answered, nothing past is overdue or due: it is unanswered', () => {
    const notAnswered: ChildVaccineState = { givenDoses: ['bcg:1'], parentConfirmedDoses: [], vaccineChoices: {}, vaccineAnswer: undefined };
    const doses = buildVaccineTimeline(schedule, '2025-08-10', '2026-03-15', notAnswered);
    expect(doses.some((d) => d.status === 'overdue' || d.status === 'due')).toBe(false);
    expect(find(doses, 'hepb:1').status).toBe('unanswered');
    expect(find(doses, 'bcg:1').status).toBe('given');
    expect(find(doses, 'mmr:1').status).toBe('upcoming');
    // Answered: the same doses get their real status.
    expect(find(buildVaccineTimeline(schedule, '2025-08-10', '2026-03-15', { ...notAnswered, vaccineAnswer: { answer: 'tick-each', on: '2026-03-15' } }), 'hepb:1').status).toBe('overdue');
  });

  it('marks doses recorded by the parent’s answer as confirmed by the parent', () => {
    const doses = buildVaccineTimeline(schedule, '2025-08-10', '2026-03-15', { ...v(['bcg:1', 'hepb:1']), parentConfirmedDoses: ['bcg:1'] });
    expect(find(doses, 'bcg:1')).toMatchObject({ status: 'given', confirmedByParent: true });
    expect(find(doses, 'hepb:1')).toMatchObject({ status: 'given', confirmedByParent: false });
  });

  it('marks doses within 30 days as soon', () => {
    expect(find(buildVaccineTimeline(schedule, '2025-08-10', '2026-03-05', v()), 'mmr:1').soon).toBe(false);
    expect(find(buildVaccineTimeline(schedule, '2025-08-10', '2026-03-11', v()), 'mmr:1').soon).toBe(true);
  });
});

// Every 最迟完成时间 of the 2021 说明 (facts.md §1, §9.7), written out by hand so a wrong edit of the data fails here.
// A child born 2025-03-01 is on the 2025 DTaP programme; one born 2023-03-15 had DTaP 1–4 under 2021.
const DEADLINES: [birth: string, key: string, dueBy: string][] = [
  ['2025-03-01', 'hepb:1', '2025-03-02'], // within 24 hours
  ['2025-03-01', 'bcg:1', '2025-06-01'], // before 3 months
  ['2025-03-01', 'hepb:3', '2026-03-01'], // before 12 months
  ['2025-03-01', 'polio:3', '2026-03-01'],
  ['2025-03-01', 'mmr:1', '2026-03-01'],
  ['2025-03-01', 'je-l:1', '2026-03-01'],
  ['2025-03-01', 'je-i:2', '2026-03-01'],
  ['2025-03-01', 'mpsv-a:2', '2026-09-01'], // before 18 months
  ['2025-03-01', 'mmr:2', '2027-03-01'], // before 24 months
  ['2025-03-01', 'hepa-l:1', '2027-03-01'],
  ['2025-03-01', 'hepa-i:1', '2027-03-01'],
  ['2025-03-01', 'je-l:2', '2028-03-01'], // before 3 years
  ['2025-03-01', 'je-i:3', '2028-03-01'],
  ['2025-03-01', 'hepa-i:2', '2028-03-01'],
  ['2025-03-01', 'mpsv-ac:1', '2029-03-01'], // before 4 years
  ['2025-03-01', 'polio:4', '2030-03-01'], // before 5 years
  ['2025-03-01', 'dtap:5', '2032-03-01'], // before 7 years (formerly DT)
  ['2025-03-01', 'mpsv-ac:2', '2032-03-01'],
  ['2025-03-01', 'je-i:4', '2032-03-01'],
  ['2023-03-15', 'dtap:3', '2024-03-15'], // 2021 programme: before 12 months
  ['2023-03-15', 'dtap:4', '2025-03-15'], // 2021 programme: before 24 months
];

describe('最迟完成时间: a dose is overdue only from its deadline on', () => {
  it.each(DEADLINES)('born %s: %s is due the day before %s and overdue on it', (birth, key, dueBy) => {
    const status = (today: string) => find(buildVaccineTimeline(schedule, birth, today, v([], choicesFor(key))), key);
    expect(status(dueBy).dueByDate).toBe(dueBy);
    expect(status(addDays(dueBy, -1)).status).toBe('due');
    expect(status(dueBy).status).toBe('overdue');
    // Marked given, it stays given whatever the date.
    expect(find(buildVaccineTimeline(schedule, birth, addDays(dueBy, 400), v([key])), key).status).toBe('given');
  });

  it('doses without a deadline stay due, never overdue', () => {
    const doses = buildVaccineTimeline(schedule, '2025-03-01', '2035-03-01', v([], ALL_INACTIVATED));
    const withDeadline = new Set(DEADLINES.filter(([birth]) => birth === '2025-03-01').map(([, key]) => key));
    const without = doses.filter((d) => !withDeadline.has(d.key));
    expect(without.map((d) => d.key).sort()).toEqual(['dtap:1', 'dtap:2', 'dtap:3', 'dtap:4', 'hepb:2', 'je-i:1', 'mpsv-a:1', 'polio:1', 'polio:2']);
    expect(without.every((d) => d.status === 'due' && d.dueByDate === undefined)).toBe(true);
  });

  it('the 2025 DTaP doses 3 and 4 show their deadline only in words (按原程序), never as a date', () => {
    const doses = buildVaccineTimeline(schedule, '2025-03-01', '2027-06-01', v());
    for (const key of ['dtap:3', 'dtap:4']) expect(find(doses, key)).toMatchObject({ dueByDate: undefined, dueByText: '按原程序', status: 'due' });
    // HepB dose 1 has a date; its words are shown on the band page, not repeated beside the date here.
    expect(find(doses, 'hepb:1')).toMatchObject({ dueByDate: '2025-03-02', dueByText: undefined });
  });
});

describe('intervals between doses', () => {
  const doses = buildVaccineTimeline(schedule, '2025-03-01', '2025-04-01', v([], ALL_INACTIVATED));
  it.each([
    ['je-i:2', '与第1剂间隔7–10天'],
    ['mpsv-a:2', '与第1剂间隔不少于3个月'],
    ['mpsv-ac:1', '与A群流脑多糖疫苗第2剂间隔不少于12个月'],
    ['mpsv-ac:2', '与第1剂间隔不少于3年'],
    ['hepa-i:2', '与第1剂间隔不少于6个月'],
  ])('%s: %s', (key, words) => {
    expect(find(doses, key).intervals).toEqual([words]);
  });

  it('every dose placed on time keeps its intervals (the ages in the data agree with them)', () => {
    for (const series of schedule.series) {
      for (const programme of series.programmes) {
        for (const dose of programme.doses) {
          for (const interval of dose.intervals ?? []) {
            const earlierSeries = schedule.series.find((s) => s.id === (interval.series ?? series.id));
            const earlier = earlierSeries?.programmes.at(-1)?.doses.find((d) => d.dose === interval.dose);
            expect(earlier, `${series.id}:${dose.dose}`).toBeDefined();
            if (!earlier) continue;
            const earliest = toDateAtAge(toDateAtAge('2025-03-01', earlier.age), interval.atLeast);
            expect(toDateAtAge('2025-03-01', dose.age) >= earliest, `${series.id}:${dose.dose}`).toBe(true);
            if (interval.atMost) expect(toDateAtAge('2025-03-01', dose.age) <= toDateAtAge(toDateAtAge('2025-03-01', earlier.age), interval.atMost)).toBe(true);
          }
        }
      }
    }
  });
});

describe('the schedule shipped as JSON', () => {
  it('places every dose exactly as the schedule read at build time', async () => {
    const { fromImmunizationJson, toImmunizationJson } = await import('./child-data');
    const revived = fromImmunizationJson(JSON.parse(JSON.stringify(toImmunizationJson(schedule))));
    for (const birth of ['2023-03-15', '2024-10-15', '2025-08-10']) {
      expect(buildVaccineTimeline(revived, birth, '2026-03-15', v())).toEqual(buildVaccineTimeline(schedule, birth, '2026-03-15', v()));
    }
  });
});
