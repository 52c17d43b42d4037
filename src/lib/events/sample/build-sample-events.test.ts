import { describe, expect, it } from 'vitest';
import { samplePlaces } from '../../../../tests/unit/sample-places';
import { EventSchema } from '../../../schemas/event';
import { siteConfig } from '../../../site.config';
import { isSamplePhone } from '../../places/phone';
import { buildSampleEvents, type VenueCandidate } from './build-sample-events';

const places = samplePlaces(9, 20);
const venues = [...places.centres, ...places.rooms, ...places.clinics] as unknown as VenueCandidate[];
const build = (anchor: string) => buildSampleEvents({ anchor, seed: 2026, count: 40, venues, districts: siteConfig.districts });

describe('buildSampleEvents', () => {
  const events = build('2026-12-01');
  it('is reproducible for an anchor date and moves with it', () => {
    expect(build('2026-12-01')).toEqual(events);
    expect(build('2026-12-08')[0]?.start).not.toBe(events[0]?.start);
  });
  it('produces valid, honest sample events', () => {
    for (const e of events) {
      expect(EventSchema.safeParse(e).success, e.id).toBe(true);
      expect(e.sample).toBe(true);
      expect(e.description).toContain('示例');
      if (e.organiser.phone) expect(isSamplePhone(e.organiser.phone)).toBe(true);
      if (e.registration.kind === 'phone') expect(isSamplePhone(e.registration.phone)).toBe(true);
    }
  });
  it('spreads over districts, types and statuses, with some weekly series', () => {
    expect(new Set(events.map((e) => e.district)).size).toBe(4);
    expect(new Set(events.map((e) => e.type)).size).toBe(6);
    const statuses = new Set(events.map((e) => e.status));
    for (const s of ['scheduled', 'cancelled', 'full', 'postponed']) expect(statuses).toContain(s);
    expect(events.some((e) => e.recurrence)).toBe(true);
    expect(events.some((e) => e.audiences?.includes('grandparents'))).toBe(true);
  });
  it('starts every event with an explicit +08:00 offset, two weeks back to six weeks ahead', () => {
    for (const e of events) {
      expect(e.start).toMatch(/\+08:00$/);
      const days = (Date.parse(e.start) - Date.parse('2026-12-01T00:00:00+08:00')) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(-14);
      expect(days).toBeLessThan(43);
    }
  });
});
