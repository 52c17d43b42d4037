const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * Moves the Content-Security-Policy `<meta>` (which Astro writes late in `<head>`) to right after
 * `<meta charset>`. A policy in a `<meta>` governs only what the parser meets after it, so anything
 * above it (the inline 长辈模式 boot script, links) would otherwise escape the policy.
 * Returns the page unchanged when it has no policy or no charset declaration.
 *
 * @example moveCspMetaFirst('<head><meta charset="utf-8"><script>…</script><meta http-equiv="content-security-policy" content="…"></head>')
 *   // → '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="…"><script>…</script></head>'
 */
export function moveCspMetaFirst(html: string): string {
  const csp = CSP_META.exec(html);
  if (!csp) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const charset = CHARSET_META.exec(without);
  if (!charset) return html;
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + csp[0] + without.slice(at);
}
