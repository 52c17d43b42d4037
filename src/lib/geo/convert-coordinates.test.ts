import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertPosition, distanceMetres, isInside, type LngLat } from './convert-coordinates';

describe('convertPosition', () => {
  it("matches the converter's own documented examples", () => {
    const bd = convertPosition([116.403988, 39.914266], 'wgs84', 'bd09');
    expect(bd[0]).toBeCloseTo(116.41661560068297, 8);
    expect(bd[1]).toBeCloseTo(39.92196580126834, 8);
    const wgs = convertPosition([123, 45], 'gcj02', 'wgs84');
    expect(wgs[0]).toBeCloseTo(122.99395597, 6);
    expect(wgs[1]).toBeCloseTo(44.99804071, 6);
  });

  it('moves a Huaibei point by 100–700 m between WGS-84 and GCJ-02', () => {
    const centre: LngLat = [116.798, 33.956];
    const offset = distanceMetres(centre, convertPosition(centre, 'wgs84', 'gcj02'));
    expect(offset).toBeGreaterThan(100);
    expect(offset).toBeLessThan(700);
  });

  it('round-trips any point of the city within 1 m, and never mutates its input', () => {
    const point = fc.tuple(fc.double({ min: 116.38, max: 117.04, noNaN: true }), fc.double({ min: 33.26, max: 34.24, noNaN: true }));
    fc.assert(
      fc.property(point, fc.constantFrom('gcj02' as const, 'bd09' as const), (p, crs) => {
        const input: LngLat = [p[0], p[1]];
        const back = convertPosition(convertPosition(input, 'wgs84', crs), crs, 'wgs84');
        expect(input).toEqual([p[0], p[1]]);
        expect(distanceMetres(input, back)).toBeLessThan(1);
      }),
    );
  });
});

describe('distance and bounds', () => {
  it('measures a degree of latitude as about 111 km', () => {
    expect(distanceMetres([116.8, 33.5], [116.8, 34.5])).toBeCloseTo(111_195, -2);
    expect(distanceMetres([116.8, 33.9], [116.8, 33.9])).toBe(0);
  });
  it('knows what lies inside the city box', () => {
    const bounds: [[number, number], [number, number]] = [[33.22, 116.33], [34.28, 117.08]];
    expect(isInside([116.798, 33.956], bounds)).toBe(true);
    expect(isInside([33.956, 116.798], bounds)).toBe(false); // swapped lat/lng
  });
});
