/**
 * How the search index is split into shards. Pagefind holds a whole index in
 * memory while it writes it (about a third of a megabyte per article), so one
 * index over 100,000 articles does not fit a build machine; several indexes
 * over runs of months do, and the browser searches them all.
 *
 * Shards are runs of consecutive months, packed from the oldest month: an
 * archive grows at its newest end, so new articles only ever change the last
 * shard, and older shards keep their boundaries (and their cached index) from
 * build to build. The newest period is cut into small shards (about 1,000
 * articles), so a day's additions re-index little; older periods sit in large
 * frozen shards, so the reader fetches few shards per search. Editing an article never moves a boundary; only a change in
 * how many articles a month has can, and only from that month on. Months, not
 * years: with years as the unit, an archive of 4,001 articles a year and
 * shards of 8,000 would get one shard per year, twice as many as needed, and
 * every shard costs the reader a request per search.
 */
import { parseArticlePath } from '../lib/urls.ts';

/**
 * The newest months (that have articles) always sit in the small shards of
 * the open period, even just after a large shard closed: editing an article
 * of last month then re-indexes a small shard.
 */
export const RECENT_MONTHS = 3;

/** One shard of the search index. */
export interface SearchShard {
  /** Stable name from its months, e.g. `2001-01-2019-06` or `2024-03`; names its cache entry. */
  id: string;
  /** The months it covers (`YYYY-MM`), oldest first (months without articles are not listed). */
  months: string[];
  /** Article pages in those months. */
  articles: number;
}

/**
 * Splits months into shards, packing consecutive months from the oldest, in
 * two sizes. Periods are first cut into large shards of at most
 * `maxArticles`; every large shard but the last is full, closed and frozen.
 * The last one (the open period, where new articles land) is cut again into
 * small shards of at most `recentMaxArticles`, so adding a day's articles or
 * correcting a recent one re-indexes one small shard (a large shard holding
 * one of the newest RECENT_MONTHS stays open too), while the frozen ones
 * keep their boundaries and come from the shard cache. When the open period
 * fills up, it closes into one large shard (re-indexed once, about once every
 * `maxArticles` new articles) and a new open period starts. A month is never
 * split: a month larger than a size stays one shard on its own.
 * @param articlesPerMonth article count per `YYYY-MM` month (order does not matter)
 * @param maxArticles most articles in a frozen shard
 * @param recentMaxArticles most articles in a shard of the open period; by default the same (one size)
 * @example
 * planSearchShards({ '2020-01': 3, '2020-02': 4, '2021-07': 2 }, 6)
 * // → [{ id: '2020-01', months: ['2020-01'], articles: 3 }, { id: '2020-02-2021-07', months: ['2020-02', '2021-07'], articles: 6 }]
 * planSearchShards({ '2020-01': 3, '2020-02': 3, '2020-03': 2, '2020-04': 2 }, 6, 2).map((shard) => shard.id)
 * // → ['2020-01-2020-02', '2020-03', '2020-04']
 */
export function planSearchShards(
  articlesPerMonth: Readonly<Record<string, number>>,
  maxArticles: number,
  recentMaxArticles: number = maxArticles,
): SearchShard[] {
  for (const size of [maxArticles, recentMaxArticles]) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`shard size must be a positive whole number, not ${size}`);
  }
  const months = Object.entries(articlesPerMonth)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const periods = pack(months, maxArticles);
  if (periods.length === 0) return [];
  if (recentMaxArticles >= maxArticles) return periods.map(named);
  // The open period: the last run, and every run holding one of the newest months, so
  // that a correction to last month's article never re-indexes a large shard.
  const newest = new Set(months.slice(-RECENT_MONTHS).map(([month]) => month));
  let firstOpen = periods.length - 1;
  while (firstOpen > 0 && periods[firstOpen - 1]?.months.some((month) => newest.has(month))) firstOpen--;
  const open = periods.slice(firstOpen).flatMap((period) => period.months);
  const recent = pack(
    open.map((month) => [month, articlesPerMonth[month] ?? 0] as const),
    recentMaxArticles,
  );
  return [...periods.slice(0, firstOpen), ...recent].map(named);
}

/** Packs sorted `[month, count]` pairs into runs of at most `max` articles, from the oldest. */
function pack(
  months: ReadonlyArray<readonly [string, number]>,
  max: number,
): Array<{ months: string[]; articles: number }> {
  const runs: Array<{ months: string[]; articles: number }> = [];
  let current: { months: string[]; articles: number } | undefined;
  for (const [month, count] of months) {
    if (current && current.articles + count > max) {
      runs.push(current);
      current = undefined;
    }
    current ??= { months: [], articles: 0 };
    current.months.push(month);
    current.articles += count;
  }
  if (current) runs.push(current);
  return runs;
}

function named({ months, articles }: { months: string[]; articles: number }): SearchShard {
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? first;
  return { id: first === last ? first : `${first}-${last}`, months, articles };
}

/**
 * Where a shard's Pagefind bundle goes, relative to the site: the first shard
 * in `pagefind/` (so a one-shard archive looks as it always did), the others
 * beside it in `pagefind-<id>/`. Beside, not inside: Pagefind's `mergeIndex`
 * skips a bundle whose path is a prefix of the primary bundle's path, so
 * `pagefind/` could never be merged into `pagefind/shards/x/`.
 * @example bundleDir({ id: '2021-01-2022-06', months: [], articles: 0 }, 1) // → 'pagefind-2021-01-2022-06'
 */
export function bundleDir(shard: SearchShard, position: number): string {
  return position === 0 ? 'pagefind' : `pagefind-${shard.id}`;
}

/**
 * The name of a bundle folder at the top of a built site: `pagefind`, or
 * `pagefind-<shard id>` for the shards beside it. Discovery, pruning and the
 * service worker (filled in at build time) all recognise bundles by it.
 */
export const BUNDLE_FOLDER = /^pagefind(-[^/]+)?$/;

/**
 * The order bundles are searched and listed in: `pagefind/` first, then the
 * shards by name (their ids start with their first month, so oldest first).
 */
export function compareBundleFolders(a: string, b: string): number {
  return a === 'pagefind' ? (b === 'pagefind' ? 0 : -1) : b === 'pagefind' ? 1 : a.localeCompare(b);
}

/**
 * The shard id a bundle folder was written for, as far as its name tells:
 * `all` for `pagefind/` (the first shard, whatever its months).
 * @example shardIdOfBundle('pagefind-2021-01-2022-06') // → '2021-01-2022-06'
 */
export function shardIdOfBundle(dir: string): string {
  return dir === 'pagefind' ? 'all' : dir.slice('pagefind-'.length);
}

/**
 * The month (`YYYY-MM`) of an article page file of a built site (a POSIX
 * path relative to it, `2024/05/12/slug/index.html`); undefined for any other file.
 */
export function monthOfPage(file: string): string | undefined {
  if (!file.endsWith('/index.html')) return undefined;
  const parts = parseArticlePath(`/${file.slice(0, -'index.html'.length)}`);
  return parts ? `${parts.year}-${parts.month}` : undefined;
}

/**
 * Counts article pages per month from a list of built files.
 * @example countArticlesPerMonth(['2024/05/12/a/index.html', '2024/index.html']) // → { '2024-05': 1 }
 */
export function countArticlesPerMonth(files: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    const month = monthOfPage(file);
    if (month) counts[month] = (counts[month] ?? 0) + 1;
  }
  return counts;
}
