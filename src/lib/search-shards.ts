/**
 * How the search index is split into shards. Pagefind holds a whole index in
 * memory while it writes it (about a third of a megabyte per article), so one
 * index over 100,000 articles does not fit a build machine; several indexes
 * over runs of years do, and the browser searches them all.
 *
 * Shards are runs of consecutive years, packed from the oldest year: an
 * archive grows at its newest end, so new articles only ever change the last
 * shard, and older shards keep their boundaries (and their cached index) from
 * build to build. Editing an article never moves a boundary; only a change in
 * how many articles a year has can, and only from that year on.
 */

/** One shard of the search index. */
export interface SearchShard {
  /** Stable name from its years, e.g. `2001-2019` or `2024`; names its cache entry. */
  id: string;
  /** The years it covers, oldest first (years without articles are not listed). */
  years: string[];
  /** Article pages in those years. */
  articles: number;
}

/** Articles per shard when `CLIPPINGS_SEARCH_SHARD_SIZE` is not set (see docs/benchmarks for the measurement). */
export const DEFAULT_SHARD_SIZE = 8000;

/**
 * Splits years into shards of at most `maxArticles` articles each, packing
 * consecutive years from the oldest. A year with more articles than that
 * stays one shard on its own: a year is never split.
 * @param articlesPerYear article count per four-digit year (order does not matter)
 * @example
 * planSearchShards({ '2020': 3, '2021': 4, '2022': 2 }, 6)
 * // → [{ id: '2020', years: ['2020'], articles: 3 }, { id: '2021-2022', years: ['2021', '2022'], articles: 6 }]
 */
export function planSearchShards(articlesPerYear: Readonly<Record<string, number>>, maxArticles: number): SearchShard[] {
  if (!Number.isInteger(maxArticles) || maxArticles < 1) throw new RangeError(`shard size must be a positive whole number, not ${maxArticles}`);
  const years = Object.entries(articlesPerYear)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const shards: SearchShard[] = [];
  let current: { years: string[]; articles: number } | undefined;
  for (const [year, count] of years) {
    if (current && current.articles + count > maxArticles) {
      shards.push(named(current));
      current = undefined;
    }
    current ??= { years: [], articles: 0 };
    current.years.push(year);
    current.articles += count;
  }
  if (current) shards.push(named(current));
  return shards;
}

function named({ years, articles }: { years: string[]; articles: number }): SearchShard {
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? first;
  return { id: first === last ? first : `${first}-${last}`, years, articles };
}

/**
 * The shard size to use: `CLIPPINGS_SEARCH_SHARD_SIZE` when set (tests force
 * several shards on a small archive with it), else the default.
 * @example shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '5' }) // → 5
 */
export function shardSizeFrom(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env['CLIPPINGS_SEARCH_SHARD_SIZE']?.trim();
  if (raw === undefined || raw === '') return DEFAULT_SHARD_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`CLIPPINGS_SEARCH_SHARD_SIZE must be a positive whole number of articles, not "${raw}"`);
  return size;
}

/**
 * Where a shard's Pagefind bundle goes, relative to the site: the first shard
 * in `pagefind/` (so a one-shard archive looks as it always did), the others
 * beside it in `pagefind-<id>/`. Beside, not inside: Pagefind's `mergeIndex`
 * skips a bundle whose path is a prefix of the primary bundle's path, so
 * `pagefind/` could never be merged into `pagefind/shards/x/`.
 * @example bundleDir({ id: '2021-2022', years: [], articles: 0 }, 1) // → 'pagefind-2021-2022'
 */
export function bundleDir(shard: SearchShard, position: number): string {
  return position === 0 ? 'pagefind' : `pagefind-${shard.id}`;
}

/** Pagefind's glob (relative to the site) for a shard's article pages: `/<YYYY>/<MM>/<DD>/<slug>/index.html`. */
export function shardGlob(shard: SearchShard): string {
  const years = shard.years.length === 1 ? (shard.years[0] ?? '') : `{${shard.years.join(',')}}`;
  return `${years}/*/*/*/index.html`;
}

/** Article page files of a built site, as POSIX paths relative to it (`2024/05/12/slug/index.html`). */
export const ARTICLE_PAGE_FILE = /^(\d{4})\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

/**
 * Counts article pages per year from a list of built files.
 * @example countArticlesPerYear(['2024/05/12/a/index.html', '2024/index.html']) // → { '2024': 1 }
 */
export function countArticlesPerYear(files: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    const year = ARTICLE_PAGE_FILE.exec(file)?.[1];
    if (year) counts[year] = (counts[year] ?? 0) + 1;
  }
  return counts;
}
