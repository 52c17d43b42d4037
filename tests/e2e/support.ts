import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const BAND_IDS = ['pregnancy', '0-6m', '6-12m', '1-2y', '2-3y', '3-6y'] as const;

/** Map tile hosts: third-party, unreachable from the test machine, blocked in map tests. */
export const TILE_URL = /^https:\/\/([a-z0-9-]+\.)*(tile\.openstreetmap\.org|tianditu\.gov\.cn)\//;

/** Aborts every map-tile request from the page, counting them. */
export async function blockTiles(page: Page): Promise<{ count: number }> {
  const seen = { count: 0 };
  await page.route(TILE_URL, (route) => {
    seen.count++;
    return route.abort();
  });
  return seen;
}

/**
 * Fails on any console error or uncaught exception on the page from now on. A tile that fails to load
 * is not an error of ours (tiles are blocked in tests; the page says the base map is unavailable).
 */
export function failOnConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !TILE_URL.test(m.location().url)) errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}

/**
 * Runs axe with the WCAG 2.2 AA rule set and fails on serious or critical violations, naming the path.
 * No rule is disabled.
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(report, `axe on ${label}`).toEqual([]);
}

/** The first guide's path from the guides index. */
export async function firstGuidePath(page: Page): Promise<string> {
  await page.goto('/guides/');
  const href = await page.locator('.guide-list a').first().getAttribute('href');
  if (!href) throw new Error('no guide on /guides/');
  return href;
}

/**
 * Slows every request a little, as on a weak connection (so a page's parts arrive one after another), and records the
 * page's layout shifts from its first frame. Call before `goto`; read the sum with `totalLayoutShift`.
 */
export async function watchLayoutShiftsOnSlowNetwork(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the layout shifts recorded since `watchLayoutShiftsOnSlowNetwork` (the page's CLS, without session windows). */
export function totalLayoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, v) => sum + v, 0));
}
