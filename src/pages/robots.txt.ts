import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap-index.xml', siteConfig.siteUrl).href}\n`);
