import { test } from '@playwright/test';
import { BAND_IDS, expectNoSeriousAxeViolations } from './support';

// Each project (390 px phone, 1280 px desktop) runs these, in normal and large text: one test per
// page type, so a failure names its page.
const paths = ['/', '/guides/', '/guides/safe-sleep-for-babies/', '/myths/', '/places/', '/places/room-duji-004/', '/events/', '/events/event-001/', '/offline/', '/packs/', '/packs/newborn-home-visit/', '/packs/newborn-home-visit/print/', '/packs/new/', '/packs/custom/?p=1.b01a08..igkk', '/about/corrections/', ...BAND_IDS.map((b) => `/ages/${b}/`), '/no-such-page/'];

for (const path of paths) {
  for (const large of [false, true]) {
    test(`axe: ${path}${large ? ' in 长辈模式' : ''}`, async ({ page }) => {
      // axe's time grows with the page: /places/ lists every place, and on 2 busy cores it has taken
      // over 30 s. A slow audit is not a failure; a violation is.
      test.setTimeout(120_000);
      if (large) await page.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
      await page.goto(path);
      await expectNoSeriousAxeViolations(page, `${path}${large ? ' (长辈模式)' : ''}`);
    });
  }
}
