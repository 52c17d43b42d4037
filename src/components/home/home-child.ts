// <yt-home-child> on the home page: first-time visitors see what 我的孩子 does and a way in (server-rendered,
// works without JavaScript). When this device holds a child profile, the summary replaces the introduction.
// The summary's code loads only then, so the home page stays light for everyone else.
import { CHILD_STORE_KEY } from '../../lib/child-profile/child-store';

function hasStoredProfile(): boolean {
  try {
    return Boolean(localStorage.getItem(CHILD_STORE_KEY));
  } catch {
    // Storage blocked (private mode): nothing stored, the introduction stays.
    return false;
  }
}

class HomeChild extends HTMLElement {
  async connectedCallback() {
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    const intro = this.querySelector<HTMLElement>('[data-intro]');
    if (!summary || !hasStoredProfile()) return;
    const { mountHomeSummary } = await import('../child/home-summary');
    await mountHomeSummary(summary);
    // The summary leaves itself hidden when the stored profile has nothing valid to show: keep the way in then.
    if (intro && !summary.hidden) intro.hidden = true;
  }
}

export function defineHomeChild(): void {
  if (!customElements.get('yt-home-child')) customElements.define('yt-home-child', HomeChild);
}
