// The /places/ finder: reads the filters from the URL, applies them to the static list (hiding,
// counting, sorting by distance), and loads the map only when it scrolls into view. Logic lives in
// src/lib/places/finder/; this file wires it to the page.
import type { LngLat } from '../../lib/geo/convert-coordinates';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { Messages } from '../../lib/i18n/translate';
import type { MessageKey } from '../../lib/i18n/zh-CN';
import { MAX_COMPARED, parseShortlist, SHORTLIST_KEY, toggleShortlist } from '../../lib/places/finder/compare';
import { decodeMapData, type MapPlace } from '../../lib/places/finder/map-data';
import { countLeftOut, filterPlaces, formatDistance, parsePlaceFilters, toPlaceFilterQuery, type PlaceFilters } from '../../lib/places/finder/place-filters';
import type { HolidayCalendar } from '../../lib/places/holiday-calendar';
import { describeOpenState } from '../../lib/places/describe-open-state';
import { findPlaceNowState } from '../../lib/places/place-status';
import type { PlacesMap, PlacesMapOptions } from './places-map';

interface FinderConfig {
  districts: { id: string; name: string; centre: LngLat }[];
  dataUrls: string[];
  calendar: HolidayCalendar;
  map: PlacesMapOptions['map'];
  /** The strings PlacesFinder.astro picked; keys are checked against zh-CN.ts by `npm run check`. */
  messages: Partial<Messages<MessageKey>>;
}

const fill = (template: string | undefined, params: Record<string, string | number>) => fillTemplate(template ?? '', params);

class PlacesFinder extends HTMLElement {
  private config!: FinderConfig;
  private places: MapPlace[] = [];
  private items = new Map<string, HTMLLIElement>();
  private filters: PlaceFilters = {};
  private origin: LngLat | undefined;
  private map: PlacesMap | undefined;
  private form!: HTMLFormElement;
  private locating = false;
  /** Set when the person pressed 用我的位置: once found, the page shows the map and the nearest results. */
  private revealOnLocate = false;

  async connectedCallback() {
    this.config = JSON.parse(this.dataset['config'] ?? '{}') as FinderConfig;
    this.form = this.querySelector('form') as HTMLFormElement;
    for (const li of this.querySelectorAll<HTMLLIElement>('li[data-id]')) this.items.set(li.dataset['id'] ?? '', li);
    this.readUrl();

    try {
      const files = await Promise.all(this.config.dataUrls.map(async (url) => (await fetch(url)).json() as Promise<unknown>));
      this.places = files.flatMap((f) => decodeMapData(f));
    } catch (error) {
      // Without the data the static list still works; say why in the console for whoever maintains it.
      console.warn('places data unavailable', error);
      return;
    }
    this.wireControls();
    this.querySelector<HTMLFieldSetElement>('[data-controls]')!.disabled = false;
    this.render();
    this.resolveOrigin();
    this.watchMap();
    this.renderShortlist();
  }

  /** Filters from the address bar into the form. */
  private readUrl() {
    this.filters = parsePlaceFilters(location.search, this.config.districts.map((d) => d.id));
    const f = this.filters;
    const set = (name: string, value: string | number | boolean | undefined) => {
      const field = this.form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === true;
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value === undefined ? '' : String(value);
    };
    for (const key of ['type', 'district', 'q', 'age', 'fee', 'service', 'facility', 'access', 'km'] as const) set(key, f[key] as string | number | undefined);
    for (const key of ['puhui', 'vacancies', 'inactive', 'fathers', 'staff', 'open'] as const) set(key, f[key]);
    set('from', this.fromValue(f.near));
    // Open the groups whose filters are in use, so a shared link shows what it filters by.
    const open = (group: string, on: boolean) => {
      const details = this.querySelector<HTMLDetailsElement>(`details[data-group="${group}"]`);
      if (details && on) details.open = true;
    };
    open('centre', f.age !== undefined || f.fee !== undefined || !!f.service || !!f.puhui || !!f.vacancies);
    open('room', !!f.facility || !!f.access || !!f.fathers);
    open('near', !!f.near);
  }

  private fromValue(near: PlaceFilters['near']): string {
    if (!near) return '';
    if (near === 'me') return 'me';
    const district = this.config.districts.find((d) => d.centre[0] === near[0] && d.centre[1] === near[1]);
    return district ? `district:${district.id}` : 'map';
  }

  /** The form into filters (the `from` choice becomes `near`). */
  private readForm(): PlaceFilters {
    const data = new FormData(this.form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string' && value !== '' && key !== 'from') params.set(key, value);
    const from = String(data.get('from') ?? '');
    if (from === 'me') params.set('near', 'me');
    else if (from.startsWith('district:')) {
      const d = this.config.districts.find((x) => `district:${x.id}` === from);
      if (d) params.set('near', `${d.centre[0].toFixed(5)},${d.centre[1].toFixed(5)}`);
    } else if (from === 'map' && Array.isArray(this.filters.near)) params.set('near', `${this.filters.near[0].toFixed(5)},${this.filters.near[1].toFixed(5)}`);
    return parsePlaceFilters(params.toString(), this.config.districts.map((d) => d.id));
  }

  /** A new state: into the URL (a new history entry, unless typing), then onto the page. */
  private apply(next: PlaceFilters, { replace = false } = {}) {
    const nearChanged = JSON.stringify(next.near) !== JSON.stringify(this.filters.near);
    this.filters = next;
    const url = `${location.pathname}${toPlaceFilterQuery(next)}`;
    if (url !== `${location.pathname}${location.search}`) history[replace ? 'replaceState' : 'pushState'](null, '', url);
    if (nearChanged) this.resolveOrigin();
    this.render();
  }

  private wireControls() {
    let typing: ReturnType<typeof setTimeout> | undefined;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.apply(this.readForm());
    });
    this.form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'from') this.querySelector<HTMLElement>('[data-map-hint]')!.hidden = target.value !== 'map';
      this.apply(this.readForm());
    });
    // The switches beside the count belong to the form (form="…") but sit outside it: their events do not reach it.
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-left-out] input')) input.addEventListener('change', () => this.apply(this.readForm()));
    this.form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.type !== 'search' && target.type !== 'number') return;
      clearTimeout(typing);
      typing = setTimeout(() => this.apply(this.readForm(), { replace: true }), 250);
    });
    const locate = (reveal = true) => {
      (this.form.elements.namedItem('from') as HTMLSelectElement).value = 'me';
      // "Near" with no radius would list the whole city by distance: start at 3 km, drawn on the map.
      const radius = this.form.elements.namedItem('km') as HTMLSelectElement;
      if (radius.value === '') radius.value = '3';
      this.revealOnLocate = reveal;
      this.apply(this.readForm());
    };
    this.querySelector('[data-locate]')?.addEventListener('click', () => locate());
    // One tap for each of the two common questions: the same filters a person could set by hand.
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-quick]')) {
      button.addEventListener('click', () => {
        const centre = button.dataset['quick'] === 'centre';
        const field = (name: string) => this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
        field('type').value = centre ? 'centre' : 'room';
        (field('open') as HTMLInputElement).checked = !centre;
        (field('puhui') as HTMLInputElement).checked = centre;
        field('km').value = '3';
        locate(!centre);
        if (centre) {
          // What she still has to say is the child's age: the field is ready for it, the bar shows the count meanwhile.
          this.querySelector<HTMLDetailsElement>('details[data-group="centre"]')!.open = true;
          const age = field('age');
          age.scrollIntoView({ block: 'center' });
          age.focus();
        }
      });
    }
    window.addEventListener('popstate', () => {
      const before = JSON.stringify(this.filters.near);
      this.readUrl();
      if (JSON.stringify(this.filters.near) !== before) this.resolveOrigin();
      this.render();
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      const li = button?.closest<HTMLLIElement>('li[data-id]');
      if (!button || !li) return;
      const id = li.dataset['id'] ?? '';
      if (button.hasAttribute('data-show-on-map')) {
        this.querySelector('[data-map]')?.scrollIntoView({ block: 'center' });
        void this.loadMap().then((map) => map?.select(id));
      }
      if (button.hasAttribute('data-compare')) this.toggleCompare(id);
    });
  }

  /** Where distances are measured from: the device (asked each time, never stored) or a chosen point. */
  private resolveOrigin() {
    const near = this.filters.near;
    const status = this.querySelector('[data-near-status]')!;
    status.textContent = '';
    if (!near) {
      this.origin = undefined;
      return;
    }
    if (near !== 'me') {
      this.origin = near;
      return;
    }
    const m = this.config.messages;
    const fail = (reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported') => {
      this.locating = false;
      this.revealOnLocate = false;
      this.origin = undefined;
      status.textContent = fill(m['finder.locationFailed'], { reason: m[`finder.reason.${reason}`] ?? reason });
      this.render();
    };
    if (!('geolocation' in navigator)) return fail('unsupported');
    if (this.locating) return;
    this.locating = true;
    status.textContent = m['finder.locating'] ?? '';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = false;
        if (this.filters.near !== 'me') return;
        this.origin = [position.coords.longitude, position.coords.latitude];
        status.textContent = '';
        this.render();
        if (this.revealOnLocate) {
          this.revealOnLocate = false;
          // The filters fill a phone's screen: bring the count, the map on her position and the nearest places into view.
          this.querySelector('[data-count]')?.scrollIntoView({ block: 'start' });
          void this.loadMap();
        }
      },
      (error) => fail(error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  // Hours (issue 16): the compact table from the build, evaluated and put into words by src/lib/places/.
  private openStateText(place: MapPlace, now: Date): string {
    // Status first: a place that is not operating says why, and its hours are never read.
    const state = findPlaceNowState(place, now, this.config.calendar);
    if (state.state === 'not-operating') {
      const m = this.config.messages;
      return fill(m['finder.open.notOperating'], { status: m[`place.status.${state.status}`] ?? state.status });
    }
    return describeOpenState(state, this.config.messages);
  }

  /** The list, the counts and the map, for the current filters. */
  private render() {
    const now = new Date();
    // The radius means nothing until we know where from (locating, or location refused).
    const { km: _radius, ...withoutRadius } = this.filters;
    const filters = this.origin ? this.filters : withoutRadius;
    const ctx = {
      now,
      calendar: this.config.calendar,
      ...(this.origin ? { origin: this.origin } : {}),
      textOf: (p: MapPlace) => this.items.get(p.id)?.querySelector('[data-address]')?.textContent ?? '',
    };
    const hits = filterPlaces(this.places, filters, ctx);
    const shown = new Set(hits.map((h) => h.place.id));
    for (const [id, li] of this.items) li.hidden = !shown.has(id);
    for (const hit of hits) {
      const li = this.items.get(hit.place.id);
      const state = li?.querySelector('[data-state]');
      if (!state) continue;
      const distance = hit.distanceMetres === undefined ? '' : `${fill(this.config.messages['finder.distance'], { distance: formatDistance(hit.distanceMetres) })} · `;
      state.textContent = `${distance}${this.openStateText(hit.place, now)}`;
    }

    // Nearest first in one list while measuring from somewhere; grouped by district otherwise.
    const sorted = this.querySelector<HTMLOListElement>('[data-sorted]')!;
    const grouped = this.querySelector<HTMLElement>('[data-grouped]')!;
    if (this.origin) {
      // Move items only when the order changes: a tap whose button is moved between press and release
      // is lost (a blur from the age field re-renders right then).
      const order = hits.flatMap((hit) => this.items.get(hit.place.id) ?? []);
      const current = [...sorted.children].filter((li) => !(li as HTMLElement).hidden);
      if (order.length !== current.length || order.some((li, i) => current[i] !== li)) sorted.append(...order);
    } else if (sorted.childElementCount > 0) {
      this.restoreGrouped();
    }
    sorted.hidden = !this.origin;
    grouped.hidden = !!this.origin;
    for (const section of grouped.querySelectorAll<HTMLElement>('[data-kind-group]')) {
      const visible = section.querySelectorAll('li[data-id]:not([hidden])').length;
      section.hidden = visible === 0;
      const count = section.querySelector('[data-kind-count]');
      if (count) count.textContent = count.textContent.replace(/\d+/, String(visible));
    }
    for (const section of grouped.querySelectorAll<HTMLElement>('section[data-district]')) section.hidden = !section.querySelector('li[data-id]:not([hidden])');
    this.querySelector('[data-count]')!.textContent = fill(this.config.messages['finder.count'], { count: hits.length });
    this.renderLeftOut(countLeftOut(this.places, filters, ctx));
    this.renderBar(hits);
    this.map?.update(hits.map((h) => h.place), this.origin, this.origin ? this.filters.km : undefined);
  }

  /** The two switches beside the count, each with how many places it would add; shown only when it would change something. */
  private renderLeftOut(counts: ReturnType<typeof countLeftOut>) {
    const m = this.config.messages;
    const f = this.filters;
    const show = (which: string, visible: boolean, text: string) => {
      const box = this.querySelector<HTMLElement>(`[data-left-out="${which}"]`)!;
      box.hidden = !visible;
      box.querySelector('[data-left-out-text]')!.textContent = text;
    };
    const inactiveKey = counts.inactive === counts.inactiveCentres ? 'finder.leftOut.inactiveCentres' : 'finder.leftOut.inactivePlaces';
    show('inactive', counts.inactive > 0 || !!f.inactive, counts.inactive > 0 ? fill(m[inactiveKey], { count: counts.inactive }) : '');
    show('staff', counts.staffOnly > 0 || (!!f.staff && (!!f.open || !!f.near)), counts.staffOnly > 0 ? fill(m['finder.leftOut.staffOnly'], { count: counts.staffOnly }) : '');
  }

  /** The bar at the bottom of a phone's screen: how many results (a jump to them), the nearest one, the comparison. */
  private renderBar(hits: { place: MapPlace; distanceMetres?: number }[]) {
    const m = this.config.messages;
    this.querySelector<HTMLElement>('[data-bar]')!.hidden = false;
    const results = this.querySelector<HTMLAnchorElement>('[data-bar-results]')!;
    results.textContent = hits.length > 0 ? fill(m['finder.summary'], { count: hits.length }) : (m['finder.summaryNone'] ?? '');
    results.href = hits.length > 0 ? '#place-list' : '#place-filters-form';
    const nearest = this.querySelector<HTMLAnchorElement>('[data-bar-nearest]')!;
    const first = hits[0];
    nearest.hidden = !(first && first.distanceMetres !== undefined);
    if (first && first.distanceMetres !== undefined) {
      nearest.textContent = fill(m['finder.nearest'], { name: first.place.name, distance: formatDistance(first.distanceMetres) });
      nearest.href = `/places/${first.place.id}/`;
    }
  }

  /** Puts every item back in its district and kind group, in build order. */
  private restoreGrouped() {
    const order = [...this.items.keys()];
    const lists = new Map<string, HTMLUListElement>();
    for (const ul of this.querySelectorAll<HTMLUListElement>('[data-grouped] ul')) lists.set(ul.closest('section[data-district]')?.getAttribute('data-district') + (ul.closest('[data-kind-group]')?.getAttribute('data-kind-group') ?? ''), ul);
    const byId = new Map(this.places.map((p) => [p.id, p]));
    for (const id of order) {
      const place = byId.get(id);
      const li = this.items.get(id);
      const ul = place && lists.get(place.district + place.kind);
      if (li && ul) ul.append(li);
    }
  }

  /** The map arrives when its box scrolls into view (or when asked to show a place). */
  private watchMap() {
    const box = this.querySelector<HTMLElement>('[data-map]')!;
    box.hidden = false;
    this.querySelector<HTMLElement>('[data-skip-map]')!.hidden = false;
    for (const b of this.querySelectorAll<HTMLElement>('[data-show-on-map]')) b.hidden = false;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void this.loadMap();
      }
    });
    observer.observe(box);
  }

  private mapLoading: Promise<PlacesMap | undefined> | undefined;
  private loadMap(): Promise<PlacesMap | undefined> {
    this.mapLoading ??= import('./places-map')
      .then(({ mountPlacesMap }) => {
        const box = this.querySelector<HTMLElement>('[data-map]')!;
        this.map = mountPlacesMap(box, {
          map: this.config.map,
          messages: this.config.messages,
          describe: (place) => this.openStateText(place, new Date()),
          onSelect: (id) => {
            for (const li of this.querySelectorAll('li.is-selected')) li.classList.remove('is-selected');
            this.items.get(id)?.classList.add('is-selected');
          },
          onTap: (position) => {
            if ((this.form.elements.namedItem('from') as HTMLSelectElement).value !== 'map') return;
            this.filters = { ...this.filters, near: position };
            this.apply(this.readForm());
          },
          onTilesFailed: () => {
            this.querySelector<HTMLElement>('[data-tiles-note]')!.hidden = false;
          },
        });
        this.render();
        return this.map;
      })
      .catch((error: unknown) => {
        console.warn('map unavailable', error);
        return undefined;
      });
    return this.mapLoading;
  }

  private readShortlist(): string[] {
    try {
      return parseShortlist(localStorage.getItem(SHORTLIST_KEY));
    } catch {
      return [];
    }
  }

  private toggleCompare(id: string) {
    const before = this.readShortlist();
    const { list, full } = toggleShortlist(before, id);
    const m = this.config.messages;
    const added = list.length > before.length;
    const status = this.querySelector('[data-compare-status]')!;
    const text = full ? fill(m['compare.full'], { max: MAX_COMPARED }) : fill(m[added ? 'compare.addedStatus' : 'compare.removedStatus'], { count: list.length });
    status.textContent = text;
    // Said once (a live region) and shown a moment: the bar stays small over the list.
    setTimeout(() => {
      if (status.textContent === text) status.textContent = '';
    }, 6000);
    try {
      localStorage.setItem(SHORTLIST_KEY, JSON.stringify(list));
    } catch {
      // Storage refused (private mode, full): the shortlist lives only on this page.
    }
    this.renderShortlist(list);
  }

  private renderShortlist(list = this.readShortlist()) {
    const m = this.config.messages;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-compare]')) {
      const chosen = list.includes(button.closest('li')?.dataset['id'] ?? '');
      button.hidden = false;
      button.setAttribute('aria-pressed', String(chosen));
      button.textContent = (chosen ? m['compare.added'] : m['compare.add']) ?? '';
    }
    const link = this.querySelector<HTMLAnchorElement>('[data-compare-tray]')!;
    link.hidden = list.length === 0;
    link.textContent = fill(m['compare.trayShort'], { count: list.length });
    const near = this.filters.near;
    link.href = `/places/compare/${near ? `?near=${near === 'me' ? 'me' : `${near[0].toFixed(5)},${near[1].toFixed(5)}`}` : ''}`;
  }
}

export function definePlacesFinder() {
  if (!customElements.get('yt-places-finder')) customElements.define('yt-places-finder', PlacesFinder);
}
