import { expect, test } from '@playwright/test';
import { blockTiles, expectNoSeriousAxeViolations, failOnConsoleErrors } from './support';
import { fixtureBaseURL } from '../support/ports';

// Against the site built from tests/fixtures (see playwright.config.ts).
test.use({ baseURL: fixtureBaseURL });

test('a hostile place name renders as text, never as markup', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const path of ['/places/centre-fixture-real/', '/places/room-fixture-xss/', '/places/room-fixture-xss/sign/', '/places/']) {
    await page.goto(path);
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
  }
  await page.goto('/places/centre-fixture-real/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)>托育园');
  await expect(page.getByText('<script>alert(2)</script>', { exact: false })).toBeVisible();
  await page.goto('/places/room-fixture-xss/');
  await expect(page.getByText('电梯左转"><b>粗</b>')).toBeVisible();
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('a place page carries JSON-LD that parses, with the right type per kind', async ({ page }) => {
  const cases = [
    ['/places/centre-fixture-real/', 'ChildCare'],
    ['/places/room-fixture-xss/', 'CivicStructure'],
    ['/places/clinic-fixture/', 'MedicalClinic'],
  ] as const;
  for (const [path, type] of cases) {
    await page.goto(path);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '') as Record<string, unknown>;
    expect(data['@type'], path).toBe(type);
    expect(data['geo']).toMatchObject({ '@type': 'GeoCoordinates' });
    expect((data['openingHoursSpecification'] as unknown[]).length).toBeGreaterThan(0);
  }
  await page.goto('/places/centre-fixture-real/');
  const real = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<string, unknown>;
  expect(real['name']).toBe('<img src=x onerror=alert(1)>托育园');
  expect(real['telephone']).toBe('0561-2000000');
});

test('a sample place says 示例数据 and offers no tel: link; a real one can be called', async ({ page }) => {
  await page.goto('/places/centre-fixture-sample/');
  await expect(page.locator('[data-sample-place]')).toContainText('示例数据');
  await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
  await expect(page.locator('[data-sample-phone]')).toContainText('示例号码');
  await page.goto('/places/centre-fixture-real/');
  await expect(page.locator('[data-sample-place]')).toHaveCount(0);
  await expect(page.locator('a[href^="tel:"]')).toHaveAttribute('href', 'tel:+865612000000');
});

test('a suspended centre says so at the top; directions open each map app in its coordinates', async ({ page }) => {
  await page.goto('/places/centre-fixture-real/');
  await expect(page.locator('[data-status="suspended"]')).toContainText('暂停服务');
  const links = page.locator('.directions a');
  await expect(links).toHaveCount(5);
  await expect(links.filter({ hasText: '高德地图' })).toHaveAttribute('href', /uri\.amap\.com\/marker\?position=116\.80\d+,33\.95\d+/);
  await expect(links.filter({ hasText: '其他地图应用' })).toHaveAttribute('href', /^geo:33\.956000,116\.798000/);
  await expect(page.getByRole('link', { name: /报告问题/ })).toHaveAttribute('href', /centre-fixture-real/);
});

test('open data: GeoJSON is RFC 7946 and the CSV is Excel-safe', async ({ request }) => {
  const geojson = (await (await request.get('/data/places.geojson')).json()) as { type: string; features: { geometry: { coordinates: number[] } }[] };
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features).toHaveLength(4);
  expect(geojson.features[0]?.geometry.coordinates[0]).toBeGreaterThan(116);
  const csv = await (await request.get('/data/places.csv')).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFid,kind,name/);
  expect(csv).toContain('<img src=x onerror=alert(1)>托育园');
});

test('place pages pass axe', async ({ page }) => {
  // Four pages of axe on two shared cores (as accessibility.spec.ts allows per page).
  test.setTimeout(120_000);
  for (const path of ['/places/', '/places/centre-fixture-real/', '/places/room-fixture-xss/', '/places/clinic-fixture/']) {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page, path);
  }
});

test('a hostile name shows as text in the finder list, the marker label and the map popup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await blockTiles(page);
  // The hostile centre is suspended: shown only with the switch on.
  await page.goto('/places/?q=%3Cimg&inactive=1');
  await expect(page.locator('[data-count]')).toHaveText('找到 2 处');
  const item = page.locator('li[data-id="room-fixture-xss"]');
  await expect(item.locator('a')).toHaveText('<img src=x onerror=alert(1)>母婴室');
  await item.getByRole('button', { name: '在地图上看' }).click();
  const popup = page.locator('.leaflet-popup-content');
  await expect(popup).toContainText('<img src=x onerror=alert(1)>母婴室');
  await expect(page.locator('.leaflet-marker-icon[title^="<img src=x"]')).toHaveCount(1);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

// Issue 16, hours: strings beyond the old regular expression (`8:00`, a space after a comma, `Sa,Su off`,
// `PH off`, a comment) are shown in Chinese on the page and read by the finder, never left raw or "unknown".
test('hours in any accepted syntax display in Chinese and drive open now', async ({ page }) => {
  await page.goto('/places/centre-fixture-sample/');
  await expect(page.locator('.place-facts')).toContainText('周一至周五 08:00–12:00、14:00–17:00；周六、周日休息');
  await page.goto('/places/clinic-fixture/');
  await expect(page.locator('.place-facts')).toContainText('周六 08:00–11:30（仅限预约）');

  const state = (id: string) => page.locator(`li[data-id="${id}"] [data-state]`);
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+08:00')); // a Monday
  await page.goto('/places/');
  await expect(state('centre-fixture-sample')).toHaveText('现在开放，到 12:00');
  await expect(state('clinic-fixture')).toHaveText('现在开放，到 11:30');
  await page.clock.setFixedTime(new Date('2026-12-05T09:00:00+08:00')); // a Saturday
  await page.goto('/places/');
  await expect(state('centre-fixture-sample')).toHaveText('现在不开放');
  await expect(state('clinic-fixture')).toHaveText('现在是否开放不确定（仅限预约）');
  await page.clock.setFixedTime(new Date('2026-10-01T10:00:00+08:00')); // 国庆节, PH off
  await page.goto('/places/');
  await expect(state('centre-fixture-sample')).toHaveText('现在不开放（今天是国庆节假期）');
});
