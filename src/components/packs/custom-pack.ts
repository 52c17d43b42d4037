// The custom pack page (/packs/custom/?p=…, CustomPack.astro). A small custom element, not a React
// island: the page is drawn once from its link and has no state a person changes (sharing and saving
// are PackShare's and SaveOffline's own elements). React would add ~69 KB gzip to a page that parents
// open from a chat on their phones, often offline, for nothing a few lines of DOM code do not do.
// Everything a sharer controls is put on the page with textContent or setAttribute, never as markup.
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { MessageKey } from '../../lib/i18n/zh-CN';
import type { OpenPackMessages } from './CustomPackMessages';
import { loadGuideIndex, makeQrSvg, openPackFromLocation, readPackFromLocation, showNotices, type OpenedPack, type ReadPack } from './custom-pack-client';

/** A pack opened with the guide index, or read from its link alone when the index could not be had. */
type ShownPack = OpenedPack | (ReadPack & { guides?: undefined });

/** Passed from CustomPack.astro in one `data-config` attribute. */
export interface CustomPackConfig {
  messages: OpenPackMessages & Record<Extract<MessageKey, 'packs.custom' | 'packs.qrCaption' | 'packs.qrFailed' | 'packs.indexFailed' | 'guide.awaitingReview' | 'guide.reviewedTag'>, string>;
}

class CustomPack extends HTMLElement {
  async connectedCallback() {
    const { messages } = JSON.parse(this.dataset['config'] ?? '{}') as CustomPackConfig;
    // The loading text stays until the guide index (/packs/guides.json) is here.
    const opened: ShownPack = await loadGuideIndex().then(
      (index) => openPackFromLocation(messages, index),
      // Offline and never saved: the link alone still gives the title, the sharer and the link to share.
      () => {
        const read = readPackFromLocation(messages);
        return { ...read, notices: [messages['packs.indexFailed'], ...read.notices] };
      },
    );
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    this.querySelector<HTMLElement>('[data-loading]')?.remove();
    if (notices) showNotices(notices, opened.notices);
    if (!opened.ok) return;
    const { selection, guides, param } = opened;
    const title = selection.title || messages['packs.custom'];
    const h1 = this.querySelector<HTMLElement>('[data-title]');
    if (h1) h1.textContent = title;
    document.title = `${title} · ${document.title}`;

    const sharer = this.querySelector<HTMLElement>('[data-sharer]');
    for (const f of ['name', 'phone', 'organisation'] as const) {
      const dd = this.querySelector<HTMLElement>(`[data-field="${f}"]`);
      if (dd) dd.textContent = selection[f];
      const row = this.querySelector<HTMLElement>(`[data-row="${f}"]`);
      if (row) row.hidden = selection[f] === '';
    }
    if (sharer) sharer.hidden = !selection.name && !selection.phone && !selection.organisation;

    const list = this.querySelector<HTMLElement>('[data-guides]');
    // Without the guide list only the link's own fields can be shown.
    list?.closest('section')?.toggleAttribute('hidden', guides === undefined);
    list?.replaceChildren(
      ...(guides ?? []).map((g) => {
        const li = document.createElement('li');
        const h3 = document.createElement('h3');
        const a = document.createElement('a');
        a.href = `/guides/${g.slug}/`;
        a.textContent = g.title;
        h3.append(a);
        const p = document.createElement('p');
        p.textContent = g.summary;
        // Whether a professional reviewed it, as on every list of guides (facts §9.10).
        const review = document.createElement('p');
        review.className = 'custom-guides__review';
        review.dataset['review'] = g.reviewer ? 'reviewed' : 'awaiting';
        review.textContent = g.reviewer ? fillTemplate(messages['guide.reviewedTag'], { reviewer: g.reviewer }) : messages['guide.awaitingReview'];
        li.append(h3, p, review);
        return li;
      }),
    );

    const url = new URL(`/packs/custom/?p=${param}`, location.origin).href;
    const link = this.querySelector<HTMLInputElement>('[data-link]');
    if (link) link.value = url;
    this.querySelector<HTMLAnchorElement>('[data-print]')?.setAttribute('href', `/packs/custom/print/?p=${param}`);
    this.querySelector<HTMLElement>('yt-pack-share')?.setAttribute('data-title', title);
    const caption = fillTemplate(messages['packs.qrCaption'], { title });
    this.querySelector<HTMLElement>('[data-qr-caption]')?.replaceChildren(document.createTextNode(caption));
    const qr = this.querySelector<HTMLElement>('[data-qr]');
    qr?.setAttribute('aria-label', caption);
    makeQrSvg(url)
      .then((svg) => qr?.replaceChildren(svg))
      .catch(() => qr?.replaceChildren(document.createTextNode(messages['packs.qrFailed'])));

    const offline = this.querySelector<HTMLElement>('yt-pack-offline');
    if (guides === undefined) {
      // Without the guide list the guides' pages are not known: there is nothing to save.
      offline?.remove();
    } else {
      offline?.setAttribute('data-key', `custom:${param}`);
      offline?.setAttribute('data-urls', JSON.stringify(['/packs/custom/', '/packs/custom/print/', ...guides.map((g) => `/guides/${g.slug}/`)]));
    }
    const pack = this.querySelector<HTMLElement>('[data-pack]');
    if (pack) pack.hidden = false;
  }
}

export function defineCustomPack(): void {
  if (!customElements.get('yt-custom-pack')) customElements.define('yt-custom-pack', CustomPack);
}
