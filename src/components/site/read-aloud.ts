// The part of 读给我听 every page loads: it shows the button only where the browser can speak, and loads
// the player (read-aloud-player.ts) when the button is pressed, or earlier when the browser is idle so
// the first press answers at once. Kept tiny: guides have a page-weight budget.
import type { ReadAloudPlayer } from './read-aloud-player';

let playerModule: Promise<typeof import('./read-aloud-player')> | undefined;
const loadPlayer = () => (playerModule ??= import('./read-aloud-player'));

class ReadAloudElement extends HTMLElement {
  private player: Promise<ReadAloudPlayer> | undefined;

  connectedCallback() {
    // Without speech synthesis there is nothing to offer: the button stays hidden.
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return;
    this.hidden = false;
    const start = this.querySelector<HTMLButtonElement>('[data-start]');
    start?.addEventListener('click', () => {
      this.player ??= loadPlayer().then((m) => new m.ReadAloudPlayer(this));
      void this.player.then((p) => p.start());
    });
    if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPlayer(), { timeout: 8000 });
  }
}

if (!customElements.get('yt-read-aloud')) customElements.define('yt-read-aloud', ReadAloudElement);
