import { expect, test, type Page } from '@playwright/test';
import { blockTiles, expectNoSeriousAxeViolations, failOnConsoleErrors } from './support';

// The parent's three questions, on the built site with its sample data and every map tile blocked.
const XIANGSHAN_CENTRE = { longitude: 116.7985, latitude: 33.956 };

/** Opens /places/ with a query and waits until the script has applied it (the count is written). */
async function openFinder(page: Page, query = '') {
  await page.goto(`/places/${query}`);
  await expect(page.locator('[data-count]')).toHaveText(/找到 \d+ 处/);
}

const visibleItems = (page: Page) => page.locator('#place-list li[data-id]:not([hidden])');
const count = async (page: Page) => Number(/\d+/.exec((await page.locator('[data-count]').textContent()) ?? '')?.[0]);

test('with tiles blocked, clusters and markers appear and a quiet note says the base map is unavailable', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  const tiles = await blockTiles(page);
  await openFinder(page);
  await page.locator('[data-map]').scrollIntoViewIfNeeded();
  await expect(page.locator('.place-cluster').first()).toBeVisible();
  await expect(page.locator('[data-tiles-note]')).toBeVisible();
  expect(tiles.count).toBeGreaterThan(0);
  // Zooming in through a cluster reaches single places, told apart by letter and labelled.
  const clusters = page.locator('.leaflet-marker-icon[title$="点击放大"]');
  expect(await clusters.count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: '在地图上看' }).first().click();
  const marker = page.locator('.leaflet-marker-icon .place-marker').first();
  await expect(marker).toBeVisible();
  await expect(page.locator('.leaflet-popup-content')).toBeVisible();
  await expect(page.locator('#place-list li.is-selected')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a district filter shrinks list and map together, survives reload, and back undoes it', async ({ page }) => {
  await blockTiles(page);
  await openFinder(page);
  const all = await count(page);
  await page.locator('[data-map]').scrollIntoViewIfNeeded();
  await expect(page.locator('.place-cluster').first()).toBeVisible();
  await page.getByLabel('区县').selectOption('lieshan');
  await expect(page).toHaveURL(/district=lieshan/);
  const inLieshan = await count(page);
  expect(inLieshan).toBeGreaterThan(0);
  expect(inLieshan).toBeLessThan(all);
  await expect(visibleItems(page)).toHaveCount(inLieshan);
  // The map holds the same places: its cluster counts and single markers add up to the list.
  const onMap = async () => {
    const clusterSum = (await page.locator('.place-cluster').allTextContents()).reduce((s, n) => s + Number(n), 0);
    return clusterSum + (await page.locator('.place-marker').count());
  };
  await expect.poll(onMap).toBe(inLieshan);
  await page.reload();
  await expect(page.locator('[data-count]')).toHaveText(`找到 ${inLieshan} 处`);
  await expect(page.getByLabel('区县')).toHaveValue('lieshan');
  await page.goBack();
  await expect(page).not.toHaveURL(/district=/);
  await expect(page.locator('[data-count]')).toHaveText(`找到 ${all} 处`);
});

test('near me: with a mocked position the list is nearest first and the 3 km radius holds', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(XIANGSHAN_CENTRE);
  await blockTiles(page);
  await openFinder(page, '?type=room');
  await page.getByText('离我近').click();
  await page.getByRole('button', { name: '用我的位置' }).click();
  await expect(page).toHaveURL(/near=me/);
  await page.getByLabel('范围').selectOption('3');
  await expect(page).toHaveURL(/km=3/);
  const sorted = page.locator('[data-sorted] li[data-id]:not([hidden])');
  await expect(sorted.first()).toBeVisible();
  const texts = await sorted.locator('[data-state]').allTextContents();
  expect(texts.length).toBe(await count(page));
  const metres = texts.map((text) => {
    const m = /距离 ([\d.]+) (米|公里)/.exec(text);
    if (!m) throw new Error(`no distance in "${text}"`);
    return Number(m[1]) * (m[2] === '公里' ? 1000 : 1);
  });
  expect(metres.length).toBeGreaterThan(0);
  expect(metres).toEqual([...metres].sort((a, b) => a - b));
  expect(Math.max(...metres)).toBeLessThanOrEqual(3000);
  // The shared link carries "me", never the position.
  expect(page.url()).not.toContain('116.79');
});

test('refusing location says so and offers a district or a tap on the map instead', async ({ page }) => {
  await blockTiles(page);
  await openFinder(page, '?near=me');
  await expect(page.locator('[data-near-status]')).toContainText('没能获取您的位置');
  await page.getByLabel('从哪里算距离').selectOption({ label: '烈山区城区' });
  await expect(page).toHaveURL(/near=116\.\d+%2C33\.\d+/);
  await expect(page.locator('[data-sorted] [data-state]').first()).toContainText('距离');
});

test('on National Day, clinics closed on public holidays are not "open now"', async ({ page }) => {
  await blockTiles(page);
  await page.clock.setFixedTime(new Date('2026-09-30T10:00:00+08:00'));
  await openFinder(page, '?type=clinic&open=1');
  const onWorkday = await count(page);
  expect(onWorkday).toBeGreaterThan(0);
  await page.clock.setFixedTime(new Date('2026-10-01T10:00:00+08:00'));
  await openFinder(page, '?type=clinic&open=1');
  await expect(page.locator('[data-count]')).toHaveText('找到 0 处');
  await openFinder(page, '?type=clinic');
  await expect(visibleItems(page).first().locator('[data-state]')).toHaveText('现在不开放（今天是国庆节假期）');
});

test('compare two centres side by side, saved on the device', async ({ page }) => {
  await blockTiles(page);
  await openFinder(page, '?type=centre&puhui=1');
  const buttons = page.getByRole('button', { name: '加入对比' });
  const names = await visibleItems(page).locator('a').evaluateAll((links) => links.slice(0, 2).map((a) => a.textContent));
  await buttons.nth(0).click();
  await buttons.nth(1).click();
  await expect(buttons.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: '对比已选的托育机构（2）' }).click();
  await expect(page).toHaveURL(/\/places\/compare\//);
  const table = page.locator('table');
  await expect(table.locator('thead th')).toHaveCount(2);
  for (const name of names) await expect(table.locator('thead')).toContainText(name ?? '');
  for (const row of ['距离', '月收费（全日托）', '普惠', '托位和空位', '开放时间', '服务类型', '备案', '质量评估等级', '最后核实']) {
    await expect(table.getByRole('rowheader', { name: row, exact: true })).toBeVisible();
  }
  await expect(table.locator('tbody')).toContainText('是普惠托育机构');
  await page.reload();
  await page.getByRole('button', { name: `移除 ${names[0]}` }).click();
  await expect(table.locator('thead th')).toHaveCount(1);
  await expectNoSeriousAxeViolations(page, '/places/compare/');
});

test('a fourth centre is refused with a message, not silently swapped', async ({ page }) => {
  await blockTiles(page);
  await openFinder(page, '?type=centre');
  const buttons = page.getByRole('button', { name: '加入对比' });
  for (const i of [0, 1, 2, 3]) await buttons.nth(i).click();
  await expect(page.locator('[data-compare-status]')).toHaveText('最多对比 3 家，请先移除一家。');
  await expect(buttons.nth(3)).toHaveAttribute('aria-pressed', 'false');
});

test('filters, counts and the map pass axe with every filter group open, in 长辈模式 too', async ({ page }) => {
  test.setTimeout(90_000); // axe walks a list of several hundred places, twice
  await blockTiles(page);
  for (const large of [false, true]) {
    await page.addInitScript((on) => localStorage.setItem('yuertong.largeText', on ? '1' : '0'), large);
    await openFinder(page, '?type=centre&age=14&puhui=1&fee=2000&facility=lock&near=116.79850,33.95600&km=3');
    for (const d of await page.locator('.place-filters details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    await page.locator('[data-map]').scrollIntoViewIfNeeded();
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page, `/places/ with filters${large ? ' in 长辈模式' : ''}`);
  }
});
