import type { AgeBandId } from '../lib/age/age-bands';
import { toCivilDate } from '../lib/age/civil-date';
import { toBandWarningRows } from '../lib/milestones/to-band-warning-rows';
import { buildBandCheckups, buildBandDoses } from '../lib/schedule/build-band-schedule';
import { getEvents } from './get-events';
import { getGuides } from './get-guides';
import { getMilestones } from './get-milestones';
import { getMyths } from './get-myths';
import { getSchedules } from './get-schedules';
import { getSourcesById } from './get-sources';
import { getWarningSigns } from './get-warning-signs';

/** Everything a band hub shows: its guides, milestones, warning signs, and the schedule rows that fall in the band. */
export async function getBandPage(band: AgeBandId) {
  const [guides, milestones, schedules, sourcesById, myths, events, warningTable] = await Promise.all([
    getGuides(),
    getMilestones(band),
    getSchedules(),
    getSourcesById(),
    getMyths(),
    getEvents(),
    getWarningSigns(),
  ]);
  const warningRows = toBandWarningRows(warningTable.rows, band);
  const isPregnancy = band === 'pregnancy';
  const doses = isPregnancy ? [] : buildBandDoses(schedules.immunization, band, toCivilDate(new Date()));
  const visits = isPregnancy ? [] : buildBandCheckups(schedules.checkups, band);
  const citedIds = new Set([
    ...(milestones?.sources ?? []),
    ...(warningRows.length > 0 ? warningTable.sources : []),
    ...(isPregnancy ? schedules.prenatal.sources : [...schedules.immunization.sources, ...schedules.checkups.sources]),
  ]);
  return {
    guides: guides.filter((g) => g.data.bands.includes(band)),
    milestones,
    warningSigns: { rule: warningTable.rule, rows: warningRows },
    myths: myths.filter((m) => m.data.bands.includes(band)),
    events: events.filter((e) => e.event.bands.includes(band)),
    sourcesById,
    prenatal: isPregnancy ? schedules.prenatal : undefined,
    checkups: isPregnancy ? undefined : { visits, addOns: schedules.checkups.addOns },
    vaccines: isPregnancy ? undefined : { doses, schedule: schedules.immunization },
    sources: [...citedIds].flatMap((id) => sourcesById.get(id) ?? []),
  };
}
