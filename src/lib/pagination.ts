/**
 * Listings split into pages: which articles a page holds, and on which page of
 * its month a day starts (a day is a heading on its month's listing).
 */
import type { ArticleSummary } from './archive.ts';

/** One page of a listing, its items newest first. */
export interface ListingPage<T> {
  items: T[];
  /**
   * The page's number in its address (`page/<n>/`), counted from the oldest
   * page, 1; undefined for the listing's first page (its own address), which
   * holds the newest items.
   */
  number: number | undefined;
  /** The page before it in time (older items): its number; undefined on the oldest page. */
  older: number | undefined;
  /** The page after it in time (newer items): its number, or 'first'; undefined on the first page. */
  newer: number | 'first' | undefined;
  /**
   * How many items the whole listing holds: on its first page only. Shown on
   * every page, it would change them all with each item added.
   */
  total: number | undefined;
}

/**
 * Splits a list (newest first) into pages of `size` counted from its oldest
 * item, so that a page once full never changes as newer items arrive: page 1
 * always holds the oldest `size`, page 2 the next, and so on. Adding a day's
 * articles to a tag of 5,000 leaves its 99 numbered pages as they were (with
 * pages counted from the newest, every one of them moved on by a few items
 * and was written again), and links to them keep showing what they showed.
 * The first page holds the rest: the newest full page and what is newer
 * (`size` to 2 × `size` − 1 items), so it is never near-empty.
 * An empty list still has its first page.
 * @example paginate([5, 4, 3, 2, 1], 2).map((p) => [p.number, p.items]) // [[undefined, [5, 4, 3]], [1, [2, 1]]]
 */
export function paginate<T>(newestFirst: readonly T[], size: number): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const numbered = numberedPages(newestFirst.length, size);
  const firstCount = newestFirst.length - numbered * size;
  const pages: ListingPage<T>[] = [
    {
      items: newestFirst.slice(0, firstCount),
      number: undefined,
      older: numbered > 0 ? numbered : undefined,
      newer: undefined,
      total: newestFirst.length,
    },
  ];
  for (let number = numbered; number >= 1; number--) {
    const end = newestFirst.length - (number - 1) * size;
    pages.push({
      items: newestFirst.slice(end - size, end),
      number,
      older: number > 1 ? number - 1 : undefined,
      newer: number < numbered ? number + 1 : 'first',
      total: undefined,
    });
  }
  return pages;
}

/** How many numbered pages a listing of `count` items has: its full pages of `size` but the newest. */
function numberedPages(count: number, size: number): number {
  return Math.max(0, Math.floor(count / size) - 1);
}

/**
 * The page (paginate) holding the item at `index` of a list of `count`,
 * newest first: its number, or undefined for the first page.
 * @example pageOfItem(4, 5, 2) // 1
 */
export function pageOfItem(index: number, count: number, size: number): number | undefined {
  const number = Math.floor((count - 1 - index) / size) + 1;
  return number <= numberedPages(count, size) ? number : undefined;
}

/**
 * For each day, the page of its month's listing (pages of `size`, newest
 * first, as paginate makes them) on which its articles start: a number, or
 * undefined for the first page.
 * @example dayListingPages(archive.months, 50).get('2024-03-04') // 2
 */
export function dayListingPages(
  months: ReadonlyMap<string, readonly ArticleSummary[]>,
  size: number,
): Map<string, number | undefined> {
  const pages = new Map<string, number | undefined>();
  for (const list of months.values()) {
    list.forEach((article, i) => {
      if (!pages.has(article.date.day)) pages.set(article.date.day, pageOfItem(i, list.length, size));
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
