import { encodePackParam, type PackSelection } from './encode-pack-param';

/** The absolute share link of a custom pack: `{site}/packs/custom/?p={param}`. */
export function buildCustomPackUrl(siteUrl: string, selection: PackSelection): string {
  const url = new URL('/packs/custom/', siteUrl);
  url.searchParams.set('p', encodePackParam(selection));
  return url.href;
}

/** The absolute link of a curated pack: `{site}/packs/{slug}/`. */
export function buildPackUrl(siteUrl: string, slug: string): string {
  return new URL(`/packs/${slug}/`, siteUrl).href;
}
