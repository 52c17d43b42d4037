import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium comes from, in order: CHROMIUM_PATH, Debian's package, a Playwright-managed browser. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', safePlaywrightPath()];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const INSTALL_HINT =
  '没有找到 Chromium（No Chromium found）。请先安装 / install one:\n' +
  '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
  '  or set CHROMIUM_PATH=/path/to/chromium';
