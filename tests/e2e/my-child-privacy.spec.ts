import { expect, test } from '@playwright/test';

// Privacy, proven: while profiles are created and used, no request (URL, headers or body) — from the page or the
// service worker — carries the birth date in any form, the nickname, a measurement or checklist state; no cookies.

const NOW = new Date('2026-03-15T10:00:00+08:00');
const BIRTH = { y: 2025, m: 8, d: 10 };
const NICKNAME = '小满满';
const WEIGHT = '7.43';
const LENGTH = '66.7';
const HEAD = '42.9';

function forbiddenForms(): string[] {
  const { y, m, d } = BIRTH;
  const pad = (n: number) => String(n).padStart(2, '0');
  const utcMidnight = Date.UTC(y, m - 1, d);
  const shanghaiMidnight = utcMidnight - 8 * 3_600_000;
  return [
    `${y}-${pad(m)}-${pad(d)}`,
    `${y}${pad(m)}${pad(d)}`,
    `${y}/${m}/${d}`,
    `${y}/${pad(m)}/${pad(d)}`,
    `${y}.${pad(m)}.${pad(d)}`,
    `${y}年${m}月${d}日`,
    `${y}年${pad(m)}月${pad(d)}日`,
    String(utcMidnight),
    String(utcMidnight / 1000),
    String(shanghaiMidnight),
    String(shanghaiMidnight / 1000),
    NICKNAME,
    WEIGHT,
    LENGTH,
    HEAD,
    '9m-looks-at-name',
    '9m-sits-alone',
    'mmr:1',
    'givenDoses',
    'parentConfirmedDoses',
    'vaccineChoices',
    'milestones',
  ];
}

/** Every way a string might travel: as is, URL-encoded, and Base64. */
function encodings(value: string): string[] {
  const b64 = Buffer.from(value, 'utf8').toString('base64').replace(/=+$/, '');
  return [value, encodeURIComponent(value), encodeURI(value), b64];
}

test('no request carries the birth date, nickname, measurements or checklist state, and there are no cookies', async ({ page, context }) => {
  const seen: { url: string; headers: string; body: string }[] = [];
  context.on('request', (r) => {
    seen.push({ url: r.url(), headers: JSON.stringify(r.headers()), body: r.postData() ?? '' });
  });
  await page.clock.setFixedTime(NOW);
  page.on('dialog', (d) => void d.accept());

  await page.goto('/my-child/');
  const form = page.locator('form.child-form');
  await form.getByLabel('小名（可以不填）').fill(NICKNAME);
  await form.getByLabel('出生日期').fill('2025-08-10');
  await form.getByLabel('出生时的孕周（可以不填）').fill('35');
  await form.getByLabel('性别（画生长曲线时需要）').selectOption('girl');
  await form.getByLabel('住在哪个区县（用来推荐附近的门诊，可以不填）').selectOption('lieshan');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('#child-summary-heading')).toContainText(NICKNAME);

  await page.getByLabel('叫他的名字，他会看你').check();
  await page.getByLabel('不用扶，能自己坐着').check();
  await page.locator('[data-dose="hepb:1"] input[type="checkbox"]').first().check();
  await page.locator('[data-dose="mmr:1"] input[type="checkbox"]').first().check();
  const growth = page.locator('.child-growth');
  await growth.getByLabel('测量日期').fill('2026-03-01');
  await growth.getByLabel('体重（千克）').fill(WEIGHT);
  await growth.getByLabel('身长/身高（厘米）').fill(LENGTH);
  await growth.getByLabel('头围（厘米）').fill(HEAD);
  await growth.getByRole('button', { name: '保存这次测量' }).click();
  await expect(growth.locator('svg[role="img"] circle')).toHaveCount(1);
  await page.locator('[data-calendar]').click();
  await page.getByRole('button', { name: '导出到文件' }).click();

  // A second child, a pregnancy, then the pages that read the profile.
  await page.getByRole('button', { name: '再添加一个孩子' }).click();
  await page.getByLabel('还在孕期').check();
  await page.getByLabel('预产期').fill('2026-06-01');
  await page.getByRole('button', { name: '保存' }).click();
  await page.goto('/');
  await expect(page.locator('#child-home')).toBeVisible();
  await page.goto('/ages/6-12m/');
  await page.goto('/my-child/');
  await page.locator('#child-select').selectOption({ label: NICKNAME });
  await page.goto('/search/?q=疫苗');
  await page.goto('/my-child/');
  await expect(page.locator('#child-summary-heading')).toContainText(NICKNAME);
  await page.waitForLoadState('networkidle');

  // The test can fail: the profile really is stored, in the forms we look for.
  const stored = (await page.evaluate(() => localStorage.getItem('yuertong.children'))) ?? '';
  expect(stored).toContain('2025-08-10');
  expect(stored).toContain(NICKNAME);

  expect(seen.length).toBeGreaterThan(5);
  const leaks = seen.flatMap((r) =>
    forbiddenForms()
      .flatMap(encodings)
      .filter((f) => r.url.includes(f) || r.headers.includes(f) || r.body.includes(f))
      .map((f) => `${r.url} carries “${f}”`),
  );
  expect(leaks).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
