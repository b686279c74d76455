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

/** `/YYYY/` or `/YYYY/MM/`, from a key of that length. */
export function datePath(key: string): string {
  return `/${key.split('-').join('/')}/`;
}

/** The id of a day's heading on its month's listing. @example dayAnchor('2024-03-04') // 'day-04' */
export function dayAnchor(day: string): string {
  return `day-${dayParts(day).day}`;
}

/**
 * Where a day is listed: its heading on the page of its month's listing that
 * the day starts on. Days have no pages of their own (a day with one article
 * would cost a page and a file each: thousands in a large archive).
 * @example dayPath('2024-03-04', 2) // '/2024/03/page/2/#day-04'
 */
export function dayPath(day: string, page: number): string {
  return `${pagePath(datePath(day.slice(0, 7)), page)}#${dayAnchor(day)}`;
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

