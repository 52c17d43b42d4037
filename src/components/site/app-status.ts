// <yt-app-status>: the offline notice and the update prompt (registers the service worker).
import { Workbox } from 'workbox-window';
import type { Messages } from '../../lib/i18n/translate';

/** Passed from AppStatus.astro in one `data-config` attribute; `npm run check` verifies the keys. */
export interface AppStatusConfig {
  messages: Messages<'app.needsNetwork'>;
}

/** Is this page saved on the device (precached or opened before)? */
async function isSaved(path: string): Promise<boolean> {
  const page = path.endsWith('/') ? path : `${path}/`;
  return Boolean((await caches.match(`${page}index.html`, { ignoreSearch: true })) ?? (await caches.match(page, { ignoreSearch: true })));
}

/** Offline, links to pages that are not saved say so, so nobody taps into a dead end. */
async function markUnavailableLinks(isOffline: boolean, label: string) {
  if (!('caches' in window)) return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')].slice(0, 400);
  for (const link of links) {
    link.querySelector('.yt-needs-network')?.remove();
    if (!isOffline) continue;
    const url = new URL(link.href);
    if (/\.(ics|csv|geojson|png|svg)$/.test(url.pathname) || (await isSaved(url.pathname))) continue;
    const note = document.createElement('span');
    note.className = 'yt-needs-network';
    note.textContent = label;
    link.append(note);
  }
}

class AppStatus extends HTMLElement {
  connectedCallback() {
    const config = JSON.parse(this.dataset['config'] ?? '{}') as AppStatusConfig;
    const offline = this.querySelector<HTMLElement>('[data-offline]');
    const needsNetwork = config.messages['app.needsNetwork'];
    const showConnection = () => {
      if (offline) offline.hidden = navigator.onLine;
      void markUnavailableLinks(!navigator.onLine, needsNetwork);
    };
    addEventListener('online', showConnection);
    addEventListener('offline', showConnection);
    showConnection();

    if (!('serviceWorker' in navigator)) return;
    const wb = new Workbox('/sw.js');
    const update = this.querySelector<HTMLElement>('[data-update]');
    // A new version waits; it takes over only when the reader asks, so nothing reloads mid-page.
    wb.addEventListener('waiting', () => {
      if (!update) return;
      update.hidden = false;
      update.querySelector('button')?.addEventListener('click', () => {
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      });
    });
    // Register after the page has loaded, so precaching never competes with what the reader asked for.
    if (document.readyState === 'complete') void wb.register();
    else addEventListener('load', () => void wb.register());
  }
}

export function defineAppStatus(): void {
  if (!customElements.get('yt-app-status')) customElements.define('yt-app-status', AppStatus);
}
