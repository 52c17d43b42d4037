/** localStorage key of the 长辈模式 preference; value '1' when on. */
export const LARGE_TEXT_KEY = 'yuertong.largeText';
/** Class on <html> while 长辈模式 is on. */
export const LARGE_TEXT_CLASS = 'yt-large';

/**
 * The inline script that applies 长辈模式 before first paint. It is inline (not bundled) precisely
 * so that it runs before the body renders; Astro's CSP hashes it.
 */
export const LARGE_TEXT_BOOT_SCRIPT = `try{if(localStorage.getItem('${LARGE_TEXT_KEY}')==='1')document.documentElement.classList.add('${LARGE_TEXT_CLASS}')}catch(e){}`;
