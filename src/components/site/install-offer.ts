// The install offer and the "saved for offline" line (InstallOffer.astro). It explains installing in
// the way this browser allows, and says what the service worker has already saved, before anyone
// needs it.
import { fillTemplate } from '../../lib/i18n/fill-template';
import { chooseInstallHint, countSavedGuides, INSTALL_DISMISSED_KEY, type InstallHint } from '../../lib/site/install-offer';
import type { Messages } from '../../lib/i18n/translate';

export interface InstallOfferConfig {
  messages: Messages<'install.saved'>;
}

/** Chromium's install event (not in TypeScript's DOM library). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice?: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

function isDismissed(): boolean {
  try {
    return localStorage.getItem(INSTALL_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

function isStandalone(): boolean {
  return matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
}

/** URLs of everything in the Workbox precache on this device. */
async function precachedUrls(): Promise<string[]> {
  const urls: string[] = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
  }
  return urls;
}

/** The browser's install event, kept so that our button can open its sheet later. */
let keptPrompt: BeforeInstallPromptEvent | undefined;

class InstallOffer extends HTMLElement {
  private config!: InstallOfferConfig;

  connectedCallback() {
    this.config = JSON.parse(this.dataset['config'] ?? '{}') as InstallOfferConfig;
    this.showHint();
    addEventListener('beforeinstallprompt', this.onPrompt);
    addEventListener('appinstalled', this.onInstalled);
    this.querySelector('[data-install]')?.addEventListener('click', () => void this.install());
    this.querySelector('[data-dismiss]')?.addEventListener('click', () => this.dismiss());
    void this.showSaved();
  }

  disconnectedCallback() {
    removeEventListener('beforeinstallprompt', this.onPrompt);
    removeEventListener('appinstalled', this.onInstalled);
  }

  private onPrompt = (event: Event) => {
    if (isDismissed()) return; // The visitor said no: leave the browser's own offer alone.
    event.preventDefault();
    keptPrompt = event as BeforeInstallPromptEvent;
    this.showHint();
  };

  private onInstalled = () => {
    keptPrompt = undefined;
    this.showHint();
  };

  private hint(): InstallHint {
    if (isDismissed()) return 'none';
    return chooseInstallHint({ userAgent: navigator.userAgent, isStandalone: isStandalone(), hasPrompt: keptPrompt !== undefined, maxTouchPoints: navigator.maxTouchPoints });
  }

  private showHint() {
    const hint = this.hint();
    this.reveal('[data-offer]', hint !== 'none');
    this.reveal('[data-install]', hint === 'prompt');
    this.reveal('[data-hint="ios"]', hint === 'ios');
    this.reveal('[data-hint="wechat"]', hint === 'wechat');
    this.showAside();
  }

  private reveal(selector: string, shown: boolean) {
    const node = this.querySelector<HTMLElement>(selector);
    if (node) node.hidden = !shown;
  }

  /** The landmark shows only when it holds something. */
  private showAside() {
    const aside = this.closest<HTMLElement>('aside');
    if (aside) aside.hidden = [...this.children].every((child) => (child as HTMLElement).hidden);
  }

  private async install() {
    const prompt = keptPrompt;
    if (!prompt) return;
    keptPrompt = undefined;
    await prompt.prompt();
    this.showHint();
  }

  private dismiss() {
    try {
      localStorage.setItem(INSTALL_DISMISSED_KEY, '1');
    } catch {
      // Storage blocked: it stays closed on this page at least.
    }
    keptPrompt = undefined;
    this.showHint();
  }

  /** Once the worker is active its precache is complete: count the guides in it. */
  private async showSaved() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    await navigator.serviceWorker.ready;
    const count = countSavedGuides(await precachedUrls());
    const line = this.querySelector<HTMLElement>('[data-saved]');
    if (!line || count === 0) return;
    line.textContent = fillTemplate(this.config.messages['install.saved'], { count });
    line.hidden = false;
    this.showAside();
  }
}

export function defineInstallOffer(): void {
  if (!customElements.get('yt-install-offer')) customElements.define('yt-install-offer', InstallOffer);
}
