import { expect, test } from '@playwright/test';
import { failOnConsoleErrors } from './support';

test('the header search finds guides, places and events for Chinese keywords, grouped by kind', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/');
  await page.getByRole('searchbox', { name: '搜索育儿指导、托育机构、母婴室和活动' }).first().fill('宝宝睡眠');
  await page.getByRole('button', { name: '搜索' }).first().click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-status]')).toContainText('的搜索结果');
  await expect(page.locator('section[data-kind="guide"] a').first()).toBeVisible();
  const titles = await page.locator('section[data-kind="guide"] a').allTextContents();
  expect(titles.slice(0, 5).some((t) => t.includes('睡'))).toBe(true);
  await page.goto('/search/?q=辅食');
  await expect(page.locator('[data-status]')).toContainText('的搜索结果');
  expect((await page.locator('section[data-kind="guide"] a').allTextContents()).slice(0, 3).some((t) => t.includes('辅食'))).toBe(true);
  await page.goto('/search/?q=相山 母婴室');
  await expect(page.locator('section[data-kind="place"] a').first()).toContainText('母婴室');
  expect(errors).toEqual([]);
});

test('query syntax and hostile input neither break search nor return everything', async ({ page }) => {
  for (const q of ['foo:', '~', '托育^', '*', '-', '"', '<img src=x onerror=alert(1)>', '😀'.repeat(50)]) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-status]')).not.toHaveText('正在搜索……');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('.search-results li').count(), q).toBeLessThan(100);
  }
});

test('without JavaScript, /search/ is a browsable list of all guides and places', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByText('育儿指导（60）')).toBeVisible();
  await context.close();
});
