import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoSeriousAxeViolations, failOnConsoleErrors, totalLayoutShift, watchLayoutShiftsOnSlowNetwork } from './support';

// The on-device child timeline, against the built site, with the clock fixed: 15 March 2026, 10:00 in Huaibei.
const NOW = new Date('2026-03-15T10:00:00+08:00');
const BIRTH = '2025-08-10'; // 7 months 5 days old on NOW; born in 2025, so DTaP follows the 2025 schedule

async function addChild(page: Page, { nickname, date, expecting = false, sex }: { nickname: string; date: string; expecting?: boolean; sex?: 'boy' | 'girl' }) {
  const form = page.locator('form.child-form');
  await expect(form).toBeVisible();
  if (expecting) await form.getByLabel('还在孕期').check();
  await form.getByLabel('小名（可以不填）').fill(nickname);
  await form.getByLabel(expecting ? '预产期' : '出生日期').fill(date);
  if (sex) await form.getByLabel('性别（画生长曲线时需要）').selectOption(sex);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('#child-summary-heading')).toContainText(nickname);
}

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
}

test('a parent creates a profile for a 7-month-old: band, MMR due at 8 months, milestones kept after reload and offline, export/delete/import, calendar', async ({ page, context }) => {
  const errors = failOnConsoleErrors(page);
  await page.clock.setFixedTime(NOW);
  page.on('dialog', (d) => void d.accept());
  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH, sex: 'girl' });

  await expect(page.locator('[data-age]')).toHaveText('7个月5天');
  await expect(page.locator('[data-band="6-12m"]')).toContainText('6–12个月');
  // Issue #17: before the first-use question is answered, nothing is overdue — past doses wait for the answer.
  await expect(page.locator('[data-vaccine-question]')).toContainText('到今天为止该打的疫苗，都打了吗？');
  await expect(page.locator('[data-group="overdue"]')).toHaveCount(0);
  await expect(page.locator('[data-group="unanswered"] [data-dose="bcg:1"]')).toHaveAttribute('data-status', 'unanswered');
  await page.getByRole('button', { name: '有没打的，我来逐个勾选' }).click();
  await expect(page.locator('[data-vaccine-question]')).toHaveCount(0);

  // MMR dose 1 at 8 months: upcoming, with its date, among the next vaccines.
  const mmr = page.locator('.child-next [data-dose="mmr:1"]');
  await expect(mmr).toHaveAttribute('data-status', 'upcoming');
  await expect(mmr).toContainText('麻腮风疫苗 第1剂');
  await expect(mmr).toContainText('2026年4月10日起可以接种');
  await expect(mmr).toContainText('即将到来');
  await expect(mmr).toContainText('最迟在2026年8月10日之前完成');
  // DTaP dose 3 at 6 months under the 2025 schedule (2/4/6 months); its deadline is known only as 按原程序.
  await expect(page.locator('[data-group="due"] [data-dose="dtap:3"]')).toContainText('2026年2月10日');
  await expect(page.locator('[data-group="due"] [data-dose="dtap:3"]')).toContainText('最迟完成时间：按原程序');
  // BCG must be done before 3 months: past that deadline and not ticked, it is overdue.
  await expect(page.locator('[data-group="overdue"] [data-dose="bcg:1"]')).toContainText('最迟在2025年11月10日之前完成');
  // JE alternatives are one dose with a choice (按接种门诊安排), not two doses due.
  const je = page.locator('[data-group="upcoming"] [data-dose="choice:je:1"]');
  await expect(je).toContainText('按接种门诊安排');
  await expect(je).toContainText('乙脑减毒活疫苗、乙脑灭活疫苗任选一种');
  await expect(page.locator('[data-dose="je-i:1"], [data-dose="je-l:1"]')).toHaveCount(0);
  // The 8-month check-up with its date.
  await expect(page.locator('[data-visit="m8"]')).toContainText('2026年4月10日');

  // Tick two milestones.
  await page.getByLabel('叫他的名字，他会看你').check();
  await page.getByLabel('不用扶，能自己坐着').check();
  await expect(page.locator('[data-progress]')).toHaveText('已勾选 2 / 12 项');
  // Warning signs: the national table's rule and all four signs of each age in the band (8 and 12 months).
  const warnings = page.locator('.child-warnings');
  await expect(warnings).toContainText('出现下面任何一条，请带孩子到儿童保健门诊做发育评估');
  await expect(warnings.locator('[data-warning-age="8"] li')).toHaveCount(4);
  await expect(warnings.locator('[data-warning-age="12"] li')).toHaveCount(4);
  await expect(warnings.locator('[data-warning-age="12"]')).toContainText('不会模仿“再见”或“欢迎”动作');
  // Warning signs point to a child-health clinic.
  await expect(page.locator('.child-warnings .child-clinics a').first()).toHaveAttribute('href', /^\/places\/clinic-/);

  await page.reload();
  await expect(page.getByLabel('叫他的名字，他会看你')).toBeChecked();
  await expect(page.getByLabel('不用扶，能自己坐着')).toBeChecked();

  // Offline: the page, its script and its data come from the service worker's precache.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel('叫他的名字，他会看你')).toBeChecked();
  await expect(page.getByLabel('不用扶，能自己坐着')).toBeChecked();
  await expect(page.locator('.child-next [data-dose="mmr:1"]')).toContainText('2026年4月10日');
  await context.setOffline(false);

  // The calendar file, generated on the device, is valid iCalendar with all-day events and reminders.
  const [calendarDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-calendar]').click()]);
  expect(calendarDownload.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await calendarDownload.path()) ?? '', 'utf8');
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const mmrEvent = vevents.find((v) => String(v.getFirstPropertyValue('summary')).includes('麻腮风疫苗 第1剂'));
  expect(mmrEvent?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-04-10');
  expect(mmrEvent?.getAllSubcomponents('valarm').length).toBeGreaterThan(0);
  expect(ics).not.toContain('20250810');

  // Export, delete everything, import: the same state comes back.
  const [exportDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出到文件' }).click()]);
  const exported = (await exportDownload.path()) ?? '';
  await page.getByRole('button', { name: '删除全部信息' }).click();
  await expect(page.locator('form.child-form')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('yuertong.children'))).toBeNull();
  await page.reload();
  await expect(page.locator('form.child-form')).toBeVisible();
  await page.locator('#child-import-file').setInputFiles(exported);
  await expect(page.locator('#child-summary-heading')).toContainText('小满');
  await expect(page.locator('[data-age]')).toHaveText('7个月5天');
  await expect(page.getByLabel('叫他的名字，他会看你')).toBeChecked();
  await expect(page.getByLabel('不用扶，能自己坐着')).toBeChecked();
  expect(errors).toEqual([]);
});

test('the home page opens on the child summary only when a profile exists, and loads no child code otherwise', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().includes('/my-child/')) scripts.push(r.url());
  });
  await page.goto('/');
  await expect(page.locator('#child-home')).toBeHidden();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => u.includes('home-summary') || u.includes('/my-child/'))).toEqual([]);

  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH });
  await page.goto('/');
  const summary = page.locator('#child-home');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('小满的时间表');
  await expect(summary).toContainText('7个月5天');
  await expect(summary).toContainText(/下一针：.*麻腮风疫苗 第1剂.*，2026年4月10日/);
  // Issue #17: before the first-use vaccine question is answered, the home page says nothing is late…
  await expect(summary).not.toContainText('最迟完成时间');
  // …and once the parent says some were missed, it counts the doses past their deadline.
  await page.goto('/my-child/');
  await page.getByRole('button', { name: '有没打的，我来逐个勾选' }).click();
  await page.goto('/');
  await expect(summary).toContainText(/有 \d+ 剂疫苗已过最迟完成时间/);
});

test('pregnancy: weeks pregnant, both prenatal schedules with dates, the emergencies and the 12356 line', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await addChild(page, { nickname: '二宝', date: '2026-06-01', expecting: true });
  await expect(page.locator('[data-pregnancy-weeks]')).toHaveText('怀孕28周6天');
  await expect(page.locator('[data-visit="w28-36"]')).toHaveAttribute('data-status', 'current');
  // Both schedules, each as what it is: the basic service's at least 5, the clinical guideline's 7 to 11 and key tests.
  await expect(page.locator('main')).toContainText('至少5次');
  await expect(page.locator('main')).toContainText('7到11次');
  await expect(page.locator('[data-visit="g-25-28"]')).toHaveAttribute('data-status', 'current');
  await expect(page.locator('[data-visit="ogtt"]')).toContainText('孕24–28周');
  await expect(page.locator('[data-visit="nt"]')).toHaveAttribute('data-status', 'past');
  await expect(page.getByRole('link', { name: '拨打 12356' })).toHaveAttribute('href', 'tel:12356');
  // Postpartum psychosis and thoughts of harm are emergencies: not a hotline matter.
  await expect(page.locator('.child-mood')).toContainText('今天就去医院急诊或精神科');
  await expect(page.locator('.child-mood')).toContainText('12356 不是急救电话');
});

test('corrupt storage is set aside with a notice, never a crash', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('yuertong.children', '{"version":2,"children":[{"id":"a","birthDate":"2025-02-30"}]}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/my-child/');
  await expect(page.locator('[data-unreadable]')).toContainText('读不出来');
  await expect(page.locator('form.child-form')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('yuertong.children.unreadable'))).toContain('2025-02-30');
  expect(await page.evaluate(() => localStorage.getItem('yuertong.children'))).toBeNull();
  // The home page ignores what it cannot read.
  await page.goto('/');
  await expect(page.locator('#child-home')).toBeHidden();
  expect(errors).toEqual([]);
});

test('an older stored format is migrated on first read', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('yuertong.children', JSON.stringify({ version: 1, child: { name: '豆豆', birth: '2025-08-10', checked: { '9m-peekaboo': true } } }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/my-child/');
  await expect(page.locator('#child-summary-heading')).toContainText('豆豆');
  await expect(page.getByLabel('跟他玩躲猫猫，他会笑')).toBeChecked();
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('yuertong.children'))) ?? '{}')).toMatchObject({ version: 3 });
});

test('a returning parent sees the timeline drawn in place: nothing on screen moves while its parts load', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await watchLayoutShiftsOnSlowNetwork(page);
  await page.addInitScript(() => {
    const growth = [
      { id: 'g1', date: '2025-12-01', weightKg: 7.1, lengthCm: 64 },
      { id: 'g2', date: '2026-03-01', weightKg: 8, lengthCm: 68 },
    ];
    localStorage.setItem('yuertong.children', JSON.stringify({ version: 2, children: [{ id: 'a', nickname: '豆豆', birthDate: '2025-08-10', sex: 'girl', milestones: [], givenDoses: [], growth }] }));
  });
  await page.goto('/my-child/');
  await expect(page.locator('.child-growth svg[role="img"] circle')).toHaveCount(2);
  await expect(page.locator('[data-where]').first()).toBeVisible();
  // The island's loading line, the growth section's own file and its tables used to move the footer and what follows (CLS 0.095).
  expect(await totalLayoutShift(page)).toBeLessThan(0.01);
});

test('growth records are drawn on the WS/T 423 chart with a table, in plain words, and WHO is an option', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH, sex: 'girl' });
  const growth = page.locator('.child-growth');
  await growth.getByLabel('测量日期').fill('2026-02-10');
  await growth.getByLabel('体重（千克）').fill('7.6');
  await growth.getByLabel('身长/身高（厘米）').fill('65.5');
  await growth.getByRole('button', { name: '保存这次测量' }).click();
  await expect(growth.locator('svg[role="img"] circle')).toHaveCount(1);
  await expect(growth.locator('svg[role="img"] path.line')).toHaveCount(7);
  await expect(growth.locator('[data-where]')).toContainText(/体重所处水平：在同龄孩子(的中间|里偏小一些|里偏大一些)（第 \d+ 到第 \d+ 百分位之间）/);
  // The P3 … P97 labels never overlap, on any indicator (the 身长 labels did, issue #17).
  for (const indicator of ['weight', 'length', 'head']) {
    await growth.getByLabel('指标').selectOption(indicator);
    const boxes = await growth.locator('svg[role="img"] text.line-label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect()).map((r) => ({ middle: r.top + r.height / 2, height: r.height })));
    expect(boxes, indicator).toHaveLength(7);
    const sorted = boxes.sort((a, b) => a.middle - b.middle);
    // A text box is about 1.2 em tall (ascent and descent); "P3" … "P97" are digits and capitals, about 0.75 em, so labels
    // whose middles are 0.75 box heights apart (0.9 em) do not touch.
    for (let i = 1; i < sorted.length; i += 1) expect((sorted[i]?.middle ?? 0) - (sorted[i - 1]?.middle ?? 0), `${indicator}: label ${i}`).toBeGreaterThanOrEqual(0.75 * (sorted[i]?.height ?? 0));
  }
  await growth.getByLabel('指标').selectOption('weight');
  await growth.getByLabel('对照标准').selectOption('who');
  await expect(growth.locator('[data-where]')).toContainText(/体重所处水平：.*第 \d+ 到第 \d+ 百分位之间/);
  // A much lower weight later is a fall across lines: flagged gently.
  await growth.getByLabel('对照标准').selectOption('chinese');
  await growth.getByLabel('测量日期').fill('2026-03-14');
  await growth.getByLabel('体重（千克）').fill('6.2');
  await growth.getByRole('button', { name: '保存这次测量' }).click();
  await expect(growth.locator('[data-growth-concern]').first()).toContainText('建议带孩子');
});

for (const largeText of [false, true]) {
  test(`the timeline and privacy page pass axe at 360 px${largeText ? ' in 长辈模式' : ''}`, async ({ page }) => {
    test.setTimeout(240_000); // four axe runs; each took 10–40 s on two busy cores
    await page.setViewportSize({ width: 360, height: 800 });
    await page.clock.setFixedTime(NOW);
    await page.goto('/my-child/');
    if (largeText) await page.getByRole('button', { name: '长辈模式' }).click();
    await expectNoSeriousAxeViolations(page, '/my-child/ (empty)');
    await addChild(page, { nickname: '小满', date: BIRTH, sex: 'girl' });
    await expectNoSeriousAxeViolations(page, '/my-child/ (timeline)');
    // Nothing overflows sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.goto('/privacy/');
    await expectNoSeriousAxeViolations(page, '/privacy/');
    await page.goto('/');
    await expectNoSeriousAxeViolations(page, '/ (with a child summary)');
  });
}

// Regressions of the page that rebuilt every element on each change (issue #17): typed input, focus and open sections
// survive any other action.
test('a weight typed but not saved survives ticking a dose; a dose ticked with Space keeps the focus; an open section stays open', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH, sex: 'girl' });
  await page.getByRole('button', { name: '有没打的，我来逐个勾选' }).click();
  const weight = page.locator('.child-growth').getByLabel('体重（千克）');
  await weight.fill('7.6');
  const pastVisits = page.locator('details[data-past-visits]');
  await pastVisits.locator('summary').click();
  await expect(pastVisits).toHaveAttribute('open', '');

  // The box ticked with Space keeps the focus, and its dose stays where the parent saw it, now marked 已接种.
  const dtap = page.locator('[data-group="due"] [data-dose="dtap:3"]');
  await dtap.locator('input[type="checkbox"]').focus();
  await page.keyboard.press('Space');
  await expect(dtap.locator('input[type="checkbox"]')).toBeChecked();
  await expect(dtap.locator('input[type="checkbox"]')).toBeFocused();
  await expect(dtap).toHaveAttribute('data-status', 'given');
  await expect(weight).toHaveValue('7.6');
  await expect(pastVisits).toHaveAttribute('open', '');

  // Opened again, the dose is in the 已接种 section; opened, it stays open while another dose is ticked.
  await page.reload();
  await weight.fill('7.6');
  const given = page.locator('details[data-group="given"]');
  await given.locator('summary').click();
  await expect(given).toHaveAttribute('open', '');
  const bcg = page.locator('[data-group="overdue"] [data-dose="bcg:1"] input[type="checkbox"]');
  await bcg.focus();
  await page.keyboard.press('Space');
  await expect(bcg).toBeChecked();
  await expect(bcg).toBeFocused();
  await expect(given).toHaveAttribute('open', '');
  await expect(weight).toHaveValue('7.6');
});

test('growth on a phone: an out-of-range weight is said next to its field and kept; the records fit 360 px with 删除 in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH, sex: 'girl' });
  const growth = page.locator('.child-growth');
  const weight = growth.getByLabel('体重（千克）');
  await growth.getByLabel('测量日期').fill('2026-02-10');
  await weight.fill('76');
  await growth.getByRole('button', { name: '保存这次测量' }).click();
  const problem = growth.locator('#growth-weight-problem');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('6个月大的女孩体重一般在');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(weight).toHaveAttribute('aria-describedby', 'growth-weight-problem');
  await expect(weight).toHaveValue('76');
  await expect(weight).toBeFocused();
  await expect(growth.locator('.child-growth-list > li')).toHaveCount(0);

  await weight.fill('7.6');
  await growth.getByLabel('身长/身高（厘米）').fill('65.5');
  await growth.getByLabel('头围（厘米）').fill('42.1');
  await growth.getByRole('button', { name: '保存这次测量' }).click();
  await expect(problem).toHaveCount(0);
  await growth.getByLabel('测量日期').fill('2026-03-14');
  await weight.fill('7.9');
  await growth.getByRole('button', { name: '保存这次测量' }).click();
  const records = growth.locator('.child-growth-list > li');
  await expect(records).toHaveCount(2);
  // Each indicator's level in words.
  for (const indicator of ['体重', '身长/身高', '头围']) await expect(records.first()).toContainText(`${indicator}所处水平：在同龄孩子`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const button of await records.getByRole('button', { name: /删除/ }).all()) {
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  }
});

test('after the calendar download, short instructions for iPhone, Android and WeChat', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH });
  await expect(page.locator('[data-calendar-how]')).toHaveCount(0);
  await Promise.all([page.waitForEvent('download'), page.locator('[data-calendar]').click()]);
  const how = page.locator('[data-calendar-how]');
  await expect(how.locator('[data-how="iphone"]')).toContainText('添加到日历');
  await expect(how.locator('[data-how="android"]')).toContainText('日历');
  await expect(how.locator('[data-how="wechat"]')).toContainText('在浏览器打开');
});

test('first use: after adding a 7-month-old nothing is called late; 是的，都按时打了 marks the doses due so far as given by the parent, each editable', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH, sex: 'girl' });
  const main = page.locator('main');
  await expect(page.locator('[data-vaccine-question]')).toContainText('到今天为止该打的疫苗，都打了吗？');
  await expect(main).not.toContainText('最迟完成时间、还没标记');
  await expect(page.locator('[data-status="overdue"]')).toHaveCount(0);
  await expect(page.locator('.child-next [data-status="due"], .child-next [data-status="overdue"]')).toHaveCount(0);
  await expect(page.locator('.child-next [data-dose="mmr:1"]')).toContainText('2026年4月10日');

  await page.getByRole('button', { name: '是的，都按时打了' }).click();
  await expect(page.locator('[data-vaccine-question]')).toHaveCount(0);
  await expect(page.locator('[data-status="unanswered"]')).toHaveCount(0);
  await expect(page.locator('[data-status="overdue"]')).toHaveCount(0);
  const given = page.locator('details[data-group="given"]');
  await given.locator('summary').click();
  const bcg = given.locator('[data-dose="bcg:1"]');
  await expect(bcg).toContainText('家长确认');
  await expect(bcg.locator('input[type="checkbox"]')).toBeChecked();
  // Editable: unticked, it is no longer given, and stays so after a reload.
  await bcg.locator('input[type="checkbox"]').uncheck();
  await expect(bcg).not.toHaveAttribute('data-status', 'given');
  await page.reload();
  await expect(page.locator('[data-dose="bcg:1"]').first()).not.toHaveAttribute('data-status', 'given');
  await expect(page.locator('[data-vaccine-question]')).toHaveCount(0);

  // 乙脑 is one dose with a choice; choosing what the clinic gave puts only that path on the plan.
  const je = page.locator('[data-group] [data-dose="choice:je:1"]');
  await expect(je).toHaveCount(1);
  await je.locator('[data-choose="je-l"]').click();
  await expect(page.locator('[data-dose="choice:je:1"]')).toHaveCount(0);
  await expect(page.locator('[data-group] [data-dose="je-l:1"]')).toHaveCount(1);
  await expect(page.locator('[data-dose="je-i:1"]')).toHaveCount(0);
  await expect(page.locator('#dose-je-l-1')).toBeFocused();
  // A wrong tap can be undone.
  await page.getByRole('button', { name: '选错了？改回“按接种门诊安排”' }).click();
  await expect(page.locator('[data-group] [data-dose="choice:je:1"]')).toHaveCount(1);
  await expect(page.locator('#choose-je-l-1')).toBeFocused();
});

test('a keyboard user reaches every control of the timeline with Tab, in order, and focus never falls to the page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(NOW);
  await page.goto('/my-child/');
  await addChild(page, { nickname: '小满', date: BIRTH, sex: 'girl' });
  await page.getByRole('button', { name: '有没打的，我来逐个勾选' }).click();
  // Open every folded section, so the controls inside count too.
  for (const summary of await page.locator('yt-child-app details:not([open]) > summary').all()) await summary.click();
  const controls = await page.locator('yt-child-app').evaluate((app) =>
    [...app.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
      .filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled && el.tabIndex >= 0)
      .map((el) => el.id || el.outerHTML.slice(0, 80)),
  );
  expect(controls.length).toBeGreaterThan(40);
  await page.locator('#child-summary-heading').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    h.focus();
  });
  const reached: string[] = [];
  // A date field takes several Tab stops (year, month, day): consecutive stops on one control count once.
  for (let i = 0; i < controls.length * 4; i += 1) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { inApp: false, key: 'body' };
      return { inApp: Boolean(el.closest('yt-child-app')), key: el.id || el.outerHTML.slice(0, 80) };
    });
    expect(here.key, 'focus fell to the page').not.toBe('body');
    if (!here.inApp) break;
    if (reached.at(-1) !== here.key) reached.push(here.key);
  }
  // Every control after the summary heading is reached (the ones before it belong to the form above).
  const after = controls.slice(controls.indexOf(reached[0] ?? ''));
  expect(reached).toEqual(after);
});
