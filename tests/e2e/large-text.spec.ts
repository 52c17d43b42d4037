import { expect, test } from '@playwright/test';
import { failOnConsoleErrors } from './support';

test('长辈模式 is a toggle button that persists across pages and reloads, with no flash', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  // Record, before anything is painted, whether the page starts in large text.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrameLarge: boolean }).firstFrameLarge = document.documentElement.classList.contains('yt-large');
    });
  });
  await page.goto('/');
  const button = page.getByRole('button', { name: '长辈模式' });
  await expect(button).toBeEnabled();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  const normalSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const largeSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(largeSize).toBeGreaterThan(normalSize);

  await page.goto('/ages/1-2y/');
  await expect(page.locator('html')).toHaveClass(/yt-large/);
  expect(await page.evaluate(() => (window as unknown as { firstFrameLarge: boolean }).firstFrameLarge)).toBe(true);
  await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstFrameLarge: boolean }).firstFrameLarge)).toBe(true);

  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/yt-large/);
  expect(errors).toEqual([]);
});
