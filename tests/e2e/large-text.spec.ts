import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, failOnConsoleErrors } from './support';

// 长辈模式 at the narrowest common phone width.
test.use({ viewport: { width: 360, height: 780 } });

const FEVER_GUIDE = '/guides/toddler-fever-when-to-see-doctor/';
const PAGES = ['/', FEVER_GUIDE, '/ages/1-2y/', '/places/', '/events/'];

/** Turns 长辈模式 on for every page of this context, as a reader who turned it on earlier would have it. */
async function useLargeText(page: Page) {
  await page.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
}

test('长辈模式 is a toggle that says what it will do, shows when it is on, and persists across pages with no flash', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  // Record whether the page is in large text at its first frame, and which wording the button shows at the first frame
  // it is on (a busy phone can draw a frame before the parser has reached the header).
  await page.addInitScript(() => {
    const w = window as unknown as { firstFrame: { large: boolean; label: string }; largeAtFirstFrame?: boolean };
    const record = () => {
      w.largeAtFirstFrame ??= document.documentElement.classList.contains('yt-large');
      const button = document.querySelector<HTMLElement>('yt-large-text-toggle button');
      if (!button) return void requestAnimationFrame(record);
      w.firstFrame = { large: w.largeAtFirstFrame, label: button.innerText.trim() };
    };
    requestAnimationFrame(record);
  });
  // Waits for that frame: on a busy machine the test can get here before the page has painted.
  const firstFrame = async () => {
    await page.waitForFunction(() => 'firstFrame' in window);
    return page.evaluate(() => (window as unknown as { firstFrame: { large: boolean; label: string } }).firstFrame);
  };
  await page.goto('/');
  const turnOn = page.getByRole('button', { name: '开启长辈模式' });
  await expect(turnOn).toBeEnabled();
  await expect(turnOn).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: '退出长辈模式' })).toHaveCount(0);
  const normalSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const offBackground = await turnOn.evaluate((b) => getComputedStyle(b).backgroundColor);

  await turnOn.click();
  const turnOff = page.getByRole('button', { name: '退出长辈模式' });
  await expect(turnOff).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '开启长辈模式' })).toHaveCount(0);
  // Visibly on, and not by colour alone: a check mark, and a filled button where it was an outline.
  await expect(turnOff).toContainText('✓');
  expect(await turnOff.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(offBackground);
  expect(await turnOff.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
  const largeSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(largeSize).toBeGreaterThan(normalSize);

  await page.goto('/ages/1-2y/');
  await expect(page.locator('html')).toHaveClass(/yt-large/);
  expect(await firstFrame()).toEqual({ large: true, label: expect.stringContaining('退出长辈模式') as unknown as string });
  await expect(page.getByRole('button', { name: '退出长辈模式' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  expect((await firstFrame()).large).toBe(true);

  await page.getByRole('button', { name: '退出长辈模式' }).click();
  await expect(page.getByRole('button', { name: '开启长辈模式' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/places/');
  await expect(page.locator('html')).not.toHaveClass(/yt-large/);
  expect(await firstFrame()).toEqual({ large: false, label: expect.stringContaining('开启长辈模式') as unknown as string });
  expect(errors).toEqual([]);
});

test('in 长辈模式 the header keeps the main sections as large buttons, with none hidden off to the side', async ({ page }) => {
  await useLargeText(page);
  await page.goto('/ages/1-2y/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['按年龄', '育儿指导', '找托育/母婴室', '活动', '我的孩子']) {
    const link = nav.getByRole('link', { name });
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  }
  await expect(nav.getByRole('link', { name: '资源包' })).toBeHidden();
  expect(await nav.locator('ul').evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
});

/**
 * Every visible interactive element's tap area, smaller than 48 px either way. A checkbox or radio is
 * tapped through its label, so the label is what is measured; elements clipped to 1 px (visually
 * hidden) are not tap targets.
 */
async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    // Map markers are focusable boxes that act as buttons.
    for (const el of document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary, [role="button"], .leaflet-interactive[tabindex]')) {
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      let target: Element = el;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) target = el.labels?.[0] ?? el;
      const box = target.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      if (box.width < 48 || box.height < 48) {
        const text = (el.textContent ?? '').trim().slice(0, 24) || el.getAttribute('aria-label') || el.getAttribute('name') || '';
        small.push(`${el.tagName.toLowerCase()} “${text}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

for (const path of PAGES) {
  test(`in 长辈模式 every visible tap target on ${path} is at least 48 × 48 px`, async ({ page }) => {
    await useLargeText(page);
    await page.route(/^https:\/\/([a-z0-9-]+\.)*(tile\.openstreetmap\.org|tianditu\.gov\.cn)\//, (route) => route.abort());
    await page.goto(path);
    await expect(page.getByRole('button', { name: '退出长辈模式' })).toBeEnabled();
    if (path === '/places/') {
      // The map loads when scrolled into view: its controls and markers count too.
      await page.locator('[data-map]').scrollIntoViewIfNeeded();
      await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    }
    // Open every collapsed section (the finder's and the events' filters), so their controls count too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await smallTapTargets(page), path).toEqual([]);
  });
}

test('in normal mode links in text stay inline and the sections stay one sideways row (no regression)', async ({ page }) => {
  await page.goto('/ages/1-2y/');
  expect(await page.locator('main p a').first().evaluate((a) => getComputedStyle(a).display)).toBe('inline');
  expect(await page.locator('.site-nav__list').evaluate((ul) => getComputedStyle(ul).display)).toBe('flex');
  expect(await page.locator('main table').first().evaluate((t) => getComputedStyle(t).display)).toBe('table');
});

test('in 长辈模式 no table on /ages/1-2y/ is wider than the screen: rows stack, each cell labelled by its column', async ({ page }) => {
  await useLargeText(page);
  await page.goto('/ages/1-2y/');
  await expect(page.getByRole('button', { name: '退出长辈模式' })).toBeEnabled();
  const tables = page.locator('main table');
  expect(await tables.count()).toBeGreaterThan(0);
  for (const table of await tables.all()) {
    const fit = await table.evaluate((t) => {
      const outer = t.closest('.yt-table-wrap') ?? t;
      const headings = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
      const firstRow = [...(t.querySelector('tbody tr')?.children ?? [])].map((cell) => cell.getAttribute('data-label'));
      return {
        wrap: outer.scrollWidth <= outer.clientWidth,
        table: t.scrollWidth <= t.clientWidth,
        right: t.getBoundingClientRect().right <= document.documentElement.clientWidth,
        labels: firstRow,
        headings,
        shownLabel: getComputedStyle(t.querySelector('tbody td')!, '::before').content,
      };
    });
    expect(fit.wrap && fit.table && fit.right).toBe(true);
    expect(fit.labels).toEqual(fit.headings);
    expect(fit.shownLabel).toBe(`"${fit.headings[0]}"`);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const path of PAGES) {
  for (const large of [false, true]) {
    test(`axe: ${path} in ${large ? '长辈模式' : 'normal mode'} at 360 px`, async ({ page }) => {
      test.setTimeout(120_000);
      if (large) await useLargeText(page);
      await page.route(/^https:\/\/([a-z0-9-]+\.)*(tile\.openstreetmap\.org|tianditu\.gov\.cn)\//, (route) => route.abort());
      await page.goto(path);
      await expect(page.locator('yt-large-text-toggle button')).toBeEnabled();
      await expectNoSeriousAxeViolations(page, `${path} ${large ? 'large' : 'normal'}`);
    });
  }
}
