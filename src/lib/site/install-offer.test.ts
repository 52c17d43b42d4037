import { describe, expect, it } from 'vitest';
import { chooseInstallHint, countSavedGuides, isIosSafari, isWeChat } from './install-offer';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1';
const IPHONE_WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c) NetType/WIFI Language/zh_CN';
const ANDROID_WECHAT =
  'Mozilla/5.0 (Linux; Android 14; V2307A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220099 MMWEBSDK/20240404 MMWEBID/1234 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const MAC_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

describe('isWeChat', () => {
  it('recognises WeChat on iOS and Android, not ordinary browsers', () => {
    expect(isWeChat(IPHONE_WECHAT)).toBe(true);
    expect(isWeChat(ANDROID_WECHAT)).toBe(true);
    expect(isWeChat(ANDROID_CHROME)).toBe(false);
    expect(isWeChat(IPHONE_SAFARI)).toBe(false);
  });
});

describe('isIosSafari', () => {
  it('is Safari on iPhone, and on an iPad that reports a Mac user agent with a touch screen', () => {
    expect(isIosSafari(IPHONE_SAFARI)).toBe(true);
    expect(isIosSafari(MAC_SAFARI, 5)).toBe(true);
  });
  it('is not Chrome on iPhone, WeChat, desktop Safari or Android', () => {
    expect(isIosSafari(IPHONE_CHROME)).toBe(false);
    expect(isIosSafari(IPHONE_WECHAT)).toBe(false);
    expect(isIosSafari(MAC_SAFARI, 0)).toBe(false);
    expect(isIosSafari(ANDROID_CHROME)).toBe(false);
  });
});

describe('chooseInstallHint', () => {
  const base = { userAgent: ANDROID_CHROME, isStandalone: false, hasPrompt: false };
  it('offers the browser prompt when one was kept', () => {
    expect(chooseInstallHint({ ...base, hasPrompt: true })).toBe('prompt');
  });
  it('says nothing in a browser that offered no prompt and is not Safari on iOS', () => {
    expect(chooseInstallHint(base)).toBe('none');
  });
  it('explains 添加到主屏幕 on iPhone Safari', () => {
    expect(chooseInstallHint({ ...base, userAgent: IPHONE_SAFARI })).toBe('ios');
  });
  it('sends WeChat readers to the system browser, even if a prompt were kept', () => {
    expect(chooseInstallHint({ ...base, userAgent: ANDROID_WECHAT, hasPrompt: true })).toBe('wechat');
    expect(chooseInstallHint({ ...base, userAgent: IPHONE_WECHAT })).toBe('wechat');
  });
  it('says nothing inside the installed app', () => {
    expect(chooseInstallHint({ ...base, userAgent: IPHONE_SAFARI, isStandalone: true, hasPrompt: true })).toBe('none');
  });
});

describe('countSavedGuides', () => {
  it('counts each guide page once, with or without a revision parameter, and nothing else', () => {
    expect(
      countSavedGuides([
        'https://site.example/guides/fever/index.html?__WB_REVISION__=abc',
        'https://site.example/guides/fever/index.html',
        'https://site.example/guides/sleep/index.html',
        'https://site.example/guides/index.html',
        'https://site.example/ages/1-2y/index.html',
        'https://site.example/guides/fever/',
        'https://site.example/_astro/guides.css',
        'not a url at all %%',
      ]),
    ).toBe(2);
  });
  it('is zero for an empty cache', () => {
    expect(countSavedGuides([])).toBe(0);
  });
});
