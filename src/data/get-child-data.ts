import { AGE_BAND_IDS, type AgeBandId } from '../lib/age/age-bands';
import { toImmunizationJson, type ChildData } from '../lib/child-profile/child-data';
import { isGoingAhead, toEventTiming } from '../lib/events/event-status';
import { t } from '../lib/i18n/translate';
import { formatWarningAge } from '../lib/milestones/format-warning-age';
import { zhCN, type MessageKey } from '../lib/i18n/zh-CN';
import { toOpeningHoursTable } from '../lib/places/expand-opening-hours';
import { formatOpeningHours } from '../lib/places/format-opening-hours';
import { siteConfig } from '../site.config';
import { getEvents } from './get-events';
import { getGuides } from './get-guides';
import { getMilestones } from './get-milestones';
import { getPlaces } from './get-places';
import { getSchedules } from './get-schedules';
import { getWarningSigns } from './get-warning-signs';

/** Everything `/my-child/data.json` ships (see `ChildData`). */
export async function getChildData(): Promise<ChildData> {
  const [warningTable, schedules, guides, places, events, ...milestones] = await Promise.all([
    getWarningSigns(),
    getSchedules(),
    getGuides(),
    getPlaces(),
    getEvents(),
    ...AGE_BAND_IDS.map((b) => getMilestones(b)),
  ]);
  const districtName = new Map(siteConfig.districts.map((d) => [d.id, d.name]));
  const messageKeys = (Object.keys(zhCN) as MessageKey[]).filter((k) => k.startsWith('child.') || k.startsWith('band.'));
  return {
    messages: Object.fromEntries(messageKeys.map((k) => [k, t(k)])),
    immunization: toImmunizationJson(schedules.immunization),
    checkups: schedules.checkups,
    prenatal: schedules.prenatal,
    bands: AGE_BAND_IDS.map((id: AgeBandId) => ({
      id,
      label: t(`band.${id}`),
      lead: t(`band.${id}.lead`),
      guides: guides.filter((g) => g.data.bands.includes(id)).map((g) => ({ title: g.data.title, href: `/guides/${g.id}/` })),
    })),
    milestones: milestones.flatMap((m) => (m ? [m] : [])),
    warningSigns: {
      rule: warningTable.rule,
      rows: warningTable.rows.map((r) => ({ ageMonths: r.ageMonths, heading: t('warningSigns.atAge', { age: formatWarningAge(r.ageMonths) }), signs: r.signs })),
    },
    clinics: places.flatMap((p) =>
      p.kind === 'clinic' && p.status === 'operating' && p.services.includes('child-health')
        ? [
            {
              id: p.id,
              name: p.name,
              district: p.district,
              districtName: districtName.get(p.district) ?? p.district,
              address: p.address,
              phone: p.phone,
              hours: formatOpeningHours(toOpeningHoursTable(p), { holidays: true }),
              position: p.position,
              vaccination: p.services.includes('vaccination'),
            },
          ]
        : [],
    ),
    events: events.map(({ event, venue }) => {
      // When it takes place (a postponed event's new time); off = cancelled or new time still unknown.
      const timing = toEventTiming(event);
      return {
        id: event.id,
        title: event.title,
        start: timing.start,
        end: timing.end,
        weeklyCount: timing.weeklyCount,
        bands: event.bands,
        districtName: (venue.place ? districtName.get(venue.place.district) : undefined) ?? '',
        cancelled: !isGoingAhead(event),
      };
    }),
    districts: siteConfig.districts.map((d) => ({ id: d.id, name: d.name })),
    host: new URL(siteConfig.siteUrl).host,
  };
}
