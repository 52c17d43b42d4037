import { describe, expect, it } from 'vitest';
import { anchors, samplePlaces } from '../../../../tests/unit/sample-places';
import { CentreRecordSchema, ClinicRecordSchema, RoomRecordSchema } from '../../../schemas/place';
import { siteConfig } from '../../../site.config';
import { isInside } from '../../geo/convert-coordinates';
import { isSamplePhone } from '../phone';
import { buildSamplePlaces } from './build-sample-places';

describe('buildSamplePlaces', () => {
  const places = samplePlaces(42, 60);
  const all = [...places.centres, ...places.rooms, ...places.clinics];

  it('is reproducible for a seed and differs between seeds', () => {
    expect(samplePlaces(42, 60)).toEqual(places);
    expect(samplePlaces(43, 60)).not.toEqual(places);
  });

  it('produces records the schemas accept', () => {
    for (const c of places.centres) expect(CentreRecordSchema.safeParse(c).success, c.id).toBe(true);
    for (const r of places.rooms) expect(RoomRecordSchema.safeParse(r).success, r.id).toBe(true);
    for (const c of places.clinics) expect(ClinicRecordSchema.safeParse(c).success, c.id).toBe(true);
  });

  it('marks every record as a sample that cannot ring anyone', () => {
    for (const p of all) {
      expect(p.sample).toBe(true);
      expect(p.name.startsWith('示例·')).toBe(true);
      if (p.phone !== undefined) expect(isSamplePhone(p.phone, siteConfig.phoneAreaCode)).toBe(true);
    }
  });

  it('keeps ids and names unique and positions inside the city', () => {
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(new Set(all.map((p) => p.name)).size).toBe(all.length);
    for (const p of all) expect(isInside(p.position as [number, number], siteConfig.map.bounds), p.id).toBe(true);
  });

  it('scales to 100,000 places', () => {
    const big = buildSamplePlaces({ centres: 40_000, rooms: 50_000, clinics: 10_000, seed: 1, asOf: '2026-11-01', anchors, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode });
    expect(big.centres.length + big.rooms.length + big.clinics.length).toBe(100_000);
  });
});
