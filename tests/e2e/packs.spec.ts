import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { packChecksum } from '../../src/lib/packs/checksum.ts';
import { expectNoSeriousAxeViolations, failOnConsoleErrors, totalLayoutShift, watchLayoutShiftsOnSlowNetwork } from './support';

// Resource packs against the shipped build: curated pages, the builder, custom links, QR codes.

/** Screenshots the QR code element as Chromium renders it and decodes the raster with jsQR. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const box = page.locator(selector).first();
  await expect(box.locator('svg')).toBeVisible();
  const { data, info } = await sharp(await box.screenshot()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}

test('the packs list links to six curated packs and the builder', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/packs/');
  await expect(page.locator('.pack-list > li')).toHaveCount(6);
  for (const title of ['新生儿家访包', '辅食添加包', '安全睡眠包', '隔代照护包', '产后恢复与心理支持包', '入托准备包']) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '资源包' })).toHaveAttribute('aria-current', 'page');
  await expectNoSeriousAxeViolations(page, '/packs/');
  expect(errors).toEqual([]);
});

test('a curated pack shows its guides, checklist and a scannable QR code of its own link', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/packs/complementary-food/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('辅食添加包');
  await expect(page.locator('.pack-guides > li')).toHaveCount(5);
  await expect(page.locator('.pack-guides > li').first()).toContainText('满6个月加辅食');
  await expect(page.locator('.pack-checklist li').first()).toContainText('富含铁');
  expect(await decodeQr(page, '[data-qr]')).toBe('https://yuertong.example/packs/complementary-food/');
  await expect(page.locator('[data-link]')).toHaveValue('https://yuertong.example/packs/complementary-food/');
  await expectNoSeriousAxeViolations(page, '/packs/complementary-food/');
  expect(errors).toEqual([]);
});

test('a pack, its printed booklet (cover and every guide) and a custom pack and booklet say 待专业审核, with 资料核对日期, never 最后审核', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/packs/newborn-home-visit/');
  // Every guide of the pack (the newborn pack has 10 since the formula-feeding guides) says it.
  const guides = await page.locator('.pack-guides > li').count();
  expect(guides).toBe(10);
  await expect(page.locator('.pack-guides > li [data-review="awaiting"]')).toHaveCount(guides);
  await expect(page.locator('.pack-guides > li [data-review="awaiting"]').first()).toHaveText('待专业审核');

  await page.goto('/packs/newborn-home-visit/print/');
  await expect(page.locator('.booklet-cover [data-cover-review="awaiting"]')).toContainText('待专业审核');
  await expect(page.locator('.print-guide')).toHaveCount(guides);
  for (const review of await page.locator('.print-guide__review').all()) {
    await expect(review).toContainText('资料核对日期');
    await expect(review.locator('[data-review="awaiting"]')).toHaveText('待专业审核');
  }
  await expect(page.locator('body')).not.toContainText('最后审核');
  await expect(page.locator('body')).not.toContainText('下次审核');

  const body = '1.b01a08.';
  await page.goto(`/packs/custom/?p=${body}.${packChecksum(body)}`);
  await expect(page.locator('[data-guides] [data-review="awaiting"]')).toHaveText(['待专业审核', '待专业审核']);
  await page.goto(`/packs/custom/print/?p=${body}.${packChecksum(body)}`);
  await expect(page.locator('yt-custom-print')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.booklet-cover [data-cover-review="awaiting"]')).toContainText('待专业审核');
  await expect(page.locator('.print-guide__review')).toHaveCount(2);
  for (const review of await page.locator('.print-guide__review').all()) {
    await expect(review).toContainText('资料核对日期');
    await expect(review.locator('[data-review="awaiting"]')).toHaveText('待专业审核');
  }
  await expect(page.locator('body')).not.toContainText('最后审核');
  expect(errors).toEqual([]);
});

test('a worker builds a pack for a 7-month-old; a fresh browser opens the same guides in the same order', async ({ page, browser, baseURL }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/packs/new/');
  await page.getByLabel('年龄段').selectOption('6-12m');
  await page.getByRole('button', { name: '加入：满6个月加辅食，从哪儿开始' }).click();
  await page.getByRole('button', { name: '加入：加辅食后，怎样防噎呛' }).click();
  await page.getByLabel('搜索标题或内容').fill('噎住');
  await page.getByLabel('年龄段').selectOption('');
  await page.getByRole('button', { name: '加入：1岁以下宝宝噎住了，怎么急救' }).click();
  // Move the first-aid guide up to second place.
  await page.getByRole('button', { name: '上移：1岁以下宝宝噎住了，怎么急救' }).click();
  await page.getByLabel('资源包名称').fill('7个月宝宝家访');
  await page.getByLabel('姓名').fill('王医生');
  await page.getByLabel('电话').fill('0561-3012345');
  await page.getByLabel('单位').fill('相山区某社区卫生服务中心');
  const expected = ['满6个月加辅食，从哪儿开始', '1岁以下宝宝噎住了，怎么急救', '加辅食后，怎样防噎呛'];
  await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText(expected);

  const link = await page.locator('[data-link]').inputValue();
  expect(link).toMatch(/\/packs\/custom\/\?p=1\./);
  await expect.poll(() => decodeQr(page, '[data-qr]')).toBe(link);
  await expectNoSeriousAxeViolations(page, '/packs/new/');
  expect(errors).toEqual([]);

  // The parent's phone: a new context with nothing stored.
  const parent = await browser.newContext();
  const phone = await parent.newPage();
  const phoneErrors = failOnConsoleErrors(phone);
  await phone.goto(new URL(new URL(link).pathname + new URL(link).search, baseURL).href);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('7个月宝宝家访');
  await expect(phone.locator('[data-custom-label]')).toHaveText('由分享者自定义，非官方');
  await expect(phone.locator('[data-guides] h3')).toHaveText(expected);
  await expect(phone.locator('[data-field="phone"]')).toHaveText('0561-3012345');
  await expectNoSeriousAxeViolations(phone, '/packs/custom/');
  expect(phoneErrors).toEqual([]);
  await parent.close();
});

test('a pack link is copied, shared through the phone’s share sheet, or selected for copying by hand', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  // The share sheet exists on phones, not in headless Chromium: stand in for it and record the call.
  await page.addInitScript(() => {
    const w = window as unknown as { shared: ShareData[] };
    w.shared = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void w.shared.push(data) });
  });
  await page.goto('/packs/safe-sleep/');
  const link = await page.locator('#pack-link').inputValue();
  expect(link).toMatch(/\/packs\/safe-sleep\/$/);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('yt-pack-share [data-status]')).toHaveText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.getByRole('button', { name: '分享…' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([{ title: '安全睡眠包', url: link }]);
  // When the clipboard refuses, the link is selected and the page says how to copy it by hand.
  await page.evaluate(() => Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new Error('denied')) }));
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('yt-pack-share [data-status]')).toHaveText('没能自动复制，请长按链接复制');
  expect(await page.evaluate(() => { const input = document.querySelector<HTMLInputElement>('#pack-link'); return input ? input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) : ''; })).toBe(link);
});

test('damaged, tampered and unknown links give a clear notice, never a crash', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/packs/new/');
  await page.getByRole('button', { name: '加入：满6个月加辅食，从哪儿开始' }).click();
  const link = new URL(await page.locator('[data-link]').inputValue());
  const param = link.searchParams.get('p') ?? '';

  await page.goto(`/packs/custom/?p=${param.slice(0, -3)}`);
  await expect(page.locator('[data-notices]')).toContainText('不完整或被改动');
  await expect(page.locator('[data-pack]')).toBeHidden();
  await page.goto('/packs/custom/?p=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.locator('[data-notices]')).toContainText('格式不对');
  await page.goto('/packs/custom/');
  await expect(page.locator('[data-notices]')).toContainText('没有资源包');
  // A guide that is not (or no longer) on the site is skipped with a notice.
  const body = '1.b01z99.';
  await page.goto(`/packs/custom/?p=${body}.${packChecksum(body)}`);
  await expect(page.locator('[data-notices]')).toContainText('有 1 篇指导已经下线或不存在');
  await expect(page.locator('[data-guides] h3')).toHaveText(['满6个月加辅食，从哪儿开始']);
  expect(errors).toEqual([]);
});

test.describe('without the guide index (offline, never saved on this device)', () => {
  // The worker is blocked so the test, not a cached copy, decides whether /packs/guides.json arrives.
  test.use({ serviceWorkers: 'block' });

  test('the builder and the booklet say so, and a custom pack keeps its title, sharer and link', async ({ page }) => {
    await page.goto('/packs/new/');
    await page.getByRole('button', { name: '加入：满6个月加辅食，从哪儿开始' }).click();
    await page.getByLabel('资源包名称').fill('七个月宝宝');
    await page.getByLabel('姓名').fill('李护士');
    const link = await page.locator('[data-link]').inputValue();
    const param = new URL(link).searchParams.get('p') ?? '';
    let asked = 0;
    await page.route('**/packs/guides.json?*', (route) => {
      asked++;
      return route.abort('internetdisconnected');
    });

    await page.goto(`/packs/custom/?p=${param}`);
    await expect(page.locator('[data-notices]')).toContainText('指导列表没能打开');
    await expect(page.locator('[data-loading]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('七个月宝宝');
    await expect(page.locator('[data-field="name"]')).toHaveText('李护士');
    await expect(page.locator('[data-link]')).toHaveValue(link);
    await expect(page.locator('[data-guides]')).toBeHidden();
    await expect(page.locator('yt-pack-offline')).toHaveCount(0);

    await page.goto(`/packs/custom/print/?p=${param}`);
    await expect(page.locator('[data-notices]')).toContainText('指导列表没能打开');
    await expect(page.locator('[data-loading]')).toHaveCount(0);

    // The builder keeps the draft it has: it is not started (and its draft not overwritten) without the list.
    await page.goto('/packs/new/');
    await expect(page.locator('[data-index-failed]')).toContainText('指导列表没能打开');
    expect(await page.evaluate(() => localStorage.getItem('yuertong.packs.builder-draft'))).toContain('七个月宝宝');
    expect(asked).toBe(3);
    await page.unroute('**/packs/guides.json?*');
    await page.reload();
    await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText(['满6个月加辅食，从哪儿开始']);
    await expect(page.getByLabel('资源包名称')).toHaveValue('七个月宝宝');
  });
});

test('markup in every sharer field shows as text in the pack, the print page and the QR caption', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const title = '<img src=x onerror=alert(1)>';
  const name = '<b onclick=alert(1)>';
  const organisation = '<script>alert(1)</script>';
  await page.goto('/packs/new/');
  await page.getByRole('button', { name: '加入：满6个月加辅食，从哪儿开始' }).click();
  await page.getByLabel('资源包名称').fill(title);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('单位').fill(organisation);
  // A phone number that is not one is refused in the builder.
  await page.getByLabel('电话').fill('<svg onload=alert(1)>');
  await expect(page.locator('[data-error]')).toContainText('电话只能有数字');
  await page.getByLabel('电话').fill('13800000000');
  await expect(page.locator('[data-qr-caption]')).toHaveText(`扫码打开：${title}`);
  const link = new URL(await page.locator('[data-link]').inputValue());

  await page.goto(link.pathname + link.search);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('[data-field="name"]')).toHaveText(name);
  await expect(page.locator('[data-field="organisation"]')).toHaveText(organisation);
  await expect(page.locator('[data-qr-caption]')).toHaveText(`扫码打开：${title}`);
  await expect(page.locator('main img, main b, main script:not([src]):not([type])')).toHaveCount(0);

  await page.goto(`/packs/custom/print/${link.search}`);
  await expect(page.locator('[data-cover-title]')).toHaveText(title);
  await expect(page.locator('[data-cover="name"]')).toHaveText(name);
  await expect(page.locator('[data-cover="organisation"]')).toHaveText(organisation);
  await expect(page.locator('[data-cover="phone"]')).toHaveText('13800000000');
  await expect(page.locator('.booklet-cover img, .booklet-cover b, .booklet-cover script')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('save for offline: with the network off the pack, its booklet and every guide open; removing it works', async ({ page, context }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/packs/newborn-home-visit/');
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
  const guides = await page.locator('.pack-guides a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })));
  expect(guides).toHaveLength(10);
  await page.getByRole('button', { name: '保存，离线可看' }).click();
  await expect(page.locator('yt-pack-offline [data-status]')).toContainText('已保存在这台手机上');
  // A custom pack too: saved from its page, opened from its link offline.
  const custom = `/packs/custom/?p=${encodeURIComponentSafe('1.b01a08.')}`;
  await page.goto(custom);
  await page.getByRole('button', { name: '保存，离线可看' }).click();
  await expect(page.locator('yt-pack-offline [data-status]')).toContainText('已保存在这台手机上');

  await context.setOffline(true);
  await page.goto('/packs/newborn-home-visit/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新生儿家访包');
  await expect(page.locator('[data-offline]')).toBeVisible();
  for (const g of guides) {
    await page.goto(g.href);
    await expect(page.getByRole('heading', { level: 1 }), g.href).toHaveText(g.title);
  }
  await page.goto('/packs/newborn-home-visit/print/');
  await expect(page.locator('.print-guide')).toHaveCount(10);
  await page.goto(custom);
  await expect(page.locator('[data-guides] h3')).toHaveText(['满6个月加辅食，从哪儿开始', '1岁以下宝宝噎住了，怎么急救']);
  await expect(page.locator('yt-pack-offline [data-status]')).toContainText('已保存在这台手机上');
  // A pack nobody saved is not there offline: the test can fail.
  await page.goto('/packs/safe-sleep/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');

  // Removing the saved pack takes it off the device.
  await page.goto('/packs/newborn-home-visit/');
  await page.getByRole('button', { name: '从手机上删除' }).click();
  await expect(page.locator('yt-pack-offline [data-status]')).toContainText('已从这台手机上删除');
  await page.goto('/packs/newborn-home-visit/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await context.setOffline(false);
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
});

/**
 * A pattern for text extracted from Chromium's PDF: the CJK font's ToUnicode map gives some
 * characters as Kangxi or supplementary radicals (儿 → ⼉, 食 → ⻝), so each character may also be one
 * of those (text is compared after NFKC, which folds the Kangxi block back).
 */
function loose(text: string): RegExp {
  const chars = [...text.normalize('NFKC')].map((c) => `(?:${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|[\u2e80-\u2eff])`);
  return new RegExp(chars.join(''));
}

/** A custom pack parameter with its checksum (as the builder makes it). */
function encodeURIComponentSafe(body: string): string {
  return `${body}.${packChecksum(body)}`;
}

test('a saved pack takes the site’s current pages when it is opened online', async ({ page }) => {
  await page.goto('/packs/safe-sleep/');
  await page.getByRole('button', { name: '保存，离线可看' }).click();
  await expect(page.locator('yt-pack-offline [data-status]')).toContainText('已保存在这台手机上');
  // Stand in for a copy saved from an older version of the site.
  await page.evaluate(async () => (await caches.open('packs')).put('/packs/safe-sleep/', new Response('<h1>旧版本</h1>', { headers: { 'content-type': 'text/html' } })));
  await page.reload();
  await expect.poll(async () => page.evaluate(async () => (await (await caches.open('packs')).match('/packs/safe-sleep/'))?.text()), { timeout: 15_000 }).toContain('安全睡眠包');
});

test('the A5 booklet prints to a PDF with the cover, the worker’s phone, the contents and every guide', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one PDF is enough');
  await page.goto('/packs/complementary-food/print/');
  await page.getByLabel('姓名').fill('王医生');
  await page.getByLabel('电话').fill('0561-3012345');
  await page.getByLabel('单位').fill('相山区社区卫生服务中心');
  await expect(page.locator('[data-cover="phone"]')).toHaveText('0561-3012345');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-controls')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '').normalize('NFKC'));
  }
  const [width, height] = (await doc.getPage(1)).view.slice(2);
  // A5 is 148 × 210 mm = 419.5 × 595.3 pt.
  expect(Math.round(width ?? 0)).toBe(420);
  expect(Math.round(height ?? 0)).toBe(595);
  expect(doc.numPages).toBeGreaterThan(6);
  expect(pages[0]).toMatch(loose('辅食添加包'));
  expect(pages[0]).toMatch(loose('王医生'));
  expect(pages[0]).toContain('0561-3012345');
  expect(pages[0]).toMatch(loose('待专业审核'));
  expect(pages[1]).toMatch(loose('目录'));
  const all = pages.join('');
  for (const title of ['满6个月加辅食，从哪儿开始', '喂饭不追不逼：顺应喂养怎么做', '加辅食后，怎样防噎呛', '1岁以下宝宝噎住了，怎么急救', '长第一颗牙了，怎么刷牙']) {
    // Each guide starts a page of its own (after that page's number from the @page margin box).
    expect(pages.some((p, i) => i > 1 && new RegExp(`^[0-9]*${loose(title).source}`).test(p)), title).toBe(true);
  }
  expect(all).toMatch(loose('参考来源'));
  expect(all).toMatch(loose('资料核对日期'));
  expect(all).not.toMatch(loose('最后审核'));
  expect(all).not.toMatch(loose('打印设置'));
  await doc.cleanup();
});

test('the booklet prints on A4 when A4 is chosen', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one PDF is enough');
  await page.goto('/packs/safe-sleep/print/');
  await page.getByLabel('A4').check();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const [width, height] = (await doc.getPage(1)).view.slice(2);
  // A4 is 210 × 297 mm = 595.3 × 841.9 pt; cover, contents and three guides make at least five pages.
  expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([595, 842]);
  expect(doc.numPages).toBeGreaterThanOrEqual(5);
  await doc.cleanup();
});

test('the builder is drawn in place: nothing on screen moves while it loads', async ({ page }) => {
  await watchLayoutShiftsOnSlowNetwork(page);
  await page.goto('/packs/new/');
  await expect(page.getByRole('button', { name: /^加入：/ }).first()).toBeVisible();
  // The island's loading line was one line tall: the footer rose into view and was pushed out (CLS 0.27 at 1280 × 900).
  expect(await totalLayoutShift(page)).toBeLessThan(0.01);
});

test.describe('the builder keeps a half-made pack on this device', () => {
  const first = '满6个月加辅食，从哪儿开始';
  const second = '加辅食后，怎样防噎呛';
  const third = '1岁以下宝宝噎住了，怎么急救';

  test('a reload brings back the same guides in the same order, the title and the filters; 清空 starts again', async ({ page }) => {
    const errors = failOnConsoleErrors(page);
    await page.goto('/packs/new/');
    await page.getByLabel('年龄段').selectOption('6-12m');
    for (const title of [first, second, third]) await page.getByRole('button', { name: `加入：${title}` }).click();
    await page.getByRole('button', { name: `上移：${third}` }).click();
    await page.getByLabel('资源包名称').fill('7个月宝宝家访');
    // A phone number half typed (not yet valid) is kept too.
    await page.getByLabel('电话').fill('0561-abc');
    await page.getByLabel('搜索标题或内容').fill('辅食');
    const order = [first, third, second];
    await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText(order);

    await page.reload();
    await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText(order);
    await expect(page.getByLabel('资源包名称')).toHaveValue('7个月宝宝家访');
    await expect(page.getByLabel('电话')).toHaveValue('0561-abc');
    await expect(page.getByLabel('年龄段')).toHaveValue('6-12m');
    await expect(page.getByLabel('搜索标题或内容')).toHaveValue('辅食');
    await expect(page.locator('[data-notices]')).toContainText('已恢复上次没做完的资源包');

    // A fresh start asks first, then empties the pack and the draft.
    await page.getByRole('button', { name: '清空，重新开始' }).click();
    await expect(page.getByRole('button', { name: '不清空' })).toBeFocused();
    await page.getByRole('button', { name: '确定清空' }).click();
    await expect(page.locator('[data-picked] li')).toHaveCount(0);
    await expect(page.getByLabel('资源包名称')).toHaveValue('');
    await expect(page.getByLabel('搜索标题或内容')).toBeFocused();
    await page.reload();
    await expect(page.getByRole('button', { name: `加入：${first}` })).toBeEnabled();
    await expect(page.locator('[data-picked] li')).toHaveCount(0);
    await expect(page.locator('[data-notices]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a broken draft in storage gives a calm notice and a working builder', async ({ page }) => {
    const errors = failOnConsoleErrors(page);
    for (const broken of ['{"v":1,"guideIds":"not a list"', '{"v":99}', '[1,2,3]']) {
      await page.goto('/packs/new/');
      // Once the builder has started (it writes or clears its own draft then), a broken one is planted.
      await expect(page.getByLabel('搜索标题或内容')).toBeEnabled();
      await page.evaluate((text) => localStorage.setItem('yuertong.packs.builder-draft', text), broken);
      await page.reload();
      await expect(page.locator('[data-notices]'), broken).toContainText('上次没做完的资源包没能恢复');
      await page.getByRole('button', { name: `加入：${first}` }).click();
      await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText([first]);
      // The draft is written afresh, so the next load restores it without a notice about a broken one.
      await page.reload();
      await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText([first]);
      await expect(page.locator('[data-notices]')).not.toContainText('没能恢复');
      await page.evaluate(() => localStorage.clear());
    }
    expect(errors).toEqual([]);
  });

  test('focus stays on the control used to add, move and remove', async ({ page }) => {
    await page.goto('/packs/new/');
    await page.getByLabel('年龄段').selectOption('6-12m');
    const add = page.getByRole('button', { name: `加入：${first}` });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `已加入：${first}` })).toBeFocused();
    for (const title of [second, third]) await page.getByRole('button', { name: `加入：${title}` }).click();

    // Moved to the top, 上移 keeps focus though it can go no further.
    await page.getByRole('button', { name: `上移：${third}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `上移：${third}` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText([third, first, second]);
    await expect(page.getByRole('button', { name: `上移：${third}` })).toBeFocused();
    await page.getByRole('button', { name: `下移：${first}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-picked] .builder-picked__title')).toHaveText([third, second, first]);
    await expect(page.getByRole('button', { name: `下移：${first}` })).toBeFocused();

    // Removing moves focus to the 移除 of the guide that takes its place, then the one before, then the heading.
    await page.getByRole('button', { name: `移除：${third}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `移除：${second}` })).toBeFocused();
    await page.getByRole('button', { name: `移除：${first}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `移除：${second}` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /已选的指导（0\/20）/ })).toBeFocused();
  });
});
