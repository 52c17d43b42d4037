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
  await page.getByRole('link', { name: '对比 2 家' }).click();
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
    // Back to the top: axe judges targets where they are on screen, and mid-page the sticky results bar
    // covers whatever scrolled under it (a person scrolls on; keyboard focus is kept clear by scroll-padding).
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoSeriousAxeViolations(page, `/places/ with filters${large ? ' in 长辈模式' : ''}`);
  }
});

// ——— Status first, staff-only rooms, the two journeys of a mother on a 390 px phone ———

/** A Wednesday morning in Huaibei, no holiday: most places are open. */
const WEDNESDAY_10AM = new Date('2026-12-02T10:00:00+08:00');

interface GeoPlace {
  geometry: { coordinates: [number, number] };
  properties: { id: string; kind: string; status: string; access?: string; name: string; hours: string };
}
async function openDataPlaces(page: Page): Promise<GeoPlace[]> {
  return ((await (await page.request.get('/data/places.geojson')).json()) as { features: GeoPlace[] }).features;
}

test('a suspended, closed or revoked centre never says 现在开放: its status comes first on the card, the popup and its page', async ({ page }) => {
  test.setTimeout(90_000); // /places/ lists every place; two busy cores
  await blockTiles(page);
  await page.clock.setFixedTime(WEDNESDAY_10AM);
  await openFinder(page, '?type=centre&inactive=1');
  const inactive = page.locator('#place-list li[data-kind="centre"]:not([hidden]):not([data-status="operating"])');
  expect(await inactive.count()).toBeGreaterThan(0);
  for (const li of await inactive.all()) {
    await expect(li.locator('[data-state]')).not.toContainText('现在开放');
    await expect(li.locator('[data-state]')).toContainText('现在不开放');
    // The status, in words, is the card's first text.
    expect((await li.innerText()).trim()).toMatch(/^(暂停服务|已关闭|备案已撤销)/);
  }
  // With "open now" on, none of them is listed even though the switch shows non-operating places.
  await openFinder(page, '?type=centre&inactive=1&open=1');
  await expect(inactive).toHaveCount(0);

  // The map popup names the status first.
  await openFinder(page, '?type=centre&inactive=1');
  const suspended = page.locator('#place-list li[data-status="suspended"]').first();
  await suspended.getByRole('button', { name: '在地图上看' }).click();
  await expect(page.locator('.leaflet-popup-content .place-popup-status')).toHaveText('暂停服务');
  await expect(page.locator('.leaflet-popup-content')).not.toContainText('现在开放');

  // Its page: the status notice is the first thing in the article, and the hours say they do not apply.
  await suspended.locator('a.place-name').click();
  await expect(page.locator('article > *').first()).toContainText('该机构目前暂停服务');
  await expect(page.locator('.hours-note')).toHaveText('（暂停服务期间不开放）');
});

test('by default the list holds operating centres only; the switch beside the count says how many more and shows them', async ({ page }) => {
  test.setTimeout(90_000); // /places/ lists every place; two busy cores
  await blockTiles(page);
  await openFinder(page, '?type=centre');
  const operatingOnly = await count(page);
  await expect(page.locator('#place-list li[data-id]:not([hidden])[data-status]:not([data-status="operating"])')).toHaveCount(0);
  const note = page.locator('[data-left-out="inactive"]');
  await expect(note).toBeVisible();
  const hidden = Number(/另有 (\d+) 家暂停或关闭的机构/.exec((await note.textContent()) ?? '')?.[1]);
  expect(hidden).toBeGreaterThan(0);
  await note.getByLabel('也显示暂停或关闭的').check();
  await expect(page).toHaveURL(/inactive=1/);
  await expect(page.locator('[data-count]')).toHaveText(`找到 ${operatingOnly + hidden} 处`);
  await expect(page.locator('#place-list li[data-status="suspended"]:not([hidden])').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('也显示暂停或关闭的')).toBeChecked();
  await page.goBack();
  await expect(page.locator('[data-count]')).toHaveText(`找到 ${operatingOnly} 处`);
});

test('journey 1: "nearest usable nursing room open now" leaves out a staff-only room, which appears only when asked for', async ({ page, context }) => {
  test.setTimeout(90_000); // /places/ lists every place; two busy cores
  await blockTiles(page);
  await page.clock.setFixedTime(WEDNESDAY_10AM);
  // Stand at a staff-only room that is open now: it would be the nearest of all.
  const staffRoom = (await openDataPlaces(page)).find((f) => f.properties.kind === 'room' && f.properties.access === 'staff-only' && f.properties.status === 'operating' && /^Mo-(Fr|Su) 0[78]:/.test(f.properties.hours));
  if (!staffRoom) throw new Error('the sample data should hold an open staff-only room');
  const [longitude, latitude] = staffRoom.geometry.coordinates;
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ longitude, latitude });
  await openFinder(page);
  // Tap 1: the quick button. The page scrolls to the count, the map centres on her with the radius drawn.
  await page.getByRole('button', { name: '附近现在开放的母婴室' }).click();
  await expect(page).toHaveURL(/type=room.*open=1.*near=me.*km=3/);
  const sorted = page.locator('[data-sorted] li[data-id]:not([hidden])');
  await expect(sorted.first()).toBeVisible();
  await expect(page.locator('[data-count]')).toBeInViewport();
  await expect(page.locator('.leaflet-overlay-pane path')).toHaveCount(2); // her position and the radius drawn
  await expect(sorted.first().locator('[data-state]')).toContainText('现在开放');
  await expect(page.locator(`[data-sorted] li[data-id="${staffRoom.properties.id}"]:not([hidden])`)).toHaveCount(0);
  for (const text of await sorted.locator('.place-card-facts').allTextContents()) expect(text).not.toContain('仅限本单位');
  // The nearest is also in the bar at the bottom of the screen.
  await expect(page.locator('[data-bar-nearest]')).toBeInViewport();
  await expect(page.locator('[data-bar-nearest]')).toContainText(/^最近 [\d.]+ (米|公里)：示例·/);
  // Asked for, it comes first (she is standing at it), labelled.
  const note = page.locator('[data-left-out="staff"]');
  await expect(note).toContainText(/另有 \d+ 间仅限本单位职工使用的母婴室/);
  await note.getByLabel('也显示仅限本单位的母婴室').check();
  await expect(page).toHaveURL(/staff=1/);
  await expect(sorted.first()).toHaveAttribute('data-id', staffRoom.properties.id);
  await expect(sorted.first().locator('.place-card-facts')).toContainText('仅限本单位职工');
});

test('journey 2: a 普惠 centre within 3 km for a 14-month-old, compared with another, fits 390 px', async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 }); // the mother's phone, on either project
  test.setTimeout(90_000); // /places/ lists every place; two busy cores
  await blockTiles(page);
  await page.clock.setFixedTime(WEDNESDAY_10AM);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(XIANGSHAN_CENTRE);
  await openFinder(page);
  await page.getByRole('button', { name: '附近 3 公里的普惠托育' }).click();
  await expect(page.getByLabel('孩子月龄（个月）')).toBeFocused();
  await page.keyboard.type('14');
  await expect(page).toHaveURL(/type=centre.*age=14.*puhui=1.*near=me.*km=3/);
  const sorted = page.locator('[data-sorted] li[data-id]:not([hidden])');
  await expect(sorted.first().locator('[data-state]')).toContainText('距离');
  // Every card answers the question: 普惠, a fee range, the ages taken, vacancies, distance; none is suspended.
  for (const li of (await sorted.all()).slice(0, 3)) {
    await expect(li.locator('.place-card-facts')).toHaveText(/^普惠 · \d+(–\d+)?元\/月 · 收\d+–\d+个月 · (空位 \d+ 个|暂无空位)$/);
    await expect(li).toHaveAttribute('data-status', 'operating');
  }
  // The result count is on the first screen (the bar), whatever the filters take.
  await expect(page.locator('[data-bar-results]')).toBeInViewport();
  await expect(page.locator('[data-bar-results]')).toHaveText(new RegExp(`^${await count(page)} 个结果 · 查看$`));

  const add = sorted.getByRole('button', { name: '加入对比' });
  await add.nth(0).click();
  await expect(add.nth(0)).toHaveText('已加入对比');
  await expect(add.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-compare-status]')).toHaveText('已加入对比，共 1 家。');
  await add.nth(1).click();
  const tray = page.getByRole('link', { name: '对比 2 家' });
  await expect(tray).toBeInViewport();
  await tray.click();
  await expect(page).toHaveURL(/\/places\/compare\/\?near=me/);
  const table = page.locator('table');
  await expect(table.locator('thead th')).toHaveCount(2);
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('运营状态');
  await expect(table.getByRole('row', { name: /距离/ })).toContainText(/\d+(\.\d)? (米|公里)/);
  // Fits a 390 px screen: neither the page nor the table scrolls sideways with two centres.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = page.locator('[data-table]');
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  for (const large of [false, true]) {
    await page.evaluate((on) => localStorage.setItem('yuertong.largeText', on ? '1' : '0'), large);
    await page.reload();
    await expect(table.locator('thead th')).toHaveCount(2);
    await expectNoSeriousAxeViolations(page, `/places/compare/${large ? ' in 长辈模式' : ''}`);
  }
});

test('a suspended centre in the comparison is highlighted in words', async ({ page }) => {
  test.setTimeout(90_000); // /places/ lists every place; two busy cores
  await blockTiles(page);
  await openFinder(page, '?type=centre&inactive=1');
  await page.locator('#place-list li[data-status="suspended"]').first().getByRole('button', { name: '加入对比' }).click();
  await page.locator('[data-compare-tray]').click();
  await expect(page.locator('td.compare-status-bad')).toHaveText('⚠ 暂停服务：现在不能入托');
});

test('the changed views pass axe with the switches and the bar showing, normal and 长辈模式', async ({ page, context }) => {
  test.setTimeout(180_000);
  // Open now depends on the clock: a Wednesday morning, when staff-only rooms nearby are open.
  await page.clock.setFixedTime(WEDNESDAY_10AM);
  await blockTiles(page);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(XIANGSHAN_CENTRE);
  const centres = await openDataPlaces(page);
  const suspended = centres.find((f) => f.properties.kind === 'centre' && f.properties.status === 'suspended');
  const closedRoom = centres.find((f) => f.properties.kind === 'room' && f.properties.status !== 'operating');
  for (const large of [false, true]) {
    await page.addInitScript((on) => localStorage.setItem('yuertong.largeText', on ? '1' : '0'), large);
    await openFinder(page, '?type=room&open=1&near=me&km=3');
    await expect(page.locator('[data-left-out="staff"]')).toBeVisible();
    await expect(page.locator('[data-bar-nearest]')).toBeVisible();
    await expectNoSeriousAxeViolations(page, `/places/ near me${large ? ' in 长辈模式' : ''}`);
    for (const f of [suspended, closedRoom]) {
      await page.goto(`/places/${f?.properties.id ?? ''}/`);
      await expect(page.locator('.yt-notice--danger')).toBeVisible();
      await expectNoSeriousAxeViolations(page, `/places/${f?.properties.id ?? ''}/${large ? ' in 长辈模式' : ''}`);
    }
  }
});
