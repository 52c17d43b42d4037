/**
 * The Content-Security-Policy directives besides `script-src` and `style-src` (Astro hashes those per
 * page). Only our own origin, plus the configured map-tile hosts for images and fetches, and a
 * search server's origin for fetches when the site is built for one.
 */
export function buildCspDirectives(tileHosts: readonly string[], searchOrigins: readonly string[] = []) {
  const tiles = tileHosts.join(' ');
  // `as const` keeps each directive's name in its type, which Astro's config checks.
  return [
    "default-src 'self'",
    `img-src 'self' data: ${tiles}`,
    `connect-src 'self' ${[...tileHosts, ...searchOrigins].join(' ')}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ] as const;
}
