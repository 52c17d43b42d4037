import { expect, test } from '@playwright/test';
import { BAND_IDS, failOnConsoleErrors, firstGuidePath } from './support';

test('home offers every age band', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/');
  await expect(page).toHaveTitle('育儿通');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  for (const band of BAND_IDS) await expect(page.locator(`main a[href="/ages/${band}/"]`)).toBeVisible();
  await expect(page.getByRole('note')).toContainText('示例数据');
  expect(errors).toEqual([]);
});

for (const band of BAND_IDS) {
  test(`band page ${band} shows guides, schedule and sources`, async ({ page }) => {
    const errors = failOnConsoleErrors(page);
    await page.goto(`/ages/${band}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.guide-list li').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: '参考来源' })).toBeVisible();
    if (band === 'pregnancy') {
      await expect(page.getByRole('heading', { name: '孕产期检查' })).toBeVisible();
    } else {
      await expect(page.getByRole('heading', { name: '这个阶段的预防接种' })).toBeVisible();
      await expect(page.getByRole('heading', { name: '需要带孩子去看医生的信号' })).toBeVisible();
      await expect(page.getByRole('heading', { name: '发育里程碑' })).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
}

test('0–6 months lists the birth doses and the 2025 DTaP schedule from the data', async ({ page }) => {
  await page.goto('/ages/0-6m/');
  const dtap = page.locator('tr[data-series="dtap"]');
  await expect(dtap.first()).toContainText('2月龄');
  await expect(page.locator('tr[data-series="hepb"]').first()).toContainText('出生时');
  await expect(page.getByText('请向接种门诊确认').first()).toBeVisible();
});

test('a guide shows its sources, review dates and honest review status', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto(await firstGuidePath(page));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.review-info')).toContainText('资料核对日期');
  await expect(page.locator('.review-info')).toContainText('下次核对');
  await expect(page.locator('.review-info [data-review="awaiting"]')).toContainText('待专业审核');
  await expect(page.locator('main')).not.toContainText('最后审核');
  await expect(page.locator('.source-list li').first()).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\/.+\/guides\/.+\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /育儿通$/);
  expect(errors).toEqual([]);
});

test('guides index is browsable by band and topic', async ({ page }) => {
  await page.goto('/guides/');
  for (const band of BAND_IDS) await expect(page.locator(`#band-${band}`)).toBeVisible();
  await expect(page.locator('a[href^="#topic-"]').first()).toBeVisible();
});

test('guide pages read with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(await firstGuidePath(page));
  await expect(page.locator('.guide-body')).toBeVisible();
  await expect(page.locator('.guide-body')).not.toBeEmpty();
  await context.close();
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
});

test('a sitemap lists the band pages', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const band of BAND_IDS) expect(sitemap).toContain(`/ages/${band}/`);
});

test('myth cards: at least 15 on /myths/, each with belief, evidence, what to do and sources; shown on band pages', async ({ page }) => {
  await page.goto('/myths/');
  const cards = page.locator('article.myth');
  expect(await cards.count()).toBeGreaterThanOrEqual(15);
  const first = cards.first();
  await expect(first).toContainText('老观念');
  await expect(first).toContainText('现在的建议（依据：');
  await expect(first).not.toContainText('科学证据');
  await expect(first).toContainText('这样做');
  await expect(first.locator('.myth__sources')).not.toBeEmpty();
  await page.goto('/ages/0-6m/');
  await expect(page.getByRole('heading', { name: '老观念，新做法' })).toBeVisible();
  expect(await page.locator('article.myth').count()).toBeGreaterThan(0);
});

test('band pages show the national warning-sign table: four signs for every age, 3 months to 6 years', async ({ page }) => {
  const ages: Record<string, number[]> = { '0-6m': [3, 6], '6-12m': [8, 12], '1-2y': [18, 24], '2-3y': [30, 36], '3-6y': [48, 60, 72] };
  for (const [band, months] of Object.entries(ages)) {
    await page.goto(`/ages/${band}/`);
    await expect(page.locator('.warning-signs')).toContainText('出现下面任何一条，请带孩子到儿童保健门诊做发育评估');
    for (const m of months) await expect(page.locator(`.warning-signs [data-warning-age="${m}"] li`), `${band} ${m}`).toHaveCount(4);
  }
  await expect(page.locator('[data-warning-age="72"] h3')).toHaveText('6岁时');
  await page.goto('/ages/2-3y/');
  await expect(page.locator('[data-warning-age="30"]')).toContainText('兴趣单一、刻板');
  await expect(page.locator('[data-warning-age="30"]')).toContainText('不会示意大小便');
});

test('guides take warning signs and red flags from data', async ({ page }) => {
  const main = page.locator('main');
  await page.goto('/guides/talking-in-sentences/');
  await expect(main).toContainText('孩子30个月时，出现下面任何一条，请带孩子到儿童保健门诊做发育评估：');
  await expect(main.getByRole('listitem').filter({ hasText: '兴趣单一、刻板' })).toHaveCount(1);
  await expect(main).not.toContainText('{{');
  await page.goto('/guides/toddler-fever-when-to-see-doctor/');
  await expect(main.getByRole('listitem').filter({ hasText: '3岁以下的孩子，发热持续2天或以上。' })).toHaveCount(1);
  await expect(main).toContainText('立即拨打120：');
  await expect(main).toContainText('24小时内不超过4次');
  await expect(main).not.toContainText('{{');
});

test('vaccine ages in guides come from the schedule data', async ({ page }) => {
  await page.goto('/guides/vaccinations-and-checkups-on-time/');
  await expect(page.getByText('麻腮风疫苗第1剂在8月龄')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('{{');
});

test('review labels are honest on the home page and band hubs; the correction log is linked from the footer and from each corrected guide', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.goto('/');
  await expect(page.locator('main')).toContainText('资料核对日期');
  await expect(page.locator('main')).toContainText('待专业审核');
  await expect(page.locator('main')).not.toContainText('审核日期');
  await page.goto('/ages/6-12m/');
  const items = page.locator('.guide-list > li');
  await expect(items.first()).toBeVisible();
  await expect(items.locator('[data-review="awaiting"]')).toHaveCount(await items.count());

  await page.getByRole('contentinfo').getByRole('link', { name: '内容更正记录' }).click();
  await expect(page).toHaveURL(/\/about\/corrections\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('内容更正记录');
  const drowning = page.locator('article[id="2026-12-03-drowning-first-aid"]');
  for (const term of ['改了什么', '为什么改', '依据', '涉及的指导']) await expect(drowning.locator('dt', { hasText: term })).toBeVisible();
  await expect(drowning.getByRole('link', { name: '1到4岁，要特别防溺水' })).toHaveAttribute('href', '/guides/drowning-and-water-safety/');
  // 依据 links to the source list at the foot of the page.
  const basis = drowning.locator('dd a[href^="#source-"]').first();
  await expect(page.locator(`${(await basis.getAttribute('href')) ?? ''}`)).toBeVisible();

  await page.goto('/guides/drowning-and-water-safety/');
  const notice = page.locator('[data-corrections]');
  await expect(notice).toContainText('本文有更正记录');
  await notice.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/about\/corrections\/#2026-12-03-drowning-first-aid$/);
  await expect(page.locator('article[id="2026-12-03-drowning-first-aid"]')).toBeInViewport();
  // A guide no entry names has no such line.
  await page.goto('/guides/first-teeth-and-brushing/');
  await expect(page.locator('[data-corrections]')).toHaveCount(0);
  // Search engines find the log too.
  expect(await (await page.request.get('/sitemap-0.xml')).text()).toContain('/about/corrections/</loc>');
  expect(errors).toEqual([]);
});

test('a band page starts with this stage: highlights from the guides, one tap to the vaccine table, myth cards folded away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ages/6-12m/');
  const highlights = page.locator('.band-highlights');
  await expect(highlights.getByRole('heading', { name: '本阶段重点' })).toBeVisible();
  await expect(highlights.locator('dt')).toContainText(['吃什么', '怎么睡', '玩什么', '发育', '打针和体检']);
  // The guide list begins within 8 screens of the top.
  const guidesTop = await page.locator('#guides-heading').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(guidesTop).toBeLessThan(8 * 844);
  // One tap from the contents reaches the vaccine table.
  await page.getByRole('navigation', { name: '本页内容' }).getByRole('link', { name: '这个阶段的预防接种' }).click();
  await expect(page).toHaveURL(/#vaccines-heading$/);
  await expect(page.locator('#vaccines-heading')).toBeInViewport();
  // Myth cards are there, folded: opening the list shows them.
  const myths = page.locator('details.band-myths');
  await expect(myths.locator('article.myth').first()).toBeHidden();
  await myths.locator('summary').click();
  await expect(myths.locator('article.myth').first()).toBeVisible();
});
