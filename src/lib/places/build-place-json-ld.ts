import type { Place } from '../../schemas/place';
import { toOpeningHoursTable } from './expand-opening-hours';
import { toOpeningHoursSpecification } from './format-opening-hours';

/**
 * schema.org data for a place page: ChildCare for centres, CivicStructure for maternal-infant rooms,
 * MedicalClinic for clinics; sample records carry no telephone.
 */
export function buildPlaceJsonLd(place: Place, url: string, cityName: string, districtName: string) {
  const type = { centre: 'ChildCare', room: 'CivicStructure', clinic: 'MedicalClinic' }[place.kind];
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    name: place.name,
    url,
    address: { '@type': 'PostalAddress', streetAddress: place.address, addressLocality: cityName, addressRegion: districtName, addressCountry: 'CN' },
    geo: { '@type': 'GeoCoordinates', latitude: place.position[1], longitude: place.position[0] },
    ...(place.phone && !place.sample ? { telephone: place.phone } : {}),
    openingHoursSpecification: toOpeningHoursSpecification(toOpeningHoursTable(place)),
    ...(place.sample ? { description: '示例数据：演示用的虚构地点，不是真实机构。' } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so a name can never close the script. */
export function toJsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
