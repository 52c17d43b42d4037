// <yt-search-results> on /search/: reads the query and filters from the URL, asks the search engine,
// and shows results grouped by kind with the query's words marked. Filters update the URL in place.
import { toCivilDate } from '../../lib/age/civil-date';
import { CHILD_STORE_KEY } from '../../lib/child-profile/child-store';
import { findChildBand } from '../../lib/child-profile/find-child-band';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { Messages } from '../../lib/i18n/translate';
import type { ResultKind, SearchHit, SearchRequest, SearchResponse } from '../../lib/search/search-backend';
import { preferBand } from '../../lib/search/prefer-band';
import { parseSearchUrl, RESULT_KINDS, toSearchUrl } from '../../lib/search/search-url';
import { toPlacesFinderUrl } from '../../lib/search/to-places-finder-url';
import { getSearchBackend } from './get-search-backend';
import { renderHighlighted } from './render-highlighted';

/** Passed from SearchResults.astro in one `data-config` attribute; `npm run check` verifies the keys. */
export interface ResultsConfig {
  messages: Messages<
    | `search.kind.${ResultKind}`
    | `places.kind.${'centre' | 'room' | 'clinic'}`
    | 'search.results'
    | 'search.none'
    | 'search.noneFiltered'
    | 'search.loading'
    | 'search.partial'
    | 'search.placesOnDevice'
    | 'search.more'
    | 'search.placesOfKind'
    | 'search.placesAll'
    | 'guide.awaitingReview'
  >;
  bands: { id: string; label: string }[];
  districts: { id: string; name: string }[];
}

/** Per group without a kind filter; with one, the list is that kind only and may be longer. */
const PER_GROUP = 10;
const PER_KIND_FILTERED = 100;

class SearchResults extends HTMLElement {
  private config!: ResultsConfig;
  private form!: HTMLFormElement;
  private status!: HTMLElement;
  private results!: HTMLElement;
  private sequence = 0;
  /** The bands and districts the URL may name. */
  private known!: { bands: string[]; districts: string[] };
  /** The age band of the child profile on this device, if any: its guides win ties. */
  private childBand: string | undefined;

  connectedCallback() {
    this.config = JSON.parse(this.dataset['config'] ?? '{}') as ResultsConfig;
    this.form = this.querySelector('form[data-filters]') as HTMLFormElement;
    this.status = this.querySelector('[data-status]') as HTMLElement;
    this.results = this.querySelector('[data-results]') as HTMLElement;
    this.known = { bands: this.config.bands.map((b) => b.id), districts: this.config.districts.map((d) => d.id) };
    const request = parseSearchUrl(location.search, this.known);
    // Both boxes, the page's and the header's, keep the question that was asked.
    for (const input of document.querySelectorAll<HTMLInputElement>('#search-q, #header-search-q')) input.value = request.q;
    try {
      this.childBand = findChildBand(localStorage.getItem(CHILD_STORE_KEY), toCivilDate(new Date()));
    } catch {
      // Storage blocked: rank without the child's band.
    }
    this.setField('kind', request.kinds?.[0] ?? '');
    this.setField('band', request.band ?? '');
    this.setField('district', request.district ?? '');
    this.form.hidden = false;
    this.form.addEventListener('change', () => this.applyFilters());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.applyFilters();
    });
    void this.run(request);
  }

  private setField(name: string, value: string) {
    const field = this.form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement) field.value = value;
  }

  private applyFilters() {
    // The filter fields are named as the URL keys, so the form reads like a URL.
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) params.set(name, String(value));
    params.set('q', document.querySelector<HTMLInputElement>('#search-q')?.value ?? '');
    const request = parseSearchUrl(params.toString(), this.known);
    history.replaceState(null, '', toSearchUrl(request));
    void this.run(request);
  }

  private async run(request: SearchRequest) {
    const sequence = ++this.sequence;
    const m = this.config.messages;
    if (request.q.trim() === '') {
      this.status.textContent = '';
      this.results.replaceChildren();
      return;
    }
    this.status.textContent = m['search.loading'];
    const show = (response: SearchResponse) => {
      if (sequence === this.sequence) this.render(request, response);
    };
    show(await getSearchBackend().search(request, show));
  }

  private render(request: SearchRequest, response: SearchResponse) {
    const { tokens, incomplete } = response;
    const hits = preferBand(response.hits, this.childBand);
    const m = this.config.messages;
    const notice = incomplete ? ` ${m[incomplete === 'offline' ? 'search.partial' : 'search.placesOnDevice']}` : '';
    const filtered = Boolean(request.kinds?.length || request.band || request.district);
    const summary = hits.length > 0 ? fillTemplate(m['search.results'], { q: request.q, count: hits.length }) : fillTemplate(m[filtered ? 'search.noneFiltered' : 'search.none'], { q: request.q });
    this.status.textContent = summary + notice;
    if (hits.length === 0) {
      const help = this.querySelector<HTMLTemplateElement>('template[data-none]')?.content.cloneNode(true);
      this.results.replaceChildren(...(help ? [help] : []));
      return;
    }
    // Groups in the order of their best result, so a place search shows places first.
    const order = [...new Set(hits.map((h) => h.doc.kind))].filter((k) => RESULT_KINDS.includes(k));
    const limit = request.kinds?.length ? PER_KIND_FILTERED : PER_GROUP;
    this.results.replaceChildren(...order.map((kind) => this.renderGroup(request, kind, hits.filter((h) => h.doc.kind === kind), tokens, limit)));
  }

  private renderGroup(request: SearchRequest, kind: ResultKind, hits: SearchHit[], tokens: readonly string[], limit: number): HTMLElement {
    const m = this.config.messages;
    const section = document.createElement('section');
    section.dataset['kind'] = kind;
    const heading = document.createElement('h2');
    heading.textContent = `${m[`search.kind.${kind}`]}（${hits.length}）`;
    const list = document.createElement('ul');
    list.className = 'search-results';
    for (const { doc } of hits.slice(0, limit)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = doc.url;
      link.append(...renderHighlighted(doc.title, tokens));
      const summary = document.createElement('p');
      summary.append(...renderHighlighted(doc.summary, tokens));
      item.append(link, summary);
      const meta = [
        ...(doc.bands ?? []).map((b) => this.config.bands.find((x) => x.id === b)?.label ?? b),
        ...(doc.district ? [this.config.districts.find((d) => d.id === doc.district)?.name ?? doc.district] : []),
        // A guide says whether a professional reviewed it wherever it appears (facts §9.10).
        ...(kind === 'guide' && !doc.reviewed ? [m['guide.awaitingReview']] : []),
      ];
      if (meta.length > 0 && kind !== 'place') {
        const line = document.createElement('p');
        line.className = 'search-results__meta';
        line.textContent = meta.join(' · ');
        item.append(line);
      }
      list.append(item);
    }
    section.append(heading, list);
    if (kind === 'place') {
      section.append(this.renderPlacesLink(request, hits));
    } else if (hits.length > limit) {
      const more = document.createElement('a');
      more.href = toSearchUrl({ ...request, kinds: [kind] });
      more.textContent = fillTemplate(m['search.more'], { count: hits.length, kind: m[`search.kind.${kind}`] });
      section.append(more);
    }
    return section;
  }

  /** Places are best seen in the finder (map, filters, open now): the link opens it on the same question. */
  private renderPlacesLink(request: SearchRequest, hits: SearchHit[]): HTMLElement {
    const m = this.config.messages;
    const { url, placeKind } = toPlacesFinderUrl(request.q, { resultKinds: hits.map((h) => h.doc.placeKind), district: request.district, districts: this.config.districts, titles: hits.map((h) => h.doc.title) });
    const link = document.createElement('a');
    link.className = 'search-results__finder';
    link.href = url;
    const kindName = placeKind === 'centre' || placeKind === 'room' || placeKind === 'clinic' ? m[`places.kind.${placeKind}`] : '';
    link.textContent = placeKind ? fillTemplate(m['search.placesOfKind'], { kind: kindName }) : m['search.placesAll'];
    return link;
  }
}

customElements.define('yt-search-results', SearchResults);
