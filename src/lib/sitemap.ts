/**
 * What the sitemap lists: every page of the build but the error pages and the
 * offline one (what a page never kept shows, only ever served by the service worker), as
 * absolute addresses, in a stable reading order, cut into files of at most
 * SITEMAP_ENTRY_LIMIT (the protocol allows 50,000; the margin is
 * @astrojs/sitemap's, whose files these replace unchanged).
 */

export const SITEMAP_ENTRY_LIMIT = 45_000;

/** Names of the sitemap files: the index, the chunks it lists, and the alias `/sitemap.xml` (a copy of the index). */
export const SITEMAP_INDEX_FILE = 'sitemap-index.xml';
export const SITEMAP_ALIAS_FILE = 'sitemap.xml';
export const sitemapChunkFile = (n: number): string => `sitemap-${n}.xml`;

const NOT_LISTED = /^\/?(?:404|500|offline)\/?$/;

// One collator for every comparison: `localeCompare` with options builds its own each call,
// which made sorting 12,500 addresses take 0.66 s instead of 0.02 s.
const readingOrder = new Intl.Collator('en', { numeric: true });

/**
 * The sitemap's addresses for the pages Astro built (`astro:build:done`'s
 * `pages`, pathnames relative to the base, e.g. `2001/02/03/slug/`).
 * Sorted with numbers read as numbers, so `2/` comes before `10/`.
 * @param home the site's origin and base, ending in `/` (e.g. `https://example.org/clip/`)
 * @example sitemapUrls(['b/', '', '404/', '10/', '2/'], 'https://example.org/clip/')
 * // → ['https://example.org/clip/', 'https://example.org/clip/2/', 'https://example.org/clip/10/', 'https://example.org/clip/b/']
 */
export function sitemapUrls(pathnames: Iterable<string>, home: string): string[] {
  const urls = new Set<string>();
  for (const pathname of pathnames) {
    if (NOT_LISTED.test(pathname)) continue;
    urls.add(new URL(pathname.replace(/^\/+/, ''), home).href);
  }
  return [...urls].sort(readingOrder.compare);
}

/**
 * Cuts addresses into the sitemap's files, in order.
 * @example sitemapChunks(['a', 'b', 'c'], 2) // → [['a', 'b'], ['c']]
 */
export function sitemapChunks<T>(urls: readonly T[], limit: number = SITEMAP_ENTRY_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < urls.length; start += limit) chunks.push(urls.slice(start, start + limit));
  return chunks;
}
