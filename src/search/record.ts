/**
 * Values an article contributes to the search index, computed outside the
 * template so they can be tested.
 */
import type { ArticleDate } from '../lib/dates.ts';

/**
 * The date sort key: the article's instant as a UTC ISO string, so plain string
 * order is time order (Pagefind sorts non-numeric keys as strings), and two
 * articles of one day keep their times apart.
 * @example searchSortKey(parseArticleDate('2021-11-03T18:45:00-05:00')!) // '2021-11-03T23:45:00.000Z'
 */
export function searchSortKey(date: ArticleDate): string {
  return new Date(date.timestamp).toISOString();
}
