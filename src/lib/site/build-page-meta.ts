/** What every page needs in its head: title, description, canonical URL and Open Graph. */
export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
  ogType: 'website' | 'article';
}

/**
 * Builds the head metadata of a page. The product name is appended to the title unless the page is
 * the home page, whose title already is the product name.
 * @example buildPageMeta({ title: '辅食', description: '…', path: '/guides/x/' }, { productName: '育儿通', siteUrl: 'https://e.cn' })
 */
export function buildPageMeta(
  page: { title: string; description: string; path: string; ogType?: PageMeta['ogType'] | undefined },
  site: { productName: string; siteUrl: string },
): PageMeta {
  const title = page.title === site.productName ? page.title : `${page.title} - ${site.productName}`;
  return {
    title,
    description: page.description,
    canonical: new URL(page.path, site.siteUrl).href,
    ogType: page.ogType ?? 'website',
  };
}
