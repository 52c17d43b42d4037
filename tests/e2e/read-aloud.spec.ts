import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, failOnConsoleErrors } from './support';

// Headless Chromium has no voices, so a recording stand-in replaces the voice itself: speak/pause/resume/
// cancel/getVoices on the real `speechSynthesis` object, firing the real utterances' start, boundary and
// end events. Everything else — what is gathered, how it is split and rewritten, the controls — is the
// page's own code. An utterance ends only when the test calls `__speech.finish()`.
interface Recorded {
  spoken: { text: string; rate: number; lang: string }[];
  calls: string[];
  finish(): void;
}

async function installSpeech(page: Page, { chineseVoice = true } = {}) {
  await page.addInitScript((withVoice: boolean) => {
    const synth = window.speechSynthesis;
    const record = { spoken: [] as { text: string; rate: number; lang: string }[], calls: [] as string[], finish() {} };
    (window as unknown as { __speech: typeof record }).__speech = record;
    const voices = withVoice ? [{ name: '普通话（测试）', lang: 'zh-CN', localService: true, default: true, voiceURI: 'test-zh' }] : [{ name: 'English (test)', lang: 'en-US', localService: true, default: true, voiceURI: 'test-en' }];
    let queue: SpeechSynthesisUtterance[] = [];
    let current: SpeechSynthesisUtterance | null = null;
    const fire = (u: SpeechSynthesisUtterance, type: string) => u.dispatchEvent(new SpeechSynthesisEvent(type, { utterance: u, charIndex: 0 }));
    const next = () => {
      current = queue.shift() ?? null;
      const u = current;
      if (!u) return;
      setTimeout(() => {
        fire(u, 'start');
        fire(u, 'boundary');
      }, 0);
    };
    record.finish = () => {
      const u = current;
      current = null;
      if (u) fire(u, 'end');
      // The end handler may already have queued and started the next sentence.
      if (!current) next();
    };
    synth.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
    synth.speak = (u: SpeechSynthesisUtterance) => {
      record.spoken.push({ text: u.text, rate: u.rate, lang: u.lang });
      queue.push(u);
      if (!current) next();
    };
    synth.pause = () => void record.calls.push('pause');
    synth.resume = () => void record.calls.push('resume');
    synth.cancel = () => {
      record.calls.push('cancel');
      const u = current;
      queue = [];
      current = null;
      if (u) u.dispatchEvent(new SpeechSynthesisErrorEvent('error', { utterance: u, error: 'interrupted' }));
    };
  }, chineseVoice);
}

const speech = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Recorded }).__speech);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Recorded }).__speech.finish());
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('read-aloud');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  });

const FEVER_GUIDE = '/guides/toddler-fever-when-to-see-doctor/';

test('读给我听 reads a guide sentence by sentence in spoken Chinese, highlighting each, and never the navigation or sources', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await installSpeech(page);
  await page.goto(FEVER_GUIDE);
  const title = (await page.locator('h1').textContent())!.trim();
  await page.getByRole('button', { name: '读给我听' }).click();

  await expect.poll(async () => (await speech(page)).spoken.length).toBe(1);
  // The title as written is highlighted; what is said has its numbers in words (1到3岁 → 一到三岁).
  expect(title).toMatch(/[0-9]/);
  expect((await speech(page)).spoken[0]!.text).toBe(title.replace('1到3岁', '一到三岁'));
  expect((await speech(page)).spoken[0]!.lang).toBe('zh-CN');
  await expect.poll(() => highlighted(page)).toBe(title);
  await expect(page.locator('[data-status]')).toHaveText('正在朗读');
  // While reading, the controls replace the start button.
  await expect(page.getByRole('button', { name: '读给我听' })).toBeHidden();

  // Read to the end.
  for (let i = 0; i < 300 && (await page.locator('yt-read-aloud').getAttribute('data-state')) === 'playing'; i++) await finishUtterance(page);
  await expect(page.locator('yt-read-aloud')).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('[data-status]')).toHaveText('读完了');
  expect(await highlighted(page)).toBeNull();

  const said = (await speech(page)).spoken.map((s) => s.text);
  const all = said.join('\n');
  expect(all).toContain('三十七点五度'); // 37.5℃
  expect(all).toContain('一二零'); // 拨打120
  expect(all).toContain('两天'); // 发热2天
  expect(all).not.toMatch(/[0-9]/);
  // The lead, the body and nothing else: not the header's navigation, the source list or the review box.
  expect(said.some((s) => s.includes('发热'))).toBe(true);
  for (const link of await page.locator('.site-nav a').allTextContents()) expect(said, `nav ${link}`).not.toContain(link.trim());
  const sourcesHeading = (await page.locator('.source-list h2').textContent())!.trim();
  expect(said).not.toContain(sourcesHeading);
  const firstSource = (await page.locator('.source-list li').first().textContent())!.replace(/\s+/g, '').slice(0, 8);
  expect(all.replace(/\s+/g, '')).not.toContain(firstSource);
  expect(said).not.toContain((await page.locator('.review-info p').first().textContent())!.trim());
  expect(errors).toEqual([]);
});

test('pause, resume and stop work, by mouse and keyboard, and stop clears the highlight', async ({ page }) => {
  await installSpeech(page);
  await page.goto(FEVER_GUIDE);
  await page.getByRole('button', { name: '读给我听' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await speech(page)).spoken.length).toBe(1);
  await expect.poll(() => highlighted(page)).not.toBeNull();

  // Focus moves to 暂停; Space presses it.
  await expect(page.getByRole('button', { name: '暂停' })).toBeFocused();
  await page.keyboard.press('Space');
  expect((await speech(page)).calls).toContain('pause');
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveText('已暂停');
  expect(await highlighted(page)).not.toBeNull();

  await page.getByRole('button', { name: '继续' }).click();
  expect((await speech(page)).calls).toContain('resume');
  await expect(page.locator('[data-status]')).toHaveText('正在朗读');
  await finishUtterance(page);
  await expect.poll(async () => (await speech(page)).spoken.length).toBe(2);

  await page.getByRole('button', { name: '停止' }).click();
  expect((await speech(page)).calls).toContain('cancel');
  expect(await highlighted(page)).toBeNull();
  await expect(page.locator('[data-status]')).toHaveText('已停止朗读');
  await expect(page.getByRole('button', { name: '读给我听' })).toBeFocused();
  await expect(page.getByRole('button', { name: '暂停' })).toBeHidden();
  // Nothing more is said after stop.
  await page.waitForTimeout(200);
  expect((await speech(page)).spoken.length).toBe(2);
});

test('慢 reads at a lower rate and is remembered after a reload', async ({ page }) => {
  await installSpeech(page);
  await page.goto(FEVER_GUIDE);
  await page.getByRole('button', { name: '读给我听' }).click();
  await expect.poll(async () => (await speech(page)).spoken.length).toBe(1);
  const normalRate = (await speech(page)).spoken[0]!.rate;
  await page.getByRole('button', { name: '慢' }).click();
  await expect(page.getByRole('button', { name: '慢' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '正常' })).toHaveAttribute('aria-pressed', 'false');
  // The sentence being read starts again, slower.
  await expect.poll(async () => (await speech(page)).spoken.length).toBe(2);
  const slow = (await speech(page)).spoken[1]!;
  expect(slow.rate).toBeLessThan(normalRate);
  expect(slow.text).toBe((await speech(page)).spoken[0]!.text);

  await page.reload();
  await page.getByRole('button', { name: '读给我听' }).click();
  await expect.poll(async () => (await speech(page)).spoken.length).toBe(1);
  expect((await speech(page)).spoken[0]!.rate).toBe(slow.rate);
  await expect(page.getByRole('button', { name: '慢' })).toHaveAttribute('aria-pressed', 'true');
});

test('without a Chinese voice the page says plainly what to do', async ({ page }) => {
  await installSpeech(page, { chineseVoice: false });
  await page.goto(FEVER_GUIDE);
  await page.getByRole('button', { name: '读给我听' }).click();
  await expect(page.getByText('这台手机没有中文朗读语音')).toBeVisible();
  expect((await speech(page)).spoken).toEqual([]);
});

test('without speech synthesis there is no button', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Window.prototype as unknown as Record<string, unknown>)['speechSynthesis'];
    delete (window as unknown as Record<string, unknown>)['speechSynthesis'];
  });
  await page.goto(FEVER_GUIDE);
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await expect(page.locator('yt-read-aloud')).toBeHidden();
});

test('myth cards, band summaries, packs and events each read their own text', async ({ page }) => {
  await installSpeech(page);
  await page.goto('/myths/');
  const firstBelief = (await page.locator('.myth__belief').first().textContent())!.trim();
  await page.locator('yt-read-aloud').first().getByRole('button', { name: /读给我听/ }).click();
  await expect.poll(async () => (await speech(page)).spoken[0]?.text.replace(/\s+/g, '')).toContain(firstBelief.replace(/\s+/g, '').slice(-6));

  await page.goto('/ages/6-12m/');
  await page.getByRole('button', { name: '读给我听' }).click();
  await expect.poll(async () => (await speech(page)).spoken.length).toBe(1);
  expect((await speech(page)).spoken[0]!.text).toBe('六到十二个月');
  await finishUtterance(page);
  await expect.poll(async () => (await speech(page)).spoken.length).toBe(2);
  expect((await speech(page)).spoken[1]!.text).toContain('辅食');

  await page.goto('/packs/newborn-home-visit/');
  await page.getByRole('button', { name: '读给我听' }).click();
  await expect.poll(async () => (await speech(page)).spoken[0]?.text).toBe((await page.locator('h1').textContent())!.trim());

  await page.goto('/events/event-001/');
  await page.getByRole('button', { name: '读给我听' }).click();
  await expect.poll(async () => (await speech(page)).spoken.length).toBeGreaterThan(0);
  expect((await speech(page)).spoken[0]!.text).not.toMatch(/[0-9]/);
});

for (const large of [false, true]) {
  test(`axe passes on a guide with the player open${large ? ' in 长辈模式, with 48 px buttons' : ''}`, async ({ page }) => {
    await installSpeech(page);
    if (large) await page.addInitScript(() => localStorage.setItem('yuertong.largeText', '1'));
    await page.goto(FEVER_GUIDE);
    await page.getByRole('button', { name: '读给我听' }).click();
    await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, `guide with player${large ? ' (长辈模式)' : ''}`);
    if (large) {
      for (const button of await page.locator('yt-read-aloud button:visible').all()) {
        const box = (await button.boundingBox())!;
        expect(box.height, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(48);
        expect(box.width, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(48);
      }
    }
  });
}

test('axe passes on the myths and band pages with a player open', async ({ page }) => {
  // Two long pages under axe on a shared machine.
  test.setTimeout(120_000);
  await installSpeech(page);
  await page.goto('/myths/');
  await page.locator('yt-read-aloud').first().getByRole('button', { name: /读给我听/ }).click();
  await expect(page.locator('yt-read-aloud').first().getByRole('button', { name: '暂停' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, '/myths/ with player');
  // Starting another card's player stops the first.
  await page.locator('yt-read-aloud').nth(1).getByRole('button', { name: /读给我听/ }).click();
  await expect(page.locator('yt-read-aloud').nth(1)).toHaveAttribute('data-state', 'playing');
  await expect(page.locator('yt-read-aloud').first()).toHaveAttribute('data-state', 'idle');

  await page.goto('/ages/6-12m/');
  await page.getByRole('button', { name: '读给我听' }).click();
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, '/ages/6-12m/ with player');
});
