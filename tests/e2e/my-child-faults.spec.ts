import { expect, test, type Page } from '@playwright/test';

// The child timeline under faults: two tabs, data from a newer version, corrupted data, full storage, bad values.
// Each test seeds localStorage before the page's scripts run, so it tests what a returning parent would see.

const NOW = new Date('2026-03-15T10:00:00+08:00');
const KEY = 'yuertong.children';
const ASIDE = 'yuertong.children.unreadable';

const storeWith = (child: Record<string, unknown>) =>
  JSON.stringify({ app: 'yuertong', version: 2, selectedId: 'a', children: [{ id: 'a', nickname: '小满', milestones: [], givenDoses: [], growth: [], ...child }] });

async function seed(page: Page, entries: Record<string, string>) {
  await page.addInitScript((e) => {
    // Only once per page: a reload must see what the page wrote, not the seed again.
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

const dataTools = (page: Page) => page.locator('section.child-data');

test('two tabs: a measurement added in one survives a rename in the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) await p.clock.setFixedTime(NOW);
  await a.goto('/my-child/');
  await a.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, storeWith({ birthDate: '2025-08-10', sex: 'girl' })]);
  await a.reload();
  await b.goto('/my-child/');
  await expect(a.locator('#child-summary-heading')).toContainText('小满');
  await expect(b.locator('#child-summary-heading')).toContainText('小满');

  // Tab A adds a measurement.
  await a.getByLabel('测量日期').fill('2026-03-01');
  await a.getByLabel('体重（千克）').fill('7.4');
  await a.locator('#growth-save').click();
  await expect(a.locator('.child-growth-list > li')).toHaveCount(1);
  // Tab B, opened before, hears of it…
  await expect(b.locator('.child-growth-list > li')).toHaveCount(1);
  // …and renames the child.
  await b.locator('#child-edit').click();
  await b.getByLabel('小名（可以不填）').fill('满满');
  await b.getByRole('button', { name: '保存' }).click();
  await expect(b.locator('#child-summary-heading')).toContainText('满满');

  for (const p of [a, b]) {
    await p.reload();
    await expect(p.locator('#child-summary-heading')).toContainText('满满');
    await expect(p.locator('.child-growth-list > li')).toHaveCount(1);
  }
});

test('two tabs: a rename saved from a form opened before the other tab added a measurement keeps the measurement', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) await p.clock.setFixedTime(NOW);
  await a.goto('/my-child/');
  await a.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, storeWith({ birthDate: '2025-08-10', sex: 'girl', milestones: ['9m-sits-alone'] })]);
  await a.reload();
  await b.goto('/my-child/');
  // B opens the edit form first; the form is not rebuilt under the parent's fingers when A writes.
  await b.locator('#child-edit').click();
  await a.getByLabel('测量日期').fill('2026-03-01');
  await a.getByLabel('体重（千克）').fill('7.4');
  await a.locator('#growth-save').click();
  await expect(a.locator('.child-growth-list > li')).toHaveCount(1);
  await b.getByLabel('小名（可以不填）').fill('满满');
  await b.getByRole('button', { name: '保存' }).click();
  await expect(b.locator('#child-summary-heading')).toContainText('满满');
  await expect(b.locator('.child-growth-list > li')).toHaveCount(1);
  const stored = await b.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as { children: { nickname: string; growth: unknown[]; milestones: string[] }[] }, KEY);
  expect(stored.children[0]).toMatchObject({ nickname: '满满', milestones: ['9m-sits-alone'] });
  expect(stored.children[0]?.growth).toHaveLength(1);
  await expect(a.locator('#child-summary-heading')).toContainText('满满');
});

test('data from a newer version is kept, read-only, with 请更新页面', async ({ page }) => {
  // Version 4 is one past the current format (3): a newer site wrote it.
  await page.clock.setFixedTime(NOW);
  const newer = JSON.stringify({ app: 'yuertong', version: 4, children: [{ id: 'a', birthDate: '2025-08-10', future: true }] });
  await seed(page, { [KEY]: newer });
  await page.goto('/my-child/');
  await expect(page.locator('[data-newer]')).toContainText('请更新页面');
  await expect(page.locator('[data-newer] button')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-newer]')).toContainText('请更新页面');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
  expect(await page.evaluate((k) => localStorage.getItem(k), ASIDE)).toBeNull();
  // Nothing can be added over it.
  await expect(page.locator('form.child-form')).toHaveCount(0);
  await expect(page.locator('#child-import')).toBeVisible();
});

test('corrupted data set aside stays offered on every visit until the parent decides', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, { [KEY]: '{"version":2,' });
  await page.goto('/my-child/');
  await expect(page.locator('[data-unreadable]')).toContainText('已经另外存放');
  await page.reload();
  const notice = page.locator('[data-unreadable]');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: '下载读不出的数据' })).toBeVisible();
  await notice.getByRole('button', { name: '丢弃读不出的数据' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.locator('form.child-form')).toBeVisible();
  await expect(page.locator('[data-unreadable]')).toHaveCount(0);
});

test('storage full: the unreadable main copy is not overwritten and nothing claims success', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, { [KEY]: '{"version":2,' });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('yuertong.children')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/my-child/');
  const notice = page.locator('[data-unreadable]');
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText('已经另外存放');
  await expect(notice).toContainText('原样留着');
  await expect(notice.getByRole('button', { name: '下载读不出的数据' })).toBeVisible();
  // Importing a good file now must not replace the unreadable copy, and must say it was not saved.
  page.on('dialog', (d) => void d.accept());
  await page.locator('#child-import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(storeWith({ birthDate: '2025-08-10' })) });
  await expect(page.locator('yt-child-app [data-live]')).toContainText('没有保存');
  await expect(page.locator('yt-child-app [data-live]')).not.toContainText('已导入');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('{"version":2,');
});

test('storage full: a new profile is not claimed as saved', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'yuertong.children') throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/my-child/');
  const form = page.locator('form.child-form');
  await form.getByLabel('小名（可以不填）').fill('小满');
  await form.getByLabel('出生日期').fill('2025-08-10');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('yt-child-app [data-live]')).toContainText('没有保存');
  await expect(page.locator('yt-child-app [data-live]')).not.toContainText('已保存');
});

test('an impossible stored due date never locks the page, and the home page shows nothing rather than nonsense', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, { [KEY]: storeWith({ dueDate: '9999-12-31' }) });
  await page.goto('/my-child/');
  await expect(dataTools(page).locator('#child-export')).toBeVisible();
  await expect(dataTools(page).locator('#child-import')).toBeVisible();
  await expect(dataTools(page).locator('#child-delete-all')).toBeVisible();
  await expect(page.locator('[data-invalid-profile]')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('-4159');
  await page.goto('/');
  await expect(page.locator('body')).not.toContainText('怀孕-');
  await expect(page.locator('body')).not.toContainText('-4159');
});

test('an imported file with a due date of 9999-12-31 is rejected with a specific message', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await page.locator('#child-import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(storeWith({ dueDate: '9999-12-31' })) });
  await expect(page.locator('yt-child-app [data-live]')).toContainText('预产期');
  await expect(page.locator('yt-child-app [data-live]')).toContainText('44周');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});

test('a stored measurement dated after today is flagged and can be removed; the rest of the timeline works', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  page.on('dialog', (d) => void d.accept());
  await seed(page, { [KEY]: storeWith({ birthDate: '2025-08-10', growth: [{ id: 'g1', date: '2026-12-01', weightKg: 9 }] }) });
  await page.goto('/my-child/');
  await expect(page.locator('[data-age]')).toHaveText('7个月5天');
  await expect(page.locator('[data-growth-date-problems]')).toContainText('2026-12-01');
  await page.locator('.child-growth-list > li').getByRole('button').click();
  await expect(page.locator('[data-growth-date-problems]')).toHaveCount(0);
});
