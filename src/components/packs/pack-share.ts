// The share box of a pack page (PackShare.astro): copy the link, or hand it to the phone's share
// sheet where the browser has one. The link, QR code and print link are in the HTML (or set by the
// custom pack page); this only adds the buttons' behaviour.
import type { MessageKey } from '../../lib/i18n/zh-CN';

/** Passed from PackShare.astro in one `data-config` attribute. */
export interface PackShareConfig {
  messages: Record<Extract<MessageKey, 'packs.copied' | 'packs.copyFailed'>, string>;
}

class PackShare extends HTMLElement {
  connectedCallback() {
    const config = JSON.parse(this.dataset['config'] ?? '{}') as PackShareConfig;
    const link = this.querySelector<HTMLInputElement>('[data-link]');
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const share = this.querySelector<HTMLButtonElement>('[data-share]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!link || !copy || !share || !status) return;
    copy.disabled = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(link.value);
        status.textContent = config.messages['packs.copied'];
      } catch {
        link.select();
        status.textContent = config.messages['packs.copyFailed'];
      }
    });
    if (typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        // data-title: a custom pack page sets it once it has read its link.
        navigator.share({ title: this.dataset['title'] ?? document.title, url: link.value }).catch(() => undefined);
      });
    }
  }
}

export function definePackShare(): void {
  if (!customElements.get('yt-pack-share')) customElements.define('yt-pack-share', PackShare);
}
