// <yt-search-box>: the search form as an ARIA combobox with instant suggestions grouped by kind
// (WAI-ARIA APG "combobox with listbox popup"). Without JavaScript it stays a plain GET form to
// /search/. The engine (lunr and the indexes) loads only when the box is first focused.
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { Messages } from '../../lib/i18n/translate';
import type { ResultKind, SearchBackend, SearchHit, SearchResponse } from '../../lib/search/search-backend';

/** Passed from SearchForm.astro in one `data-config` attribute; `npm run check` verifies the keys. */
export interface SearchBoxConfig {
  messages: Messages<`search.kind.${ResultKind}` | 'search.suggest.all' | 'search.suggest.allGroup' | 'search.suggest.none' | 'search.suggest.count' | 'search.partial' | 'search.placesOnDevice'>;
  /** The header's box also answers the `/` key anywhere on the page. */
  shortcut: boolean;
}

type Highlighter = (text: string, tokens: readonly string[]) => Node[];

const PER_KIND = 3;
const MAX_SUGGESTIONS = 8;
const MAX_QUERY = 200;

class SearchBox extends HTMLElement {
  private input!: HTMLInputElement;
  private listbox!: HTMLElement;
  private live!: HTMLElement;
  private messages!: SearchBoxConfig['messages'];
  private backend: Promise<SearchBackend> | undefined;
  private highlight: Highlighter = (text) => [document.createTextNode(text)];
  private options: { element: HTMLElement; url: string }[] = [];
  private active = -1;
  /** Number of the latest query, so a slow answer to an older one never replaces a newer one. */
  private sequence = 0;

  connectedCallback() {
    const input = this.querySelector('input');
    const listbox = this.querySelector<HTMLElement>('[role="listbox"]');
    const live = this.querySelector<HTMLElement>('[data-live]');
    if (!input || !listbox || !live) return;
    this.input = input;
    this.listbox = listbox;
    this.live = live;
    const config = JSON.parse(this.dataset['config'] ?? '{}') as SearchBoxConfig;
    this.messages = config.messages;
    // Combobox semantics only now that the script can honour them.
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.autocomplete = 'off';
    input.addEventListener('focus', () => void this.engine());
    input.addEventListener('input', (event) => {
      // While an input method composes (pinyin → 汉字), the text is not final yet.
      if (!(event as InputEvent).isComposing) void this.suggest();
    });
    input.addEventListener('compositionend', () => void this.suggest());
    input.addEventListener('keydown', (event) => this.onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.close();
    });
    // Keep the focus in the box while an option is clicked.
    listbox.addEventListener('pointerdown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      const url = this.options.find((o) => o.element === option)?.url;
      if (url) location.assign(url);
    });
    if (config.shortcut) document.addEventListener('keydown', (event) => this.onGlobalKey(event));
  }

  /** `/` anywhere outside a text field focuses the box, as on most search sites. */
  private onGlobalKey(event: KeyboardEvent) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    this.input.focus();
  }

  private onKey(event: KeyboardEvent) {
    // Keys that confirm or navigate an input method's candidates are not ours (keyCode 229: Safari).
    if (event.isComposing || event.keyCode === 229) return;
    const open = !this.listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          void this.suggest();
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const count = this.options.length;
        if (count > 0) this.setActive(this.active === -1 ? (step === 1 ? 0 : count - 1) : (this.active + step + count) % count);
        return;
      }
      case 'Enter': {
        const option = this.options[this.active];
        if (open && option) {
          event.preventDefault();
          location.assign(option.url);
        }
        return; // otherwise the form submits to /search/
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.close();
        } else if (this.input.value !== '') {
          event.preventDefault();
          this.input.value = '';
        }
        return;
      case 'Tab':
        this.close();
        return;
    }
  }

  private engine(): Promise<SearchBackend> {
    this.backend ??= import('./suggestion-engine').then(({ getSearchBackend, renderHighlighted }) => {
      this.highlight = renderHighlighted;
      const backend = getSearchBackend();
      backend.prepare();
      return backend;
    });
    return this.backend;
  }

  private async suggest() {
    const q = this.input.value.slice(0, MAX_QUERY);
    const sequence = ++this.sequence;
    if (q.trim() === '') {
      this.close();
      return;
    }
    const backend = await this.engine();
    const show = (response: SearchResponse) => {
      if (sequence === this.sequence) this.render(q, response);
    };
    show(await backend.search({ q }, show));
  }

  private render(q: string, { hits, tokens, incomplete }: SearchResponse) {
    const m = this.messages;
    const id = this.listbox.id;
    const groups: HTMLElement[] = [];
    this.options = [];
    let shown = 0;
    // Groups in the order of their best result, so a place search shows places first.
    for (const kind of new Set(hits.map((h) => h.doc.kind))) {
      const ofKind = hits.filter((h) => h.doc.kind === kind).slice(0, Math.min(PER_KIND, MAX_SUGGESTIONS - shown));
      if (ofKind.length === 0) continue;
      shown += ofKind.length;
      const group = document.createElement('ul');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', `${id}-${kind}`);
      const label = document.createElement('li');
      label.setAttribute('role', 'presentation');
      label.id = `${id}-${kind}`;
      label.className = 'search-box__group';
      label.textContent = m[`search.kind.${kind}`];
      group.append(label, ...ofKind.map((hit) => this.option(hit.doc.url, this.optionContent(hit, tokens))));
      groups.push(group);
    }
    const all = document.createElement('ul');
    all.setAttribute('role', 'group');
    all.setAttribute('aria-label', m['search.suggest.allGroup']);
    const allText = hits.length > 0 ? fillTemplate(m['search.suggest.all'], { count: hits.length }) : fillTemplate(m['search.suggest.none'], { q });
    const allContent = document.createElement('span');
    allContent.className = 'search-box__all';
    allContent.textContent = allText;
    all.append(this.option(`/search/?q=${encodeURIComponent(q)}`, [allContent]));
    groups.push(all);
    this.listbox.replaceChildren(...groups);
    this.setActive(-1);
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    const notice = incomplete ? ` ${m[incomplete === 'offline' ? 'search.partial' : 'search.placesOnDevice']}` : '';
    this.live.textContent = `${hits.length > 0 ? fillTemplate(m['search.suggest.count'], { count: Math.min(shown, hits.length) }) : allText}${notice}`;
  }

  private optionContent({ doc }: SearchHit, tokens: readonly string[]): Node[] {
    const title = document.createElement('span');
    title.className = 'search-box__title';
    title.append(...this.highlight(doc.title, tokens));
    const summary = document.createElement('span');
    summary.className = 'search-box__summary';
    summary.textContent = doc.summary;
    return [title, summary];
  }

  private option(url: string, content: Node[]): HTMLElement {
    const element = document.createElement('li');
    element.setAttribute('role', 'option');
    element.id = `${this.listbox.id}-${this.options.length}`;
    element.setAttribute('aria-selected', 'false');
    element.append(...content);
    this.options.push({ element, url });
    return element;
  }

  private setActive(index: number) {
    this.options[this.active]?.element.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      option.element.scrollIntoView({ block: 'nearest' });
      this.input.setAttribute('aria-activedescendant', option.element.id);
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private close() {
    this.sequence++;
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }
}

customElements.define('yt-search-box', SearchBox);
