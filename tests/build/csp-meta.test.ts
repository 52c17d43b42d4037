// Every built page declares its Content-Security-Policy before anything it governs (npm test builds first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = existsSync('dist') ? readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')) : [];

describe('the Content-Security-Policy <meta>', () => {
  it('is the first thing after <meta charset> on every page', () => {
    expect(pages.length, 'dist/ missing: run npm run build').toBeGreaterThan(100);
    const late = pages.filter((file) => {
      const html = readFileSync(join('dist', file), 'utf8');
      return !/<head><meta charset="utf-8"><meta http-equiv="content-security-policy"/.test(html);
    });
    expect(late).toEqual([]);
  });
});
