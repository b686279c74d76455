/**
 * getStaticPaths entries for paginated listings: one group (a year, a tag…)
 * becomes `/<listing>/` (its newest articles), then `/<listing>/page/1/` (its
 * oldest), `/<listing>/page/2/`, … (src/lib/pagination.ts)
 */
import { paginate, type ListingPage } from '../lib/pagination.ts';
import type { Facet } from '../lib/urls.ts';
import { getArchive, PAGE_SIZE, type Article } from './archive.ts';
import { cacheKeyOf } from './cache-key.ts';

/** Props of one listing page. */
export interface ListingProps {
  key: string;
  name: string;
  page: ListingPage<Article>;
}

/**
 * Paths for every page of every group; `params` gives each group's route
 * params. `shownAround` gives anything else a group's pages show (it joins
 * their cache key), such as the calendar around a date listing: only what
 * that group shows, so that a new day in 2025 leaves the listings of 2008 as
 * they are.
 */
export function listingPaths<P extends Record<string, string>>(
  groups: Iterable<[key: string, name: string, articles: Article[]]>,
  params: (key: string) => P,
  shownAround?: (key: string) => unknown,
) {
  return [...groups].flatMap(([key, name, articles]) => {
    const around = shownAround?.(key);
    return paginate(articles, PAGE_SIZE).map((page) => {
      const props = { key, name, page } satisfies ListingProps;
      return {
        params: { ...params(key), page: page.number === undefined ? undefined : `page/${page.number}` },
        props,
        cacheKey: cacheKeyOf(around, props),
      };
    });
  });
}

/** Paths for the listings of one facet (`/tags/<slug>/…`). */
export async function facetListingPaths(facet: Facet) {
  const archive = await getArchive();
  const groups = [...archive.facets[facet].values()].map(
    ({ slug, name, articles }) => [slug, name, articles] as [string, string, Article[]],
  );
  return listingPaths(groups, (slug) => ({ slug }));
}
