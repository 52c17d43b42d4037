import { describe, expect, it } from 'vitest';
import { samplePlaces } from '../../../tests/unit/sample-places';
import { CentreRecordSchema, RoomRecordSchema, type Place } from '../../schemas/place';
import { convertPosition } from '../geo/convert-coordinates';
import { buildDirectionsLinks } from './build-directions-links';
import { neutraliseCsvCell, toPlacesCsv, toPlacesGeoJson, OPEN_DATA_COLUMNS } from './build-open-data';
import { buildPlaceJsonLd, toJsonLdScript } from './build-place-json-ld';
import { buildReportProblemHref } from './build-report-problem-href';
import { toOpeningHoursTable } from './expand-opening-hours';
import { toOpeningHoursSpecification } from './format-opening-hours';

describe('opening hours for people and for schema.org', () => {
  const table = (hours: string, holidays: 'closed' | 'open' | 'unknown' = 'unknown') => toOpeningHoursTable({ hours, holidays, makeUpWorkdays: 'weekday' });
  it('gives one specification per time range', () => {
    const spec = toOpeningHoursSpecification(table('Mo-Fr 08:00-11:30,14:30-17:30'));
    expect(spec).toHaveLength(2);
    expect(spec[0]).toMatchObject({ opens: '08:00', closes: '11:30' });
    expect(spec[0]?.dayOfWeek).toHaveLength(5);
  });
  it('leaves unsure times and month-dependent hours out of schema.org', () => {
    expect(toOpeningHoursSpecification(table('Mo-Fr 08:00-12:00 "预约"'))).toEqual([]);
    expect(toOpeningHoursSpecification(table('Jan-Jun Mo 08:00-12:00; Jul-Dec Mo 09:00-12:00'))).toEqual([]);
    expect(toOpeningHoursSpecification(table('24/7'))[0]).toMatchObject({ opens: '00:00', closes: '23:59' });
  });
});

describe('directions', () => {
  const links = buildDirectionsLinks([116.798, 33.956], '测试 & 名称', '育儿通');
  it('offers five apps, each in its own coordinate system', () => {
    expect(links.map((l) => l.label)).toEqual(['高德地图', '百度地图', '腾讯地图', 'Apple 地图', '其他地图应用']);
    const gcj = convertPosition([116.798, 33.956], 'wgs84', 'gcj02');
    const bd = convertPosition([116.798, 33.956], 'wgs84', 'bd09');
    expect(links[0]?.href).toContain(`position=${gcj[0].toFixed(6)},${gcj[1].toFixed(6)}`);
    expect(links[1]?.href).toContain(`location=${bd[1].toFixed(6)},${bd[0].toFixed(6)}`);
    expect(links[4]?.href.startsWith('geo:33.956000,116.798000')).toBe(true);
  });
  it('encodes the name', () => {
    for (const l of links) expect(l.href).not.toContain(' & ');
  });
});

describe('open data', () => {
  const sample = samplePlaces(3, 2);
  const places: Place[] = [...sample.centres.map((c) => CentreRecordSchema.parse(c)), ...sample.rooms.map((r) => RoomRecordSchema.parse(r))];
  it('writes RFC 7946 points in [lng, lat] order', () => {
    const geo = toPlacesGeoJson(places, 'https://site.example');
    expect(geo.type).toBe('FeatureCollection');
    expect(geo).not.toHaveProperty('crs');
    expect(geo.features[0]?.geometry.coordinates).toEqual(places[0]?.position);
    expect(geo.features[0]?.properties['url']).toBe(`https://site.example/places/${places[0]?.id}/`);
  });
  it('writes a BOM, CRLF rows, one column set, and neutralises formulas', () => {
    const hostile = { ...places[0], name: '=HYPERLINK("http://evil")', address: '+1, "quoted"\nline' } as Place;
    const csv = toPlacesCsv([hostile], 'https://site.example');
    expect(csv.startsWith('\uFEFFid,kind,name')).toBe(true);
    expect(csv.split('\r\n')[0]?.split(',')).toHaveLength(OPEN_DATA_COLUMNS.length);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"'+1, ""quoted""\nline"`);
  });
  it('neutralises exactly the dangerous first characters', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCsvCell(`${c}x`)).toBe(`'${c}x`);
    expect(neutraliseCsvCell('0561-0123456')).toBe('0561-0123456');
  });
});

describe('JSON-LD and report link', () => {
  const [centre] = samplePlaces(5, 1).centres;
  const place = CentreRecordSchema.parse(centre);
  it('types centres as ChildCare and gives a sample no telephone', () => {
    const data = buildPlaceJsonLd(place, 'https://site.example/places/x/', '淮北市', '相山区');
    expect(data['@type']).toBe('ChildCare');
    expect(data).not.toHaveProperty('telephone');
    expect(data.geo).toEqual({ '@type': 'GeoCoordinates', latitude: place.position[1], longitude: place.position[0] });
  });
  it('never lets a value close the script element', () => {
    expect(toJsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
  it('fills the report template with encoded id and name', () => {
    expect(buildReportProblemHref('mailto:a@b.cn?subject={id}&body={name}', { id: 'room-1', name: '甲&乙' })).toBe('mailto:a@b.cn?subject=room-1&body=%E7%94%B2%26%E4%B9%99');
  });
});
