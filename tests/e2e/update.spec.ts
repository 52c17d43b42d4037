import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { updatePortBase } from '../support/ports';

// A new deployment: serve a copy of the build, then change a page and the worker's precache
// manifest as a rebuild would, and check that the app offers the update and applies it on request.
let server: ChildProcess | undefined;
let dir = '';
const port = updatePortBase + Number(process.env['TEST_PARALLEL_INDEX'] ?? 0);

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yuertong-update-'));
  cpSync('dist', dir, { recursive: true });
  server = spawn('node_modules/.bin/tsx', ['tests/support/serve-static.ts', dir, String(port)], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`http://localhost:${port}/`).catch(() => undefined))?.status, { timeout: 15_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('a new version waits politely and loads only when the reader taps 更新', async ({ page }) => {
  const base = `http://localhost:${port}`;
  await page.goto(`${base}/`);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
  // A returning visitor: the page is now controlled by the installed worker.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.locator('[data-update]')).toBeHidden();

  // "Deploy" a new version: new home page text, new revision in the worker.
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('宝宝多大了？', '宝宝多大了？（新版本）');
  writeFileSync(join(dir, 'index.html'), html);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/("revision":")[0-9a-f]+(","url":"index.html")/, '$1' + 'f'.repeat(32) + '$2');
  writeFileSync(join(dir, 'sw.js'), sw);

  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.locator('[data-update]');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt).toContainText('有新版本，点击更新');
  // Nothing reloaded by itself: the old text is still on screen.
  await expect(page.getByRole('heading', { name: '宝宝多大了？', exact: true })).toBeVisible();
  await prompt.getByRole('button', { name: '更新' }).click();
  await expect(page.getByRole('heading', { name: '宝宝多大了？（新版本）' })).toBeVisible({ timeout: 15_000 });
});

test('after a deploy, a new page never runs on the previous build’s data from the worker', async ({ page }) => {
  const base = `http://localhost:${port}`;
  await page.goto(`${base}/places/`);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.locator('[data-count]')).toHaveText(/找到 \d+ 处/);

  // "Deploy" build B: its pages ask for data with B's id, and its data files differ from A's,
  // which the installed worker (A) still holds in its precache.
  const listPath = join(dir, 'places/index.html');
  const list = readFileSync(listPath, 'utf8');
  const buildA = /\?build=([a-z0-9]+)/.exec(list)?.[1] ?? '';
  expect(buildA).not.toBe('');
  writeFileSync(listPath, list.replaceAll(`?build=${buildA}`, '?build=deployb'));
  const dataPath = join(dir, 'places/data/xiangshan.json');
  const dataB = `${readFileSync(dataPath, 'utf8')}\n`;
  writeFileSync(dataPath, dataB);

  const response = page.waitForResponse((r) => r.url().includes('/places/data/xiangshan.json'));
  await page.reload();
  const received = await response;
  expect(received.url()).toContain('build=deployb');
  expect(await received.text(), 'the page got build B’s file, not the precached one of build A').toBe(dataB);
  await expect(page.locator('[data-count]')).toHaveText(/找到 \d+ 处/);
});
