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
    // Events going ahead are counted; those cancelled or postponed with no new time are named apart.
    const off = await page.locator('[data-group]:not([data-group="past"]) li[data-event][data-off]:not([hidden])').count();
    await expect(page.locator('[data-count]')).toHaveText(off > 0 ? `共 ${n - off} 个活动，另有 ${off} 个已取消或延期` : `共 ${n} 个活动`);
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
  expect(feed.getAllSubcomponents('vevent').length).toBe(43); // 40 samples and 3 fixture events
  const district = new ICAL.Component(ICAL.parse(await (await request.get('/events/district/lieshan.ics')).text()));
  expect(district.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
});

// ---- cancelled and postponed events (fixture events in tests/fixtures/content/valid/events/) -------

test('a cancelled event is labelled in words, muted, and listed after the events that go ahead', async ({ page }) => {
  await openEvents(page);
  await expect(page.locator('[data-count]')).toHaveText(/共 \d+ 个活动/);
  // Wednesday's cancelled session starts before everything else this week, yet comes last.
  const week = page.locator('[data-group="this-week"] li[data-event]:not([hidden])');
  const ids = await week.locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const cancelledAt = ids.indexOf('/events/fixture-cancelled/');
  expect(cancelledAt).toBeGreaterThan(0);
  const offFlags = await week.evaluateAll((items) => items.map((li) => li.hasAttribute('data-off')));
  expect(offFlags.slice(0, offFlags.indexOf(true))).not.toContain(true);
  expect(offFlags.slice(offFlags.indexOf(true))).not.toContain(false);
  const cancelled = week.nth(cancelledAt);
  await expect(cancelled.locator('[data-status-label]')).toHaveText('已取消');
  await expect(cancelled).toContainText('原定：12月2日周三 09:00–10:00');
  // Muted: a different background and a dashed border, not only a colour on the label.
  await expect(cancelled).toHaveCSS('border-top-style', 'dashed');
  await cancelled.locator('a').click();
  await expect(page.locator('[data-event-status="cancelled"]')).toContainText('已取消：主讲老师生病');
  await expect(page.getByRole('link', { name: '加入手机日历' })).toHaveCount(0);
  await expect(page.locator('[data-no-calendar]')).toHaveText('活动已取消，不能加入手机日历。');
});

test('a postponed event with a new time is listed, shown and offered to the calendar only at the new time', async ({ page, request }) => {
  await openEvents(page);
  const moved = page.locator('li[data-event]:has(a[href="/events/fixture-moved/"])');
  // Moved from this Thursday to next Thursday: listed under 以后, at the new time, the old one named.
  await expect(moved).toBeVisible();
  await expect(page.locator('[data-group="later"]').locator('a[href="/events/fixture-moved/"]')).toBeVisible();
  await expect(moved).toContainText('新时间：12月10日周四 15:00–16:30');
  await expect(moved).toContainText('原定：12月3日周四 15:00–16:30');
  await expect(moved.locator('[data-status-label]')).toHaveText('已延期');
  await moved.locator('h3 a').click();
  await expect(page.locator('[data-event-status="postponed"]')).toContainText('新时间：12月10日周四 15:00–16:30');
  // The one calendar link there is, and every feed, give the new time (and a raised SEQUENCE).
  const href = await page.getByRole('link', { name: '加入手机日历' }).getAttribute('href');
  expect(href).toBe('/events/fixture-moved.ics');
  for (const url of [href ?? '', '/events.ics', '/events/district/suixi.ics']) {
    const calendar = new ICAL.Component(ICAL.parse(await (await request.get(url)).text()));
    const vevent = calendar.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith('fixture-moved@'));
    expect(vevent, url).toBeTruthy();
    const entry = new ICAL.Event(vevent);
    expect(entry.startDate.toJSDate().toISOString(), url).toBe('2026-12-10T07:00:00.000Z');
    expect(vevent?.getFirstPropertyValue('status'), url).toBe('CONFIRMED');
    expect(entry.sequence, url).toBe(2);
  }
});

test('a postponed event without a new time says 新时间待定 and offers no calendar entry', async ({ page, request }) => {
  await openEvents(page);
  const pending = page.locator('li[data-event]:has(a[href="/events/fixture-pending/"])');
  await expect(pending).toHaveAttribute('data-off', '');
  await expect(pending).toContainText('原定：12月4日周五 09:00–10:00，新时间待定');
  await pending.locator('h3 a').click();
  await expect(page.locator('[data-event-status="postponed"]')).toContainText('新时间待定');
  await expect(page.getByRole('link', { name: '加入手机日历' })).toHaveCount(0);
  await expect(page.locator('a[href$=".ics"]')).toHaveCount(0);
  await expect(page.locator('[data-no-calendar]')).toHaveText('新时间待定，确定后可以加入手机日历。');
  // In the feeds it is no entry at the old time: STATUS:CANCELLED, no reminder.
  const feed = new ICAL.Component(ICAL.parse(await (await request.get('/events.ics')).text()));
  const vevent = feed.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith('fixture-pending@'));
  expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(vevent?.getAllSubcomponents('valarm')).toHaveLength(0);
});

test('when a filter leaves this week empty, the page says so and names the next matching event', async ({ page }) => {
  // Open days in 濉溪县 come only from the fixtures: the moved one, next week.
  await openEvents(page, '?district=suixi&type=open-day');
  const note = page.locator('[data-week-note]');
  await expect(note).toBeVisible();
  await expect(note).toHaveText('本周没有符合条件的活动。下一场：托育开放日（改期场）（12月10日周四 15:00–16:30）');
  await expect(note.getByRole('link', { name: '托育开放日（改期场）' })).toHaveAttribute('href', '/events/fixture-moved/');
  await expect(page.locator('[data-group="this-week"]')).toBeHidden();
  // Without the filter this week has events, and no note.
  await openEvents(page);
  await expect(page.locator('[data-count]')).toHaveText(/共 \d+ 个活动/);
  await expect(note).toBeHidden();
});

test('the month grids are this month and the next, and a month that is over is hidden: a page built weeks ago is still current', async ({ page }) => {
  const grids = page.locator('table.event-calendar');
  await openEvents(page);
  await expect(grids).toHaveCount(2);
  await expect(grids.nth(0)).toBeVisible();
  await expect(grids.nth(0).locator('caption')).toHaveText('活动日历：2026年12月');
  await expect(grids.nth(1)).toBeVisible();
  await expect(grids.nth(1).locator('caption')).toHaveText('活动日历：2027年1月');
  // The same page read in January: December is over.
  await openEvents(page, '', new Date('2027-01-05T09:00:00+08:00'));
  await expect(grids.nth(0)).toBeHidden();
  await expect(grids.nth(1)).toBeVisible();
  // Read long after (not rebuilt since): the last month stays, never an empty calendar.
  await openEvents(page, '', new Date('2027-03-01T09:00:00+08:00'));
  await expect(grids.nth(0)).toBeHidden();
  await expect(grids.nth(1)).toBeVisible();
});

test('the month grid follows the filters, names each day by its number first, and keeps the filters in its links', async ({ page }) => {
  await openEvents(page);
  // Built with December (the fixture's month) and January; this test reads December.
  const grid = page.locator('table.event-calendar[data-month="2026-12-01"]');
  const linkedDays = () => grid.locator('a:not([hidden])').evaluateAll((links) => links.map((a) => a.closest('td')?.getAttribute('data-day')));
  const all = await linkedDays();
  // A day whose only event is cancelled has no link; the moved event counts at its new time.
  expect(all).not.toContain('2026-12-02');
  await openEvents(page, '?district=suixi&type=open-day');
  await expect(grid.locator('a:not([hidden])')).toHaveCount(1);
  // Named from its content, starting with the visible number (the browser may space the parts).
  const only = grid.getByRole('link', { name: /^10\s*日，\s*1\s*场活动$/ });
  await expect(only).toHaveAttribute('href', '/events/?district=suixi&type=open-day&date=2026-12-10');
  // District alone: the linked days are exactly those of the 濉溪县 sessions listed that go ahead.
  await openEvents(page, '?district=suixi');
  await expect(page.locator('[data-count]')).toHaveText(/共 \d+ 个活动/);
  const suixi = await linkedDays();
  expect(suixi.length).toBeGreaterThan(0);
  expect(suixi.length).toBeLessThan(all.length);
  const expected = await page.locator('li[data-event][data-district="suixi"]:not([data-off])').evaluateAll((items) =>
    items.flatMap((li) => {
      const start = Date.parse(li.getAttribute('data-start') ?? '');
      return Array.from({ length: Number(li.getAttribute('data-weekly') ?? 1) }, (_, i) => new Date(start + i * 7 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10));
    }),
  );
  expect(suixi.sort()).toEqual([...new Set(expected.filter((d) => d.startsWith('2026-12')))].sort());
  for (const href of await grid.locator('a:not([hidden])').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/events\/\?district=suixi&date=2026-12-\d\d$/);
  // Following a day keeps the district and lists that day's events.
  await grid.locator('a:not([hidden])').first().click();
  await expect(page).toHaveURL(/district=suixi&date=/);
  await expect(page.locator('[data-count]')).toHaveText(/共 [1-9]\d* 个活动/);
});

for (const large of [false, true]) {
  for (const path of ['/events/?district=lieshan', '/events/?district=suixi&type=open-day', '/events/fixture-cancelled/', '/events/fixture-moved/', '/events/fixture-pending/']) {
    test(`axe: ${path}${large ? ' in 长辈模式' : ''}`, async ({ page }) => {
      test.setTimeout(120_000);
      if (large) await page.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
      await page.clock.setFixedTime(TUESDAY_MORNING);
      await page.goto(path);
      await expectNoSeriousAxeViolations(page, `${path}${large ? ' (长辈模式)' : ''}`);
    });
  }
}

