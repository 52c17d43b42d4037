import { test } from '@playwright/test';
import { BAND_IDS, expectNoSeriousAxeViolations, firstGuidePath } from './support';

// Each project (390 px phone, 1280 px desktop) runs these, in normal and large text.
for (const large of [false, true]) {
  test(`axe finds no serious violation on home, band and guide pages${large ? ' in 长辈模式' : ''}`, async ({ page }) => {
    if (large) await page.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
    const paths = ['/', '/guides/', ...BAND_IDS.map((b) => `/ages/${b}/`), await firstGuidePath(page), '/no-such-page/'];
    for (const path of paths) {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page, `${path}${large ? ' (长辈模式)' : ''}`);
    }
  });
}
