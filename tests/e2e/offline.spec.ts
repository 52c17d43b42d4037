import { expect, test, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packChecksum } from '../../src/lib/packs/checksum.ts';

// The installable, offline-first app, against the shipped build.

test('the service worker installs, then home, a band hub, an unopened guide, filtered places and events work offline', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Wait for the precache to finish: the worker activates only after it has saved everything.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null || !!navigator.serviceWorker.ready), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
  await context.setOffline(true);
  for (const [path, text] of [
    ['/', '宝宝多大了'],
    ['/ages/6-12m/', '6–12个月'],
    ['/guides/newborn-jaundice/', '黄疸'],
    ['/places/?district=lieshan&type=room', '托育机构、母婴室'],
    ['/events/?district=lieshan&band=1-2y', '家长课堂和亲子活动'],
    ['/search/?q=辅食', '搜索'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('main'), path).toContainText(text);
  }
  await expect(page.locator('[data-offline]')).toBeVisible();
  // The finder's data comes from the precache: filters are live and the list is filtered, not all places.
  await page.goto('/places/?district=lieshan&type=room');
  await expect(page.getByLabel('区县')).toBeEnabled();
  await expect(page.getByLabel('区县')).toHaveValue('lieshan');
  await expect(page.locator('[data-count]')).toHaveText(/找到 \d+ 处/);
  const shown = page.locator('#place-list li[data-id]:not([hidden])');
  expect(await shown.count()).toBeGreaterThan(0);
  for (const id of await shown.evaluateAll((items) => items.map((li) => li.getAttribute('data-id')))) expect(id).toMatch(/^room-lieshan-/);
  await page.goto('/search/?q=辅食');
  // Offline search over the saved content index.
  await expect(page.locator('section[data-kind="guide"] a').first()).toContainText('辅食');
  // Offline suggestions in the header box, from the same saved index.
  await page.goto('/ages/6-12m/');
  await page.locator('#header-search-q').fill('黄疸');
  await expect(page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').first()).toContainText('黄疸');
  // Offline, links to pages that are not saved are marked; saved ones are not.
  await page.goto('/places/');
  await expect(page.locator('.place-list a').first().locator('.yt-needs-network')).toHaveText('（需联网）');
  await page.goto('/ages/6-12m/');
  await expect(page.locator('.guide-list a').first()).toBeVisible();
  await expect(page.locator('.guide-list a .yt-needs-network')).toHaveCount(0);
  await page.goto('/places/centre-duji-001/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await context.setOffline(false);
});

test('after the site is installed, a custom pack link opens offline with its guides (page and guide index precached)', async ({ page, context }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
  // A link never opened on this device: b01 and a08, no sharer fields (the format of tests/e2e/packs.spec.ts).
  const body = '1.b01a08.';
  await context.setOffline(true);
  await page.goto(`/packs/custom/?p=${body}.${packChecksum(body)}`);
  await expect(page.locator('[data-guides] h3')).toHaveCount(2);
  await expect(page.locator('[data-notices]')).toBeHidden();
  await expect(page.locator('[data-offline]')).toBeVisible();
  await context.setOffline(false);
});

test('after the site is installed, a health worker makes a pack offline (builder page, React runtime and guide index precached)', async ({ page, context }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
  await context.setOffline(true);
  await page.goto('/packs/new/');
  await page.getByLabel('年龄段').selectOption('6-12m');
  await page.getByRole('button', { name: '加入：满6个月加辅食，从哪儿开始', exact: true }).click();
  await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText(['满6个月加辅食，从哪儿开始']);
  await expect(page.locator('[data-link]')).toHaveValue(/\/packs\/custom\/\?p=1\./);
  await context.setOffline(false);
});

test('Chromium finds the app installable', async ({ baseURL }) => {
  // Installability is reported as "in-incognito" in an ordinary context: use a persistent one.
  const dir = mkdtempSync(join(tmpdir(), 'yuertong-profile-'));
  const { executablePath, args } = test.info().project.use.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(dir, { headless: true, ...(executablePath ? { executablePath } : {}), ...(args ? { args } : {}) });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json()) as { lang: string; icons: { sizes: string }[] };
    expect(manifest.lang).toBe('zh-CN');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
