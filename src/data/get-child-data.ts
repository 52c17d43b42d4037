import { AGE_BAND_IDS, type AgeBandId } from '../lib/age/age-bands';
import { toImmunizationJson, type ChildData } from '../lib/child-profile/child-data';
import { t } from '../lib/i18n/translate';
import { zhCN, type MessageKey } from '../lib/i18n/zh-CN';
import { formatOpeningHours } from '../lib/places/format-opening-hours';
import { siteConfig } from '../site.config';
import { getEvents } from './get-events';
import { getGuides } from './get-guides';
import { getMilestones } from './get-milestones';
import { getPlaces } from './get-places';
import { getSchedules } from './get-schedules';

/** Everything `/my-child/data.json` ships (see `ChildData`). */
export async function getChildData(): Promise<ChildData> {
  const [schedules, guides, places, events, ...milestones] = await Promise.all([
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
              hours: formatOpeningHours(p.hours),
              position: p.position,
              vaccination: p.services.includes('vaccination'),
            },
          ]
        : [],
    ),
    events: events.map(({ event, venue }) => ({
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      weeklyCount: event.recurrence?.count,
      bands: event.bands,
      districtName: (venue.place ? districtName.get(venue.place.district) : undefined) ?? '',
      cancelled: event.status === 'cancelled',
    })),
    districts: siteConfig.districts.map((d) => ({ id: d.id, name: d.name })),
    host: new URL(siteConfig.siteUrl).host,
  };
}
