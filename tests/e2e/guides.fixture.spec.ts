import { expect, test } from '@playwright/test';
import { fixtureBaseURL } from '../support/ports';

// Against the fixture site: a guide that a named professional reviewed, and whose re-check is overdue.
test.use({ baseURL: fixtureBaseURL });

test('a reviewed guide names its reviewer, and an overdue one says 内容待复核', async ({ page }) => {
  await page.goto('/guides/reviewed-example/');
  await expect(page.locator('[data-review="reviewed"]')).toContainText('测试审核人（测试职称，测试机构）');
  await expect(page.locator('[data-review="overdue"]')).toContainText('内容待复核');
  await page.goto('/guides/breastfeeding-basics/');
  await expect(page.locator('[data-review="awaiting"]')).toContainText('待专业审核');
  await expect(page.locator('[data-review="overdue"]')).toHaveCount(0);
});
