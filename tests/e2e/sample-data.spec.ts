import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Over the shipped build: every place is a sample, says so, and cannot be dialled.
test('no page of the built site offers a tel: link to a sample place, and each says 示例数据', () => {
  const dir = 'dist/places';
  const ids = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && /^(centre|room|clinic)-/.test(d.name)).map((d) => d.name);
  expect(ids.length).toBeGreaterThan(300);
  for (const id of ids) {
    const html = readFileSync(`${dir}/${id}/index.html`, 'utf8');
    expect(html, id).not.toContain('href="tel:');
    expect(html, id).toContain('data-sample-place');
    if (/>电话<\/dt>/.test(html)) expect(html, id).toContain('示例号码');
  }
});

test('the places list shows every district and links every place', async ({ page }) => {
  await page.goto('/places/');
  for (const name of ['相山区', '杜集区', '烈山区', '濉溪县']) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  expect(await page.locator('.place-list a').count()).toBe(150 + 180 + 45);
  await expect(page.getByRole('note')).toContainText('示例数据');
});

test('a sample room page links its printable door sign with a QR code', async ({ page }) => {
  await page.goto('/places/');
  // A room in use: the finder hides closed ones by default. Wait until it has (the list must not move under the tap).
  await expect(page.locator('[data-count]')).toHaveText(/找到 \d+ 处/);
  await page.locator('.place-list li:not([hidden]) a', { hasText: '母婴室' }).first().click();
  await page.getByRole('link', { name: /打印门贴/ }).click();
  await expect(page.locator('.sign__qr svg')).toBeVisible();
  await expect(page.locator('.sign__sample')).toContainText('示例数据');
});
