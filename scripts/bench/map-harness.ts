// The /places/ map alone, for `npm run bench:map`: loads the district files the page would load,
// decodes them and mounts the same map module, then reports when the first clusters are drawn.
import { decodeMapData } from '../../src/lib/places/finder/map-data';
import { mountPlacesMap } from '../../src/components/places/places-map';
import { siteConfig } from '../../src/site.config';

declare global {
  interface Window {
    benchResult?: { scriptStart: number; dataReady: number; firstDraw: number; places: number };
  }
}

const scriptStart = performance.now();
const files = (await (await fetch('data/index.json')).json()) as string[];
const places = (await Promise.all(files.map(async (f) => (await fetch(`data/${f}`)).json() as Promise<unknown>))).flatMap((f) => decodeMapData(f));
const dataReady = performance.now();
const map = mountPlacesMap(document.getElementById('map') as HTMLElement, {
  map: siteConfig.map,
  messages: {},
  onFirstDraw: () => {
    window.benchResult = { scriptStart, dataReady, firstDraw: performance.now(), places: places.length };
  },
});
map.update(places);
