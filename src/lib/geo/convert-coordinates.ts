import gcoord from 'gcoord';

/** Coordinate systems met in China: GPS/OSM/Tianditu (WGS-84), AMap and Tencent (GCJ-02), Baidu (BD-09). */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';

/** A position in GeoJSON order: [longitude, latitude]. */
export type LngLat = [number, number];

const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * Converts a [lng, lat] position between coordinate systems (never mutates its input).
 * @example convertPosition([116.798, 33.956], 'wgs84', 'gcj02')
 */
export function convertPosition(position: LngLat, from: Crs, to: Crs): LngLat {
  if (from === to) return [position[0], position[1]];
  const [lng, lat] = gcoord.transform([position[0], position[1]], GCOORD_CRS[from], GCOORD_CRS[to]) as [number, number];
  return [lng, lat];
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function distanceMetres(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/** True when the position lies inside [[south, west], [north, east]]. */
export function isInside(position: LngLat, bounds: [[number, number], [number, number]]): boolean {
  const [[south, west], [north, east]] = bounds;
  return position[1] >= south && position[1] <= north && position[0] >= west && position[0] <= east;
}
