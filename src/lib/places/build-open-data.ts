import type { Place } from '../../schemas/place';

/** Absolute URL of a place page. */
export const toPlaceUrl = (siteUrl: string, id: string) => new URL(`/places/${id}/`, siteUrl).href;

const civil = (d: Date) => d.toISOString().slice(0, 10);

/** The attributes open data carries for every place, flat, plus a few per kind. */
function toProperties(place: Place, siteUrl: string): Record<string, string | number | boolean | null> {
  const common = {
    id: place.id,
    kind: place.kind,
    name: place.name,
    district: place.district,
    address: place.address,
    phone: place.phone ?? null,
    hours: place.hours,
    holidays: place.holidays,
    makeUpWorkdays: place.makeUpWorkdays,
    verifiedDate: civil(place.verified.date),
    verifiedBy: place.verified.by,
    sample: place.sample,
    status: place.status,
    url: toPlaceUrl(siteUrl, place.id),
  };
  switch (place.kind) {
    case 'centre':
      return {
        ...common,
        creditCode: place.creditCode,
        puhui: place.puhui,
        filingNumber: place.filing?.number ?? null,
        feeMinYuan: place.fee.minYuan,
        feeMaxYuan: place.fee.maxYuan,
        places: place.classes.reduce((s, c) => s + c.places, 0),
        vacancies: place.classes.reduce((s, c) => s + c.vacancies, 0),
        agesFromMonths: place.ages.fromMonths,
        agesToMonths: place.ages.toMonths,
        services: place.services.join(';'),
      };
    case 'room':
      return { ...common, venueType: place.venueType, floor: place.floor, access: place.access, fathersWelcome: place.fathersWelcome, facilities: place.facilities.join(';') };
    case 'clinic':
      return { ...common, services: place.services.join(';') };
  }
}

/** RFC 7946 FeatureCollection: WGS-84 [lng, lat] points, no `crs` member. */
export function toPlacesGeoJson(places: readonly Place[], siteUrl: string) {
  return {
    type: 'FeatureCollection' as const,
    features: places.map((p) => ({
      type: 'Feature' as const,
      id: p.id,
      geometry: { type: 'Point' as const, coordinates: [p.position[0], p.position[1]] },
      properties: toProperties(p, siteUrl),
    })),
  };
}

/** Neutralises cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) by prefixing an apostrophe. */
export function neutraliseCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const OPEN_DATA_COLUMNS = [
  'id', 'kind', 'name', 'district', 'address', 'lng', 'lat', 'phone', 'hours', 'holidays', 'makeUpWorkdays', 'verifiedDate', 'verifiedBy', 'sample', 'url',
  'creditCode', 'status', 'puhui', 'filingNumber', 'feeMinYuan', 'feeMaxYuan', 'places', 'vacancies', 'agesFromMonths', 'agesToMonths', 'services',
  'venueType', 'floor', 'access', 'fathersWelcome', 'facilities',
] as const;

/** UTF-8 CSV with a byte-order mark (so Excel reads the Chinese), CRLF rows, formula-safe cells. */
export function toPlacesCsv(places: readonly Place[], siteUrl: string): string {
  const rows = places.map((p) => {
    const props: Record<string, unknown> = { ...toProperties(p, siteUrl), lng: p.position[0], lat: p.position[1] };
    return OPEN_DATA_COLUMNS.map((c) => {
      const v = props[c];
      if (v === null || v === undefined) return '';
      return typeof v === 'string' ? quote(neutraliseCsvCell(v)) : String(v);
    }).join(',');
  });
  return `\uFEFF${[OPEN_DATA_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
