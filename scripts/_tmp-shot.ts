import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h, name] of [[360, 740, 'phone'], [1280, 800, 'desktop']] as const) {
  for (const large of [false, true]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
    await page.goto('http://localhost:4511/');
    if (large) { await page.getByRole('button', { name: /长辈模式/ }).first().click(); await page.waitForTimeout(200); }
    await page.screenshot({ path: `/tmp/shots/home-${name}${large ? '-large' : ''}.png` });
    await page.locator('#header-search-q').click();
    await page.keyboard.type('辅食');
    await page.waitForSelector('[role=listbox]:not([hidden]) [role=option]');
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `/tmp/shots/suggest-${name}${large ? '-large' : ''}.png` });
    await page.goto('http://localhost:4511/search/?q=' + encodeURIComponent('宝宝发烧'));
    await page.waitForSelector('section[data-kind]');
    await page.screenshot({ path: `/tmp/shots/results-${name}${large ? '-large' : ''}.png`, fullPage: true });
    await page.goto('http://localhost:4511/search/?q=' + encodeURIComponent('量子力学'));
    await page.waitForSelector('.search-none');
    await page.screenshot({ path: `/tmp/shots/none-${name}${large ? '-large' : ''}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
