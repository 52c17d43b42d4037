/**
 * Data files a page fetches (finder data, the child timeline's schedules, search indexes) carry the
 * id of the build that made the page: `/places/data/xiangshan.json?build=…`. The service worker
 * answers from its precache only when that id is its own build's; after a deploy, a new page asking
 * for new data is sent to the network instead of getting the previous build's copy, so a page never
 * combines two builds' files. Static hosts ignore the query string.
 *
 * @example toBuildDataUrl('/my-child/data.json', 'm4x2k1') // → '/my-child/data.json?build=m4x2k1'
 */
export function toBuildDataUrl(path: string, buildId: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}build=${encodeURIComponent(buildId)}`;
}

/** The build id a data URL asks for, if any. */
export function readBuildId(url: URL): string | undefined {
  return url.searchParams.get('build') ?? undefined;
}

/** This build's id as pages and scripts see it (set by astro.config.ts; 'dev' in unit tests). */
export const BUILD_ID: string = import.meta.env.PUBLIC_BUILD_ID ?? 'dev';
