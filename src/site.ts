/**
 * Site identity (content/site.json, validated) and URL helpers bound to this build's base.
 */
import { loadSiteSettings } from './content/site-settings.ts';
import type { SiteSettings } from './schemas/site.ts';
import { withBase } from './lib/urls.ts';

export const site: SiteSettings = loadSiteSettings();

/** An image `src` as written in frontmatter (a site path or an https URL), ready for the page. */
export function imageSrc(src: string): string {
  return src.startsWith('/') ? href(src) : src;
}

/** A site path with the configured base prepended. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * An absolute URL of a site path (base included), for feeds, canonical links
 * and structured data. `origin` is `Astro.site` or an endpoint's `context.site`.
 */
export function absoluteUrl(path: string, origin: URL | undefined): string {
  if (!origin)
    throw new Error(
      'No site URL: set `site` in astro.config.mjs (CLIPPINGS_SITE) so feeds and citations can give absolute links.',
    );
  return new URL(href(path), origin).href;
}
