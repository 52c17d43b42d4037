import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support';

// Issue #17 item 6: a first-time visitor finds 我的孩子 — on the home page and in the header of a 360 px phone.
test.use({ viewport: { width: 360, height: 780 } });

/** The header's 我的孩子 link lies wholly inside the viewport and inside the section bar's visible part, unscrolled. */
async function expectMyChildLinkInView(page: Page) {
  const link = page.locator('.site-nav a[href="/my-child/"]');
  await expect(link).toBeVisible();
  const fits = await link.evaluate((a) => {
    const bar = a.closest('ul') as HTMLElement;
    const box = a.getBoundingClientRect();
    const visible = bar.getBoundingClientRect();
    return { scrolled: bar.scrollLeft, left: box.left, right: box.right, height: box.height, barLeft: visible.left, barRight: visible.right };
  });
  expect(fits.scrolled).toBe(0);
  expect(fits.left).toBeGreaterThanOrEqual(0);
  expect(fits.right).toBeLessThanOrEqual(Math.min(360, fits.barRight));
  expect(fits.height).toBeGreaterThanOrEqual(44);
}

test('the home page says what 我的孩子 does and links to it', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/');
  const intro = page.locator('yt-home-child [data-intro]');
  await expect(intro).toBeVisible();
  await expect(intro).toContainText('疫苗');
  await expect(intro).toContainText('只存在这台手机上');
  const link = intro.getByRole('link', { name: '打开“我的孩子”' });
  await expect(link).toHaveAttribute('href', '/my-child/');
  // The way in is seen on the first screen of a phone.
  const box = await link.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(780);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(errors).toEqual([]);
});

test('at 360 px the header shows 我的孩子 without scrolling the section bar', async ({ page }) => {
  await page.goto('/guides/');
  await expectMyChildLinkInView(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('in 长辈模式 at 360 px too, as a large button', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
  await page.goto('/');
  await expectMyChildLinkInView(page);
  const box = await page.locator('.site-nav a[href="/my-child/"]').boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(48);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.locator('yt-home-child [data-intro] a')).toBeVisible();
});
