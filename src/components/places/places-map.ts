// The map on /places/: Leaflet for the map, supercluster for clustering what is in view. Loaded only
// when the map scrolls into view. Every label is set as text (textContent, title), never as HTML.
import 'leaflet/dist/leaflet.css';
import './places-map.css';
import L from 'leaflet';
import Supercluster from 'supercluster';
import { convertPosition, type LngLat } from '../../lib/geo/convert-coordinates';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { MapPlace } from '../../lib/places/finder/map-data';
import type { SiteConfig } from '../../site.config';
import type { Messages } from '../../lib/i18n/translate';
import type { MessageKey } from '../../lib/i18n/zh-CN';

export interface PlacesMapOptions {
  map: SiteConfig['map'];
  messages: Partial<Messages<MessageKey>>;
  /** One line about the place for its popup (open now…). */
  describe?: (place: MapPlace) => string;
  onSelect?: (id: string) => void;
  /** A tap on the map (not on a marker), in WGS-84. */
  onTap?: (position: LngLat) => void;
  onTilesFailed?: () => void;
  /** Called once the first clusters are on the map (benchmarks). */
  onFirstDraw?: () => void;
}

export interface PlacesMap {
  update(places: readonly MapPlace[], origin?: LngLat, radiusKm?: number): void;
  select(id: string): void;
}

/** Letter, shape and colour per kind: told apart without colour too. */
const KIND_MARK = { centre: '托', room: '母', clinic: '医' } as const;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

export function mountPlacesMap(box: HTMLElement, options: PlacesMapOptions): PlacesMap {
  const { map: config, messages } = options;
  const fill = (key: MessageKey, params: Record<string, string | number>) => fillTemplate(messages[key] ?? key, params);
  // Tiles in GCJ-02 (some Chinese providers) need positions converted on the way out and back.
  const toMap = (p: LngLat): L.LatLngTuple => {
    const [lng, lat] = config.tiles.crs === 'wgs84' ? p : convertPosition(p, 'wgs84', config.tiles.crs);
    return [lat, lng];
  };
  const fromMap = (ll: L.LatLng): LngLat => {
    const p: LngLat = [ll.lng, ll.lat];
    return config.tiles.crs === 'wgs84' ? p : convertPosition(p, config.tiles.crs, 'wgs84');
  };

  const map = L.map(box, { center: config.centre, zoom: config.defaultZoom, maxBounds: L.latLngBounds(config.bounds).pad(0.5), minZoom: 8, maxZoom: 18 });
  map.attributionControl.setPrefix('Leaflet');
  let tilesFailed = false;
  L.tileLayer(config.tiles.urlTemplate, { attribution: config.tiles.attribution, crossOrigin: 'anonymous', maxZoom: 18 })
    .on('tileerror', () => {
      if (tilesFailed) return;
      tilesFailed = true;
      options.onTilesFailed?.();
    })
    .addTo(map);

  const markers = L.layerGroup().addTo(map);
  const originLayer = L.layerGroup().addTo(map);
  let index = new Supercluster<{ i: number }>({ radius: 60, maxZoom: 16 });
  let places: readonly MapPlace[] = [];
  let selected: string | undefined;
  let drawn = false;

  const popupFor = (place: MapPlace) => {
    const box = el('div', 'place-popup');
    // Status first, in words: a suspended or closed place says so before anything else.
    if (place.status !== 'operating') box.append(el('strong', 'place-popup-status', messages[`place.status.${place.status}`] ?? place.status));
    const link = el('a', '', place.name);
    link.href = `/places/${place.id}/`;
    const title = el('strong', '');
    title.append(link);
    box.append(title, el('div', '', messages[`places.kind.${place.kind}`] ?? ''));
    if (place.sample) box.append(el('div', 'place-popup-sample', messages['finder.sampleBadge'] ?? ''));
    const line = options.describe?.(place);
    if (line) box.append(el('div', '', line));
    return box;
  };

  const placeMarker = (place: MapPlace) => {
    const operating = place.status === 'operating';
    const html = el('span', `place-marker place-marker-${place.kind}${operating ? '' : ' place-marker-inactive'}`);
    html.append(el('span', 'place-marker-label', KIND_MARK[place.kind]));
    const kindAndStatus = [messages[`places.kind.${place.kind}`] ?? '', operating ? '' : (messages[`place.status.${place.status}`] ?? '')].filter(Boolean).join('，');
    const marker = L.marker(toMap(place.position), {
      icon: L.divIcon({ html, className: 'place-marker-box', iconSize: [32, 32], iconAnchor: [16, 16] }),
      title: `${place.name}（${kindAndStatus}）`,
      keyboard: true,
      riseOnHover: true,
    });
    marker.bindPopup(() => popupFor(place));
    marker.on('click keypress', () => {
      selected = place.id;
      options.onSelect?.(place.id);
    });
    return marker;
  };

  // Markers are kept per place and per cluster, so a redraw leaves an open popup (and focus) alone.
  let cache = new Map<string, L.Marker>();
  const draw = () => {
    const b = map.getBounds();
    // Clusters are computed in WGS-84 and drawn converted; a GCJ-02 offset (≤ 500 m) does not matter for the box.
    const zoom = Math.round(map.getZoom());
    const clusters = index.getClusters([b.getWest() - 0.01, b.getSouth() - 0.01, b.getEast() + 0.01, b.getNorth() + 0.01], zoom);
    const wanted = new Set<L.Marker>();
    let toOpen: L.Marker | undefined;
    for (const c of clusters) {
      const [lng, lat] = c.geometry.coordinates as LngLat;
      if ('cluster' in c.properties && c.properties.cluster) {
        const id = c.properties.cluster_id;
        const key = `c${zoom}-${id}`;
        let marker = cache.get(key);
        if (!marker) {
          const count = c.properties.point_count;
          const size = count < 10 ? 36 : count < 100 ? 42 : 50;
          marker = L.marker(toMap([lng, lat]), {
            icon: L.divIcon({ html: el('span', 'place-cluster', String(c.properties.point_count_abbreviated)), className: 'place-marker-box', iconSize: [size, size] }),
            title: fill('finder.cluster', { count }),
            keyboard: true,
          });
          marker.on('click keypress', () => map.setView(toMap([lng, lat]), Math.min(index.getClusterExpansionZoom(id), 18)));
          cache.set(key, marker);
        }
        wanted.add(marker);
      } else {
        const place = places[(c.properties as { i: number }).i];
        if (!place) continue;
        let marker = cache.get(place.id);
        if (!marker) {
          marker = placeMarker(place);
          cache.set(place.id, marker);
        }
        wanted.add(marker);
        if (place.id === selected) toOpen = marker;
      }
    }
    markers.eachLayer((layer) => {
      if (!wanted.has(layer as L.Marker)) markers.removeLayer(layer);
    });
    for (const marker of wanted) if (!markers.hasLayer(marker)) markers.addLayer(marker);
    for (const [id, marker] of cache) marker.getElement()?.querySelector('.place-marker')?.classList.toggle('is-selected', id === selected);
    if (toOpen && !toOpen.isPopupOpen()) toOpen.openPopup();
    if (!drawn) {
      drawn = true;
      options.onFirstDraw?.();
    }
  };

  map.on('moveend', draw);
  map.on('click', (event: L.LeafletMouseEvent) => options.onTap?.(fromMap(event.latlng)));

  return {
    update(next, origin, radiusKm) {
      places = next;
      map.closePopup();
      markers.clearLayers();
      cache = new Map();
      index = new Supercluster<{ i: number }>({ radius: 60, maxZoom: 16 });
      index.load(next.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: p.position } })));
      originLayer.clearLayers();
      if (origin) {
        L.circleMarker(toMap(origin), { radius: 8, color: '#084c37', fillColor: '#ffbf47', fillOpacity: 1, interactive: false }).addTo(originLayer);
        if (radiusKm) {
          const circle = L.circle(toMap(origin), { radius: radiusKm * 1000, color: '#084c37', weight: 2, fill: false, interactive: false }).addTo(originLayer);
          map.fitBounds(circle.getBounds(), { animate: false });
          return; // fitBounds ends in moveend, which draws.
        }
        // No radius: centre on the starting point with the nearest few places around it.
        const around = L.latLngBounds([toMap(origin), ...next.slice(0, 5).map((p) => toMap(p.position))]);
        map.fitBounds(around, { animate: false, padding: [32, 32], maxZoom: 16 });
        return;
      }
      // Show what the filters found (a district, a search), not an empty corner of the city.
      if (next.length > 0) {
        const bounds = L.latLngBounds(next.map((p) => toMap(p.position)));
        if (!map.getBounds().contains(bounds) || map.getBoundsZoom(bounds) > map.getZoom() + 1) {
          map.fitBounds(bounds, { animate: false, padding: [24, 24], maxZoom: 16 });
          return;
        }
      }
      draw();
    },
    select(id) {
      const place = places.find((p) => p.id === id);
      if (!place) return;
      selected = id;
      options.onSelect?.(id);
      map.setView(toMap(place.position), 17, { animate: false });
      draw();
    },
  };
}
