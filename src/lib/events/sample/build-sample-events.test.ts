import { describe, expect, it } from 'vitest';
import { samplePlaces } from '../../../../tests/unit/sample-places';
import { EventSchema } from '../../../schemas/event';
import { siteConfig } from '../../../site.config';
import { isSamplePhone } from '../../places/phone';
import { addDays } from '../../age/civil-date';
import { isGoingAhead } from '../event-status';
import { buildSampleEvents, type VenueCandidate } from './build-sample-events';

const places = samplePlaces(9, 20);
const venues = [...places.centres, ...places.rooms, ...places.clinics] as unknown as VenueCandidate[];
const build = (anchor: string) => buildSampleEvents({ anchor, seed: 2026, count: 40, venues, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode });

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
      if (e.organiser.phone) expect(isSamplePhone(e.organiser.phone, siteConfig.phoneAreaCode)).toBe(true);
      if (e.registration.kind === 'phone') expect(isSamplePhone(e.registration.phone, siteConfig.phoneAreaCode)).toBe(true);
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
  it('goes ahead in the main: in every week around any anchor most events take place, and at least one does', () => {
    for (let shift = 0; shift < 14; shift++) {
      const anchor = addDays('2026-11-23', shift);
      const parsed = build(anchor).map((e) => EventSchema.parse(e));
      const off = parsed.filter((e) => !isGoingAhead(e));
      expect(off.length / parsed.length).toBeLessThanOrEqual(0.15);
      // Each 7-day window from two weeks back to five weeks ahead.
      for (let from = -14; from <= 35; from++) {
        const lo = Date.parse(`${addDays(anchor, from)}T00:00:00+08:00`);
        const inWeek = parsed.filter((e) => Date.parse(e.newTime?.start ?? e.start) >= lo && Date.parse(e.newTime?.start ?? e.start) < lo + 7 * 86_400_000);
        const going = inWeek.filter((e) => isGoingAhead(e)).length;
        expect(going, `${anchor} + ${from}`).toBeGreaterThan(inWeek.length - going);
        expect(going, `${anchor} + ${from}`).toBeGreaterThan(0);
      }
    }
  });
  it('has a postponed event with its new time two weeks on, and one whose new time is still to come', () => {
    const postponed = events.filter((e) => e.status === 'postponed');
    expect(postponed.filter((e) => e.newTime)).toHaveLength(1);
    expect(postponed.filter((e) => !e.newTime)).toHaveLength(1);
    const moved = postponed.find((e) => e.newTime)!;
    expect(Date.parse(moved.newTime!.start) - Date.parse(moved.start)).toBe(14 * 86_400_000);
    expect(moved.recurrence).toBeUndefined();
  });
});
