import { describe, expect, it } from 'vitest';
import { buildCspDirectives } from '../security/build-csp-directives';
import { buildPageMeta } from './build-page-meta';
import { LARGE_TEXT_BOOT_SCRIPT, LARGE_TEXT_CLASS, LARGE_TEXT_KEY } from './large-text';

describe('buildPageMeta', () => {
  const site = { productName: '育儿通', siteUrl: 'https://site.example' };
  it('appends the product name and builds an absolute canonical URL', () => {
    expect(buildPageMeta({ title: '辅食', description: 'd', path: '/guides/x/' }, site)).toEqual({
      title: '辅食 - 育儿通',
      description: 'd',
      canonical: 'https://site.example/guides/x/',
      ogType: 'website',
    });
  });
  it('does not repeat the product name on the home page', () => {
    expect(buildPageMeta({ title: '育儿通', description: 'd', path: '/' }, site).title).toBe('育儿通');
  });
});

describe('buildCspDirectives', () => {
  it('allows only our origin and the tile hosts', () => {
    const d = buildCspDirectives(['https://tiles.example']);
    expect(d).toContain("default-src 'self'");
    expect(d).toContain("img-src 'self' data: https://tiles.example");
    expect(d).toContain("object-src 'none'");
    expect(d.join(';')).not.toMatch(/unsafe|\*/);
  });
  it('lets pages fetch from a search server only when the site is built for one', () => {
    expect(buildCspDirectives(['https://tiles.example'], ['https://search.example'])).toContain("connect-src 'self' https://tiles.example https://search.example");
    expect(buildCspDirectives(['https://tiles.example'])).toContain("connect-src 'self' https://tiles.example");
  });
});

describe('large-text boot script', () => {
  it('reads the same key and sets the same class as the toggle', () => {
    expect(LARGE_TEXT_BOOT_SCRIPT).toContain(`'${LARGE_TEXT_KEY}'`);
    expect(LARGE_TEXT_BOOT_SCRIPT).toContain(`'${LARGE_TEXT_CLASS}'`);
    // It must survive blocked storage.
    expect(LARGE_TEXT_BOOT_SCRIPT.startsWith('try{')).toBe(true);
  });
});

describe('buildWebManifest', () => {
  it('has what Chromium needs to install, in Chinese, with maskable icons and shortcuts', async () => {
    const { buildWebManifest } = await import('./build-web-manifest');
    const m = buildWebManifest({ productName: '育儿通', shortName: '育儿通', cityName: '淮北市', description: 'd' });
    expect(m).toMatchObject({ lang: 'zh-CN', display: 'standalone', start_url: '/?source=pwa', scope: '/' });
    expect(m.icons.filter((i) => i.purpose === 'any').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(m.shortcuts.map((s) => s.name)).toEqual(['找托育', '母婴室', '活动', '按年龄']);
    expect(m.screenshots.map((s) => s.form_factor)).toContain('wide');
  });
});
