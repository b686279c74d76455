/**
 * Listings split into pages: which articles a page holds, and on which page of
 * its month a day starts (a day is a heading on its month's listing).
 */
import type { ArticleSummary } from './archive.ts';

/** One page of a listing. */
export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
}

/**
 * Splits a list into pages of `size` (the last may be shorter; an empty list
 * still has one page). @example paginate([1, 2, 3], 2).map((p) => p.items) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], size: number): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: i + 1,
    pages,
    total: items.length,
  }));
}

/**
 * For each day, the page of its month's listing (pages of `size`, newest
 * first) on which its articles start. @example dayListingPages(archive.months, 50).get('2024-03-04') // 2
 */
export function dayListingPages(
  months: ReadonlyMap<string, readonly ArticleSummary[]>,
  size: number,
): Map<string, number> {
  const pages = new Map<string, number>();
  for (const list of months.values()) {
    list.forEach((article, i) => {
      if (!pages.has(article.date.day)) pages.set(article.date.day, Math.floor(i / size) + 1);
    });
  }
  return pages;
}

/** Consecutive runs of articles of the same day, in list order. @example groupByDay(page.items)[0].day // '2024-03-14' */
export function groupByDay<A extends ArticleSummary>(articles: readonly A[]): { day: string; articles: A[] }[] {
  const groups: { day: string; articles: A[] }[] = [];
  for (const article of articles) {
    const last = groups.at(-1);
    if (last?.day === article.date.day) last.articles.push(article);
    else groups.push({ day: article.date.day, articles: [article] });
  }
  return groups;
}
