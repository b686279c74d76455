/**
 * Astro integration: `/sitemap.xml`, the address crawlers and people try
 * first, as a copy of @astrojs/sitemap's `sitemap-index.xml` (a sitemap index
 * is a valid sitemap document at any address). Register it after sitemap().
 */
import { copyFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

export default function sitemapAlias(): AstroIntegration {
  return {
    name: 'clippings:sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir));
      },
    },
  };
}
