/**
 * The Web App Manifest, in Chinese, from the city configuration: what Chromium needs to install the
 * app (name, icons 192 and 512 px, start_url, display) plus maskable icons and shortcuts.
 */
export function buildWebManifest(site: { productName: string; shortName: string; cityName: string; description: string }) {
  return {
    name: `${site.productName} · ${site.cityName}`,
    short_name: site.shortName,
    description: site.description,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/?source=pwa',
    scope: '/',
    id: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#084c37',
    background_color: '#ffffff',
    categories: ['health', 'lifestyle', 'education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    // Made by `npm run screenshots:manifest` from the built site.
    screenshots: [
      { src: '/screenshots/narrow-home.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: '首页：按年龄查看' },
      { src: '/screenshots/narrow-band.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: '6–12个月：指导、里程碑、接种和体检' },
      { src: '/screenshots/wide-home.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: '首页' },
    ],
    shortcuts: [
      { name: '找托育', url: '/places/?type=centre', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
      { name: '母婴室', url: '/places/?type=room', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
      { name: '活动', url: '/events/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
      { name: '按年龄', url: '/ages/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
    ],
  };
}
