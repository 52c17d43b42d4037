/** localStorage key set to '1' once the visitor closes the install offer; it then stays closed. */
export const INSTALL_DISMISSED_KEY = 'yuertong.installDismissed';

/**
 * Which install help fits this browser:
 * - `prompt`: the browser offered to install (`beforeinstallprompt`), so a button can open its sheet;
 * - `ios`: Safari on iPhone or iPad, which installs only through 分享 → 添加到主屏幕;
 * - `wechat`: WeChat's built-in browser, which can neither install nor save a calendar file;
 * - `none`: already installed, or a browser with no way we can explain.
 */
export type InstallHint = 'prompt' | 'ios' | 'wechat' | 'none';

export interface InstallContext {
  /** `navigator.userAgent`. */
  userAgent: string;
  /** The page runs as an installed app (`display-mode: standalone` or iOS `navigator.standalone`). */
  isStandalone: boolean;
  /** A `beforeinstallprompt` event has been kept for later. */
  hasPrompt: boolean;
  /** `navigator.maxTouchPoints`: iPadOS reports a Mac user agent, but a Mac has no touch screen. */
  maxTouchPoints?: number;
}

/** WeChat's in-app browser says MicroMessenger in its user agent (on Android and iOS alike). */
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}

/**
 * Safari on iOS or iPadOS. Other iOS browsers (Chrome CriOS, Firefox FxiOS, Edge EdgiOS, WeChat and
 * other in-app browsers) name themselves; their share sheets differ, so we do not guess for them.
 */
export function isIosSafari(userAgent: string, maxTouchPoints = 0): boolean {
  const apple = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return apple && /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|MicroMessenger|QQ\/|Weibo|DingTalk|AlipayClient/i.test(userAgent);
}

/**
 * The install help to show, if any.
 * @example chooseInstallHint({ userAgent: 'Mozilla/5.0 … MicroMessenger/8.0.50', isStandalone: false, hasPrompt: false }) // 'wechat'
 */
export function chooseInstallHint(context: InstallContext): InstallHint {
  if (context.isStandalone) return 'none';
  if (isWeChat(context.userAgent)) return 'wechat';
  if (context.hasPrompt) return 'prompt';
  if (isIosSafari(context.userAgent, context.maxTouchPoints)) return 'ios';
  return 'none';
}

/**
 * How many guides are saved on the device, from the URLs of the service worker's precache entries
 * (Workbox keys them as `/guides/{slug}/index.html`, often with `?__WB_REVISION__=…`). The guides
 * index itself is not a guide; a guide listed twice counts once.
 * @example countSavedGuides(['https://x.cn/guides/fever/index.html?__WB_REVISION__=1', 'https://x.cn/guides/index.html']) // 1
 */
export function countSavedGuides(urls: readonly string[]): number {
  const slugs = new Set<string>();
  for (const url of urls) {
    const match = /^\/guides\/([^/]+)\/index\.html$/.exec(pathOf(url));
    if (match?.[1]) slugs.add(match[1]);
  }
  return slugs.size;
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return '';
  }
}
