// <yt-large-text-toggle>: 长辈模式 on and off. The class is already on <html> before first paint (the
// layout's inline boot script); this only keeps the button's state in step and saves the choice.
import { LARGE_TEXT_CLASS, LARGE_TEXT_KEY } from '../../lib/site/large-text';
import { labelTableCells } from './label-table-cells';

class LargeTextToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.classList.contains(LARGE_TEXT_CLASS)));
    sync();
    button.disabled = false;
    button.addEventListener('click', () => {
      const on = root.classList.toggle(LARGE_TEXT_CLASS);
      try {
        if (on) localStorage.setItem(LARGE_TEXT_KEY, '1');
        else localStorage.removeItem(LARGE_TEXT_KEY);
      } catch {
        // Storage can be blocked (private mode); the mode still applies to this page.
      }
      sync();
    });
    // In 长辈模式 tables become stacked rows; each cell then shows its column's heading.
    for (const table of document.querySelectorAll('main table')) labelTableCells(table as HTMLTableElement);
  }
}

export function defineLargeTextToggle(): void {
  if (!customElements.get('yt-large-text-toggle')) customElements.define('yt-large-text-toggle', LargeTextToggle);
}
