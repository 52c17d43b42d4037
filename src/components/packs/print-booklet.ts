// The print page's controls (PrintBooklet.astro), for curated and custom pack booklets.
import type { MessageKey } from '../../lib/i18n/zh-CN';
import { cleanSharerText, SHARER_FIELDS, type SharerField } from '../../lib/packs/pack-limits';

/** Passed from PrintBooklet.astro in one `data-config` attribute. */
export interface PackPrintConfig {
  /** A custom pack: its page fills the contact from the link (and nothing is remembered). */
  custom: boolean;
  messages: Record<Extract<MessageKey, 'packs.builder.phoneInvalid'>, string>;
}

const STORE = 'yt-pack-contact-v1';
const CONTACT_FIELDS = SHARER_FIELDS.filter((f): f is Exclude<SharerField, 'title'> => f !== 'title');

/**
 * The print page's controls: the worker's name, phone and organisation typed on screen appear on
 * the cover (as text, never markup) and are remembered on this device; A4 or A5 paper.
 */
class PackPrint extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-controls]');
    if (!form) return;
    const { custom, messages } = JSON.parse(this.dataset['config'] ?? '{}') as PackPrintConfig;
    const error = this.querySelector<HTMLElement>('[data-error]');
    const params = new URLSearchParams(location.search);
    const paper = params.get('paper') === 'a4' ? 'a4' : 'a5';
    document.documentElement.dataset['paper'] = paper;
    const paperInput = form.querySelector<HTMLInputElement>(`input[name="paper"][value="${paper}"]`);
    if (paperInput) paperInput.checked = true;

    // A custom pack's page sets these from its link; a curated pack remembers the worker's own.
    if (!custom) {
      try {
        const saved = JSON.parse(localStorage.getItem(STORE) ?? '{}') as Record<string, unknown>;
        for (const f of CONTACT_FIELDS) {
          const input = form.elements.namedItem(f);
          if (input instanceof HTMLInputElement && typeof saved[f] === 'string') input.value = saved[f];
        }
      } catch {
        // Nothing remembered.
      }
    }

    const render = () => {
      const values: Record<string, string> = {};
      const bad: string[] = [];
      for (const f of CONTACT_FIELDS) {
        const input = form.elements.namedItem(f);
        if (!(input instanceof HTMLInputElement)) continue;
        const cleaned = cleanSharerText(f, input.value);
        input.setAttribute('aria-invalid', cleaned === undefined ? 'true' : 'false');
        if (cleaned === undefined) bad.push(f);
        values[f] = cleaned ?? '';
        const target = this.querySelector<HTMLElement>(`[data-cover="${f}"]`);
        if (target) target.textContent = values[f];
      }
      if (error) error.textContent = bad.length > 0 ? messages['packs.builder.phoneInvalid'] : '';
      const worker = this.querySelector<HTMLElement>('[data-worker]');
      if (worker) worker.hidden = CONTACT_FIELDS.every((f) => !values[f]);
      if (!custom) localStorage.setItem(STORE, JSON.stringify(values));
    };
    form.addEventListener('input', (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.name === 'paper') {
        document.documentElement.dataset['paper'] = target.value;
        return;
      }
      render();
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.addEventListener('yt-pack-print:refresh', render);
    render();
  }
}
export function definePackPrint(): void {
  if (!customElements.get('yt-pack-print')) customElements.define('yt-pack-print', PackPrint);
}
