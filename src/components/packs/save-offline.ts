// "Save for offline" (SaveOffline.astro): the pack's pages go into the Cache Storage cache 'packs',
// which the service worker's navigation fallback consults when the network is gone. A registry in
// localStorage remembers which pages each saved pack needs, so removing one pack keeps pages
// another saved pack still uses.
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { MessageKey } from '../../lib/i18n/zh-CN';

/** Passed from SaveOffline.astro in one `data-config` attribute. */
export interface SaveOfflineConfig {
  messages: Record<Extract<MessageKey, 'packs.offlineSaving' | 'packs.offlineSaved' | 'packs.offlineRemoved' | 'packs.offlineFailed' | 'packs.offlineUnsupported'>, string>;
}

const CACHE = 'packs';
const REGISTRY = 'yt-packs-saved-v1';

type Registry = Record<string, string[]>;

function readRegistry(): Registry {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(REGISTRY) ?? '{}');
    return value && typeof value === 'object' ? (value as Registry) : {};
  } catch {
    return {};
  }
}

function writeRegistry(registry: Registry) {
  localStorage.setItem(REGISTRY, JSON.stringify(registry));
}

/**
 * `data-key` (what the device remembers the pack by) and `data-urls` (JSON list of same-origin
 * paths) are attributes of their own: a custom pack page sets them once it has read its link.
 */
class PackOffline extends HTMLElement {
  static observedAttributes = ['data-key'];
  refresh: (() => Promise<void>) | undefined;

  attributeChangedCallback() {
    void this.refresh?.();
  }

  connectedCallback() {
    const { messages } = JSON.parse(this.dataset['config'] ?? '{}') as SaveOfflineConfig;
    const save = this.querySelector<HTMLButtonElement>('[data-save]');
    const remove = this.querySelector<HTMLButtonElement>('[data-remove]');
    const progress = this.querySelector<HTMLProgressElement>('[data-progress]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!save || !remove || !progress || !status) return;
    if (!('caches' in window)) {
      status.textContent = messages['packs.offlineUnsupported'];
      return;
    }
    const urls = (): string[] => JSON.parse(this.dataset['urls'] ?? '[]') as string[];
    const key = () => this.dataset['key'] ?? '';
    const showSaved = (saved: boolean, count: number) => {
      save.hidden = saved;
      remove.hidden = !saved;
      status.textContent = saved ? fillTemplate(messages['packs.offlineSaved'], { total: count }) : '';
    };
    // Is this pack already on the device? Asked again when a custom pack page sets its key.
    this.refresh = async () => {
      const list = readRegistry()[key()];
      if (!list) return showSaved(false, 0);
      const cache = await caches.open(CACHE);
      const present = await Promise.all(list.map((u) => cache.match(u)));
      showSaved(present.every(Boolean), list.length);
      // Opened online, a saved pack quietly takes the site's current pages, so a worker never
      // carries last year's advice into a visit. A page that fails keeps its saved copy.
      if (navigator.onLine) {
        for (const url of list) {
          const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' }).catch(() => undefined);
          if (response?.ok) await cache.put(url, response);
        }
      }
    };
    void this.refresh();
    save.disabled = false;

    save.addEventListener('click', async () => {
      const list = urls();
      save.disabled = true;
      progress.hidden = false;
      progress.max = list.length;
      let done = 0;
      const cache = await caches.open(CACHE);
      for (const url of list) {
        try {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(String(response.status));
          await cache.put(url, response);
          done++;
        } catch {
          break;
        }
        progress.value = done;
        status.textContent = fillTemplate(messages['packs.offlineSaving'], { done, total: list.length });
      }
      progress.hidden = true;
      save.disabled = false;
      if (done < list.length) {
        status.textContent = fillTemplate(messages['packs.offlineFailed'], { done, total: list.length });
        return;
      }
      writeRegistry({ ...readRegistry(), [key()]: list });
      showSaved(true, list.length);
      remove.focus();
    });

    remove.addEventListener('click', async () => {
      const registry = readRegistry();
      const mine = registry[key()] ?? urls();
      delete registry[key()];
      // A guide another saved pack still needs stays.
      const stillNeeded = new Set(Object.values(registry).flat());
      const cache = await caches.open(CACHE);
      await Promise.all(mine.filter((u) => !stillNeeded.has(u)).map((u) => cache.delete(u)));
      writeRegistry(registry);
      showSaved(false, 0);
      status.textContent = messages['packs.offlineRemoved'];
      save.focus();
    });
  }
}

export function defineSaveOffline(): void {
  if (!customElements.get('yt-pack-offline')) customElements.define('yt-pack-offline', PackOffline);
}
