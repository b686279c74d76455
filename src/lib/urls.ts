/**
 * Every URL the site makes, as a path relative to the site root (no base).
 * Pages pass them through `withBase` so the site works under a sub-path.
 */
import { dayParts } from './dates.ts';
import { slugify } from './slugs.ts';

/** The kinds of grouping pages: one index and one listing per value. */
export type Facet = 'sections' | 'tags' | 'authors' | 'sources';

/** `/YYYY/MM/DD/<slug>/` @example articlePath('2024-03-14', 'budget') // '/2024/03/14/budget/' */
export function articlePath(day: string, slug: string): string {
  const { year, month, day: d } = dayParts(day);
  return `/${year}/${month}/${d}/${slug}/`;
}

/** `/YYYY/`, `/YYYY/MM/` or `/YYYY/MM/DD/`, from a key of that length. */
export function datePath(key: string): string {
  return `/${key.split('-').join('/')}/`;
}

/** `/sections/world/` @example facetPath('tags', 'City Council') // '/tags/city-council/' */
export function facetPath(facet: Facet, name: string): string {
  return `/${facet}/${slugify(name)}/`;
}

/** The path of page `n` (1-based) of a listing. @example pagePath('/tags/x/', 2) // '/tags/x/page/2/' */
export function pagePath(listing: string, n: number): string {
  return n <= 1 ? listing : `${listing}page/${n}/`;
}

/**
 * Prefixes a root-relative path with the site's base. Absolute URLs and
 * fragments pass through. @example withBase('/archive/', '/2024/') // '/archive/2024/'
 */
export function withBase(base: string, path: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(path)) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}/${path.replace(/^\/+/, '')}`;
}

/**
 * Where an article's citation file is served, beside no page so it cannot
 * clash with a route. @example citationPath('/2024/03/14/budget/', 'bib') // '/cite/2024/03/14/budget.bib'
 */
export function citationPath(articleUrl: string, format: 'bib' | 'ris'): string {
  return `/cite${articleUrl.replace(/\/$/, '')}.${format}`;
}
