import { expect, test } from '@playwright/test';
import { fixtureBaseURL } from '../support/ports';

// Against the fixture site: a guide that a named professional reviewed, and whose re-check is overdue.
test.use({ baseURL: fixtureBaseURL });

test('a reviewed guide names its reviewer, and an overdue one says 内容待复核', async ({ page }) => {
  await page.goto('/guides/reviewed-example/');
  await expect(page.locator('.review-info [data-review="reviewed"]')).toContainText('测试审核人（测试职称，测试机构）');
  await expect(page.locator('[data-review="overdue"]')).toContainText('内容待复核');
  await page.goto('/guides/breastfeeding-basics/');
  await expect(page.locator('.review-info [data-review="awaiting"]')).toContainText('待专业审核');
  await expect(page.locator('[data-review="overdue"]')).toHaveCount(0);
});

test('a guide lists each source with its kind, says 转载 for a copy, and never shows an editor-only note', async ({ page }) => {
  await page.goto('/guides/reviewed-example/');
  const v1 = page.locator('#source-v1');
  await expect(v1).toContainText('国家免疫规划疫苗儿童免疫程序及说明（2021年版）');
  await expect(v1).toContainText('政府文件');
  await expect(v1).toContainText('转载');
  await expect(v1).toContainText('夹具中给读者看的说明');
  await expect(page.locator('#source-g1')).not.toContainText('转载');
  // The fixture registry gives v1 an editorNote; no part of it may reach the page.
  expect(await page.content()).not.toContain('编辑专用的夹具说明');
});

test('lists show who reviewed a guide or that it awaits review; a corrected guide links to its correction-log entry', async ({ page }) => {
  await page.goto('/guides/');
  await expect(page.locator('.guide-list li', { hasText: '已审核的示例指导' }).first().locator('[data-review="reviewed"]')).toHaveText('已由测试审核人审核');
  await expect(page.locator('.guide-list li', { hasText: '纯母乳喂养怎么做' }).first().locator('[data-review="awaiting"]')).toHaveText('待专业审核');
  await page.goto('/guides/reviewed-example/');
  await expect(page.locator('.review-info')).toContainText('资料核对日期');
  await expect(page.locator('[data-corrections]')).toHaveCount(0);
  await page.goto('/guides/breastfeeding-basics/');
  await expect(page.locator('[data-corrections] a')).toHaveAttribute('href', '/about/corrections/#2026-12-03-fixture-correction');
  await page.goto('/about/corrections/');
  // Newest first; an entry without sources gives its basis in words.
  await expect(page.locator('article.correction h2 .correction__title')).toHaveText(['测试用的更正', '全站的测试更正']);
  await expect(page.locator('article[id="2025-02-01-site-wide"]')).toContainText('测试用：本站的审核规则。');
});
