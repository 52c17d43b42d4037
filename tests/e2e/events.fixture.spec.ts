import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoSeriousAxeViolations, failOnConsoleErrors } from './support';
import { fixtureBaseURL } from '../support/ports';

// Against the fixture site, whose sample events are generated around 2026-12-01 (a Tuesday).
test.use({ baseURL: fixtureBaseURL });

const TUESDAY_MORNING = new Date('2026-12-01T07:00:00+08:00');

async function openEvents(page: Page, query = '', at = TUESDAY_MORNING) {
  await page.clock.setFixedTime(at);
  await page.goto(`/events/${query}`);
}

const visibleItems = (page: Page, group: string) => page.locator(`[data-group="${group}"] li[data-event]:not([hidden])`);

test('the list is grouped against the device clock, and past events move to the archive', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await openEvents(page);
  const later = visibleItems(page, 'later').first();
  const href = await later.locator('a').getAttribute('href');
  const end = await later.getAttribute('data-end');
  const weekly = await later.getAttribute('data-weekly');
  expect(href).toBeTruthy();
  // A week after that event's (last) end, it is no longer upcoming but in the archive.
  const after = new Date(Date.parse(end ?? '') + (Number(weekly ?? 1) * 7 + 1) * 86_400_000);
  await openEvents(page, '', after);
  await expect(page.locator(`[data-group="later"] li:not([hidden]) a[href="${href}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-group="past"] a[href="${href}"]`)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('an event happening now is marked live under 今天', async ({ page }) => {
  await openEvents(page);
  const any = page.locator('li[data-event]').first();
  const start = (await any.getAttribute('data-start')) ?? '';
  await openEvents(page, '', new Date(Date.parse(start) + 10 * 60_000));
  const item = page.locator(`li[data-event][data-start="${start}"]`).first();
  await expect(item.locator('[data-live]')).toBeVisible();
  await expect(page.locator('[data-group="today"]')).toContainText((await item.locator('h3').textContent()) ?? '');
});

test('a grandmother in 烈山区 filters by district and 1–2 岁; the filter survives reload and back', async ({ page }) => {
  await openEvents(page);
  await page.getByLabel('区县').selectOption('lieshan');
  await expect(page).toHaveURL(/district=lieshan/);
  await page.getByLabel('孩子年龄').selectOption('1-2y');
  await expect(page).toHaveURL(/district=lieshan.*band=1-2y|band=1-2y.*district=lieshan/);
  const check = async () => {
    // The list is final once the script has written the count.
    await expect(page.locator('[data-count]')).toHaveText(/共 \d+ 个活动/);
    const items = page.locator('[data-group]:not([data-group="past"]) li[data-event]:not([hidden])');
    const n = await items.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await expect(items.nth(i)).toHaveAttribute('data-district', 'lieshan');
      await expect(items.nth(i)).toHaveAttribute('data-bands', /1-2y/);
    }
    await expect(page.locator('[data-count]')).toHaveText(`共 ${n} 个活动`);
  };
  await check();
  await page.reload();
  await check();
  await expect(page.getByLabel('区县')).toHaveValue('lieshan');
  await page.goBack();
  await expect(page).toHaveURL(/district=lieshan/);
  await expect(page).not.toHaveURL(/band=/);
});

test('a cancelled event is clearly marked in the list and on its page, with the reason', async ({ page }) => {
  await openEvents(page);
  const cancelled = page.locator('li[data-event][data-status="cancelled"]').first();
  await expect(cancelled.locator('[data-status-label]')).toHaveText('已取消');
  await cancelled.locator('a').click();
  await expect(page.locator('[data-event-status="cancelled"]')).toContainText('已取消：');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('text-decoration-line', 'line-through');
});

test('each event page offers a calendar file that an independent parser reads', async ({ page, request }) => {
  await openEvents(page);
  await page.locator('li[data-event] a').first().click();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(jsonLd['@type']).toBe('Event');
  expect(String(jsonLd['eventStatus'])).toMatch(/^https:\/\/schema\.org\/Event/);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '加入手机日历' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('\r\n');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  expect(vevent?.getFirstPropertyValue('summary')).toContain(jsonLd['name'] as string);
  expect(vevent?.getFirstPropertyValue('url')).toBe(jsonLd['url']);
  // The whole feed parses too, with one VEVENT per event.
  const feed = new ICAL.Component(ICAL.parse(await (await request.get('/events.ics')).text()));
  expect(feed.getAllSubcomponents('vevent').length).toBe(40);
  const district = new ICAL.Component(ICAL.parse(await (await request.get('/events/district/lieshan.ics')).text()));
  expect(district.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
});

test('the events page passes axe with filters shown', async ({ page }) => {
  await openEvents(page, '?district=lieshan');
  await expectNoSeriousAxeViolations(page, '/events/?district=lieshan');
});
