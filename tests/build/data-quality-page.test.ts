// The operators' data-quality page in the built dist/ (npm test builds first): present, noindex, and
// kept out of the precache, the sitemap and the navigation.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const page = existsSync('dist/data/quality/index.html') ? readFileSync('dist/data/quality/index.html', 'utf8') : '';
const sw = existsSync('dist/sw.js') ? readFileSync('dist/sw.js', 'utf8') : '';
const sitemap = existsSync('dist/sitemap-0.xml') ? readFileSync('dist/sitemap-0.xml', 'utf8') : '';

describe('/data/quality/', () => {
  it('is built: npm test builds the site first', () => {
    expect(page, 'dist/data/quality/index.html missing: run npm run build').not.toBe('');
  });
  it('says it is for operators and asks search engines not to index it', () => {
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('本页供数据维护人员使用');
  });
  it('is in neither the precache, the sitemap nor the home page navigation', () => {
    expect(sw).not.toBe('');
    expect(sw).not.toContain('data/quality');
    expect(sitemap).not.toContain('/data/quality/');
    expect(readFileSync('dist/index.html', 'utf8')).not.toContain('/data/quality/');
  });
});
