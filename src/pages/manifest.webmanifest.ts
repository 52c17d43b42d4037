import type { APIRoute } from 'astro';
import { t } from '../lib/i18n/translate';
import { buildWebManifest } from '../lib/site/build-web-manifest';
import { siteConfig } from '../site.config';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      buildWebManifest({ productName: siteConfig.productName, shortName: siteConfig.shortName, cityName: siteConfig.city.name, description: t('site.description', { city: siteConfig.city.name }) }),
    ),
  );
