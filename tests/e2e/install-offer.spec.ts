import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, failOnConsoleErrors } from './support';

// Install and offline, explained before they are needed, at 360 px.
test.use({ viewport: { width: 360, height: 780 } });

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const ANDROID_WECHAT =
  'Mozilla/5.0 (Linux; Android 14; V2307A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220099 MMWEBSDK/20240404 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

const offer = (page: Page) => page.getByRole('complementary', { name: '安装到手机' });

/**
 * Fires a stand-in for Chromium's `beforeinstallprompt` (its constructor is not exposed to pages)
 * whose prompt() records that it was called. Resolves to whether the page kept it (preventDefault).
 */
async function offerInstall(page: Page): Promise<boolean> {
  await page.waitForFunction(() => customElements.get('yt-install-offer') !== undefined);
  return page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void> };
    event.prompt = async () => {
      (window as unknown as { prompted: number }).prompted = ((window as unknown as { prompted?: number }).prompted ?? 0) + 1;
    };
    dispatchEvent(event);
    return event.defaultPrevented;
  });
}

test('the install offer appears when the browser offers to install, opens its sheet, and once closed stays closed', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/');
  await page.waitForFunction(() => customElements.get('yt-install-offer') !== undefined);
  // Nothing to offer yet in a desktop Chromium that has not fired the event.
  await expect(offer(page)).toBeHidden();
  expect(await offerInstall(page)).toBe(true);
  await expect(offer(page)).toBeVisible();
  await expect(offer(page)).toContainText('没有网络也能看');
  await offer(page).getByRole('button', { name: '安装到手机' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);

  // Offered again (the reader said no to the sheet), then closed with 不用了: remembered across pages.
  expect(await offerInstall(page)).toBe(true);
  await offer(page).getByRole('button', { name: '不用了，不再提示安装' }).click();
  await expect(offer(page).getByRole('button', { name: '安装到手机' })).toBeHidden();
  await page.goto('/guides/');
  // Closed means the browser's own offer is left alone, and ours does not come back.
  expect(await offerInstall(page)).toBe(false);
  await expect(offer(page).getByRole('button', { name: '安装到手机' })).toBeHidden();
  expect(errors).toEqual([]);
});

test.describe('on iPhone Safari', () => {
  test.use({ userAgent: IPHONE_SAFARI });
  test('the visitor is told how to add the site to the home screen', async ({ page }) => {
    await page.goto('/');
    await expect(offer(page)).toBeVisible();
    await expect(offer(page)).toContainText('添加到主屏幕');
    await expect(offer(page)).toContainText('分享');
    await expect(offer(page).getByRole('button', { name: '安装到手机' })).toBeHidden();
  });
});

test.describe('in WeChat’s built-in browser', () => {
  test.use({ userAgent: ANDROID_WECHAT });
  test('the visitor is told to open the page in the system browser to install or save a calendar file', async ({ page }) => {
    await page.goto('/events/');
    await expect(offer(page)).toBeVisible();
    await expect(offer(page)).toContainText('在浏览器打开');
    await expect(offer(page)).toContainText('日历文件');
    await expect(offer(page).getByRole('button', { name: '安装到手机' })).toBeHidden();
  });
});

test('once the service worker is active, the page says how many guides are saved for offline use', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 60_000 }).toBe('activated');
  const saved = offer(page).getByRole('status');
  await expect(saved).toHaveText(/^已保存 \d+ 篇育儿指导，没网也能看。$/, { timeout: 30_000 });
  const count = Number((await saved.textContent())?.match(/\d+/)?.[0]);
  // As many as the worker precached (the build test holds at least 60).
  const precached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('workbox-precache'));
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    return new Set(urls.filter((u) => /^\/guides\/[^/]+\/index\.html$/.test(u))).size;
  });
  expect(count).toBe(precached);
  expect(count).toBeGreaterThanOrEqual(60);
});

for (const large of [false, true]) {
  test(`axe: the install offer and saved line${large ? ' in 长辈模式' : ''}`, async ({ page }) => {
    test.setTimeout(120_000);
    if (large) await page.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
    await page.goto('/');
    await offerInstall(page);
    await expect(offer(page)).toBeVisible();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 60_000 }).toBe('activated');
    await expect(offer(page).getByRole('status')).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousAxeViolations(page, `install offer${large ? ' (长辈模式)' : ''}`);
  });
}
