// /places/compare/: the shortlist saved on this device, side by side.
import { distanceMetres, type LngLat } from '../../lib/geo/convert-coordinates';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { Messages } from '../../lib/i18n/translate';
import { formatDistance, parsePlaceFilters } from '../../lib/places/finder/place-filters';
import { MAX_COMPARED, parseShortlist, SHORTLIST_KEY, type CompareCentre, type CompareRow } from '../../lib/places/finder/compare';
import { BUILD_ID, toBuildDataUrl } from '../../lib/site/build-data-url';

/** Passed from CentreComparison.astro in one `data-config` attribute; `npm run check` verifies the keys. */
export interface CentreComparisonConfig {
  rows: { row: CompareRow; label: string }[];
  messages: Messages<'compare.remove' | 'compare.missing' | 'compare.distanceUnknown' | 'compare.failed' | 'finder.sampleBadge' | 'finder.distance'>;
}

const cell = (tag: 'th' | 'td', text: string, scope?: string) => {
  const node = document.createElement(tag);
  node.textContent = text;
  if (scope) node.setAttribute('scope', scope);
  return node;
};

class CentreComparison extends HTMLElement {
  private config!: CentreComparisonConfig;
  private origin: LngLat | undefined;
  private centres: CompareCentre[] = [];

  async connectedCallback() {
    this.config = JSON.parse(this.dataset['config'] ?? '{}') as CentreComparisonConfig;
    // The finder's own reading of `near` (a point, or `me`: ask the device again).
    const { near } = parsePlaceFilters(location.search, []);
    if (Array.isArray(near)) this.origin = near;
    let centres: CompareCentre[];
    try {
      centres = (await (await fetch(toBuildDataUrl('/places/data/centres.json', BUILD_ID))).json()) as CompareCentre[];
    } catch {
      this.status(this.config.messages['compare.failed'] ?? '');
      return;
    }
    this.centres = centres;
    if (near === 'me') this.locate();
    // Without a starting point, the distance row offers the device's position (asked now, never stored).
    const locateButton = this.querySelector<HTMLButtonElement>('[data-locate]')!;
    locateButton.addEventListener('click', () => this.locate());
    this.draw(centres);
  }

  private locate() {
    if (!('geolocation' in navigator)) return;
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.origin = [p.coords.longitude, p.coords.latitude];
        this.draw(this.centres);
      },
      () => this.status(this.config.messages['compare.distanceUnknown'] ?? ''),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  private status(text: string) {
    this.querySelector('[data-status]')!.textContent = text;
  }

  private read(): string[] {
    try {
      return parseShortlist(localStorage.getItem(SHORTLIST_KEY));
    } catch {
      return [];
    }
  }

  private draw(all: CompareCentre[]) {
    const ids = this.read();
    const chosen = ids.map((id) => all.find((c) => c.id === id)).filter((c): c is CompareCentre => !!c);
    const missing = ids.length - chosen.length;
    if (missing > 0) {
      // Centres removed from the directory since they were chosen: drop them, and say so.
      try {
        localStorage.setItem(SHORTLIST_KEY, JSON.stringify(chosen.map((c) => c.id)));
      } catch {
        /* storage refused: nothing to clean */
      }
    }
    const m = this.config.messages;
    this.status(missing > 0 ? fillTemplate(m['compare.missing'] ?? '', { count: missing }) : '');
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = chosen.length > 0;
    const box = this.querySelector<HTMLElement>('[data-table]')!;
    box.hidden = chosen.length === 0;
    box.replaceChildren();
    this.querySelector<HTMLElement>('[data-locate]')!.hidden = chosen.length === 0 || !!this.origin || !('geolocation' in navigator);
    this.querySelector<HTMLElement>('[data-add-more]')!.hidden = chosen.length >= MAX_COMPARED;
    if (chosen.length === 0) return;

    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    head.append(cell('td', ''));
    for (const c of chosen) {
      const th = cell('th', '', 'col');
      const link = document.createElement('a');
      link.href = `/places/${c.id}/`;
      link.textContent = c.name;
      th.append(link);
      if (c.sample) th.append(Object.assign(document.createElement('span'), { className: 'compare-sample', textContent: m['finder.sampleBadge'] ?? '' }));
      if (!c.operating) th.classList.add('compare-not-operating');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'yt-button compare-remove';
      remove.textContent = m['compare.remove'] ?? '';
      remove.setAttribute('aria-label', `${m['compare.remove'] ?? ''} ${c.name}`);
      remove.addEventListener('click', () => {
        try {
          localStorage.setItem(SHORTLIST_KEY, JSON.stringify(this.read().filter((id) => id !== c.id)));
        } catch {
          /* storage refused */
        }
        this.draw(all);
      });
      th.append(remove);
      head.append(th);
    }
    const body = table.createTBody();
    for (const { row, label } of this.config.rows) {
      const tr = body.insertRow();
      tr.append(cell('th', label, 'row'));
      for (const c of chosen) {
        const origin = this.origin;
        const text = row === 'distance' ? (origin ? formatDistance(distanceMetres(origin, c.position)) : (m['compare.distanceUnknown'] ?? '')) : c.cells[row];
        const td = cell('td', text);
        // A centre that is not operating: its status cell stands out (in words as well as colour).
        if (row === 'status' && !c.operating) td.className = 'compare-status-bad';
        tr.append(td);
      }
    }
    box.append(table);
  }
}

export function defineCentreComparison() {
  if (!customElements.get('yt-centre-comparison')) customElements.define('yt-centre-comparison', CentreComparison);
}
