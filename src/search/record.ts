/**
 * What an article's search record holds, named once: the filters, the sort
 * key and the meta fields that SearchRecord.astro writes, the search page
 * offers and the client reads back, and the values computed outside the
 * template so they can be tested.
 */
import type { Archive } from '../lib/archive.ts';
import type { ArticleDate } from '../lib/dates.ts';
import type { Facet } from '../lib/urls.ts';

/** The filters every article carries, in the order the search page offers them. */
export const FILTER_KEYS = ['section', 'author', 'tag', 'year', 'source'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The facet whose names each filter lists; the year filter lists the archive's years. */
const FILTER_FACETS: Record<FilterKey, Facet | 'years'> = {
  section: 'sections',
  author: 'authors',
  tag: 'tags',
  year: 'years',
  source: 'sources',
};

/**
 * The filters the search page shows: those with a value in some article. An
 * archive without sources (or tags, or bylines) has nothing to choose there.
 * @example shownFilters(archiveWithoutSources) // ['section', 'author', 'tag', 'year']
 */
export function shownFilters(archive: Pick<Archive, 'facets' | 'years'>): FilterKey[] {
  return FILTER_KEYS.filter((key) => {
    const facet = FILTER_FACETS[key];
    return (facet === 'years' ? archive.years : archive.facets[facet]).size > 0;
  });
}

/**
 * Filters for date ranges, not offered as lists: a range `?from=1998&to=2003-06`
 * becomes "any of these years, months or days" (src/search/date-range.ts), as
 * Pagefind 1.6 filters match whole values and know no ranges.
 */
export const DATE_FILTERS = { year: 'year', month: 'month', day: 'day' } as const;

/** The one sort key (`data-pagefind-sort`): a page without it drops out of sorted results. */
export const SORT_KEY = 'date';

/** Result metadata (`data-pagefind-meta`) by what it holds. */
export const META = {
  title: 'title',
  /** The dateline as readers see it. */
  date: 'date',
  /** The article's language, so an excerpt shows in its own direction. */
  lang: 'lang',
  section: 'section',
  byline: 'byline',
  image: 'image',
  imageAlt: 'image_alt',
  /** The sort key again, to merge date-sorted results across language indexes. */
  dateKey: 'date_key',
} as const;

/**
 * The date sort key: the article's instant as a UTC ISO string, so plain string
 * order is time order (Pagefind sorts non-numeric keys as strings), and two
 * articles of one day keep their times apart.
 * @example searchSortKey(parseArticleDate('2021-11-03T18:45:00-05:00')!) // '2021-11-03T23:45:00.000Z'
 */
export function searchSortKey(date: ArticleDate): string {
  return new Date(date.timestamp).toISOString();
}
