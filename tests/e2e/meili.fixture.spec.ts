import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Meilisearch } from 'meilisearch';
import { syncToMeili } from '../../scripts/lib/meili-sync';
import { EMBEDDED_INDEXES } from '../../src/lib/search/embedded-backend';
import { toIndexUid, type MeiliDocument } from '../../src/lib/search/meili/meili-documents';
import { startMeiliDouble } from '../support/meili-double';
import { fixtureBaseURL, fixtureSiteDir, meiliDoublePort } from '../support/ports';

// The fixture site is built with PUBLIC_MEILI_HOST pointing at the double (tests/support/build-fixture-site.ts).
test.use({ baseURL: fixtureBaseURL });

test('a site built for Meilisearch searches the server, and when it is down answers from the device and says so', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'one double on one port: desktop only');
  const double = await startMeiliDouble({ port: meiliDoublePort });
  let running = true;
  try {
    const indexes = EMBEDDED_INDEXES.map(({ name }) => ({ uid: toIndexUid('fixture', name), docs: JSON.parse(readFileSync(`${fixtureSiteDir}/search/documents/${name}.json`, 'utf8')) as MeiliDocument[] }));
    await syncToMeili(new Meilisearch({ host: double.url, apiKey: double.adminKey }), indexes);
    await page.goto('/');
    const box = page.locator('#header-search-q');
    await box.fill('母乳');
    const listbox = page.getByRole('listbox', { name: '搜索建议' });
    await expect(listbox.getByRole('option').first()).toContainText('纯母乳喂养怎么做');
    expect(double.requests.filter((r) => r.path === '/multi-search').length).toBeGreaterThan(0);
    await expect(page.locator('yt-search-box [data-live]').first()).not.toContainText('搜索服务器暂时连不上');

    // The server goes away: the same search answers from the indexes on the device, quietly noted.
    await double.close();
    running = false;
    await box.fill('');
    await box.fill('母乳喂养');
    await expect(listbox.getByRole('option').first()).toContainText('纯母乳喂养怎么做');
    await expect(page.locator('yt-search-box [data-live]').first()).toContainText('搜索服务器暂时连不上');
    await page.goto('/search/?q=母乳');
    await expect(page.locator('[data-status]')).toContainText('搜索服务器暂时连不上，机构和母婴室只搜索了手机上保存的本市数据');
    await expect(page.locator('section[data-kind="guide"] a').first()).toContainText('母乳');
  } finally {
    if (running) await double.close();
  }
});
