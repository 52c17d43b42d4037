// The booklet of a custom pack (CustomPrintGuides.astro), filled in the browser: sharer fields from
// ?p= (as text), guides in full fetched from their own pages (saved on the device by the service
// worker, so this works offline). Everything a sharer controls goes in as text, never as markup.
import { summariseReviews } from '../../lib/content/review-status';
import type { PackGuide } from '../../lib/packs/pack-guide';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { MessageKey } from '../../lib/i18n/zh-CN';
import type { OpenPackMessages } from './CustomPackMessages';
import { loadGuideIndex, makeQrSvg, openPackFromLocation, showNotices } from './custom-pack-client';

/** Passed from CustomPrintGuides.astro in one `data-config` attribute. */
export interface CustomPrintConfig {
  messages: OpenPackMessages &
    Record<
      Extract<MessageKey, 'packs.custom' | 'packs.qrCaption' | 'packs.qrFailed' | 'packs.indexFailed' | 'packs.printPage.reviewed' | 'packs.printPage.guideFailed' | 'guide.sources' | 'guide.awaitingReview' | 'packs.printPage.coverAwaiting' | 'packs.printPage.coverMixed' | 'packs.printPage.coverReviewed'>,
      string
    >;
}

type Messages = CustomPrintConfig['messages'];

const text = (tag: string, className: string, value: string) => {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = value;
  return el;
};

/** One guide in full, taken from its own page on this site (our content, not the sharer's). */
async function loadGuideArticle(guide: PackGuide, messages: Messages): Promise<HTMLElement> {
  const article = document.createElement('article');
  article.className = 'print-guide';
  article.id = `guide-${guide.id}`;
  const h2 = text('h2', '', guide.title);
  article.append(h2, text('p', 'print-guide__summary', guide.summary));
  try {
    const response = await fetch(`/guides/${guide.slug}/`);
    if (!response.ok) throw new Error(String(response.status));
    // The guide page's own <style> blocks would be checked against this page's CSP (and are not needed).
    const html = (await response.text()).replace(/<style[\s\S]*?<\/style>/gi, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const times = [...doc.querySelectorAll('.review-info time')].map((t) => t.textContent ?? '');
    if (times.length >= 2) {
      // The dates the facts were checked, then the guide page's own review status (待专业审核 unless signed off).
      const line = text('p', 'print-guide__review', `${fillTemplate(messages['packs.printPage.reviewed'], { date: times[0] ?? '', next: times[1] ?? '' })} · `);
      const reviewed = doc.querySelector<HTMLElement>('.review-info [data-review="reviewed"]');
      const status = reviewed ? text('span', '', reviewed.textContent?.trim() ?? '') : text('strong', '', messages['guide.awaitingReview']);
      status.dataset['review'] = reviewed ? 'reviewed' : 'awaiting';
      line.append(status);
      article.append(line);
    }
    const body = doc.querySelector('.guide-body');
    if (body) {
      const div = document.createElement('div');
      div.className = 'print-guide__body';
      div.append(...[...body.childNodes].map((n) => document.importNode(n, true)));
      article.append(div);
    }
    const sources = doc.querySelector('.source-list ol');
    if (sources) {
      const section = document.createElement('section');
      section.className = 'print-guide__sources';
      section.append(text('h3', '', messages['guide.sources']), document.importNode(sources, true));
      article.append(section);
    }
  } catch {
    article.append(text('p', 'yt-notice', fillTemplate(messages['packs.printPage.guideFailed'], { title: guide.title })));
  }
  return article;
}

const COVER_MESSAGE = { awaiting: 'packs.printPage.coverAwaiting', mixed: 'packs.printPage.coverMixed', reviewed: 'packs.printPage.coverReviewed' } as const;

class CustomPrint extends HTMLElement {
  async connectedCallback() {
    const { messages } = JSON.parse(this.dataset['config'] ?? '{}') as CustomPrintConfig;
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    const loading = this.querySelector<HTMLElement>('[data-loading]');
    let index;
    try {
      index = await loadGuideIndex();
    } catch {
      // Offline and never saved: the booklet cannot be made without knowing the guides.
      if (notices) showNotices(notices, [messages['packs.indexFailed']]);
      loading?.remove();
      return;
    }
    const opened = openPackFromLocation(messages, index);
    if (notices) showNotices(notices, opened.notices);
    if (!opened.ok) {
      loading?.remove();
      return;
    }
    const { selection, guides, param } = opened;
    const title = selection.title || messages['packs.custom'];
    const cover = document.querySelector<HTMLElement>('[data-cover-title]');
    if (cover) cover.textContent = title;
    const coverReview = document.querySelector<HTMLElement>('[data-cover-review]');
    if (coverReview) {
      const review = summariseReviews(guides.map((g) => (g.reviewer ? 'reviewed' : 'awaiting')));
      coverReview.dataset['coverReview'] = review;
      coverReview.textContent = messages[COVER_MESSAGE[review]];
    }
    document.title = `${title} · ${document.title}`;
    const url = new URL(`/packs/custom/?p=${param}`, location.origin).href;
    document.querySelector('[data-url]')?.replaceChildren(document.createTextNode(url));
    document.querySelector('[data-back]')?.setAttribute('href', `/packs/custom/?p=${param}`);
    const qr = document.querySelector<HTMLElement>('[data-qr]');
    qr?.setAttribute('aria-label', fillTemplate(messages['packs.qrCaption'], { title }));
    makeQrSvg(url)
      .then((svg) => qr?.replaceChildren(svg))
      .catch(() => qr?.replaceChildren(document.createTextNode(messages['packs.qrFailed'])));

    // The sharer's contact goes into the print form, which writes it onto the cover as text.
    const form = document.querySelector<HTMLFormElement>('[data-controls]');
    for (const f of ['name', 'phone', 'organisation'] as const) {
      const input = form?.elements.namedItem(f);
      if (input instanceof HTMLInputElement) input.value = selection[f];
    }
    document.querySelector('yt-pack-print')?.dispatchEvent(new Event('yt-pack-print:refresh'));

    const contents = document.querySelector<HTMLElement>('[data-contents]');
    contents?.replaceChildren(
      ...guides.map((g) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#guide-${g.id}`;
        a.textContent = g.title;
        li.append(a);
        return li;
      }),
    );
    const articles = await Promise.all(guides.map((g) => loadGuideArticle(g, messages)));
    this.querySelector('[data-articles]')?.replaceChildren(...articles);
    loading?.remove();
    this.dataset['ready'] = 'true';
  }
}
export function defineCustomPrint(): void {
  if (!customElements.get('yt-custom-print')) customElements.define('yt-custom-print', CustomPrint);
}
