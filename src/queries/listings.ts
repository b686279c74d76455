/**
 * getStaticPaths entries for paginated listings: one group (a year, a tag…)
 * becomes `/<listing>/`, `/<listing>/page/2/`, …
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
 * params. `shownAround` is anything else the pages show (it joins their cache
 * key), such as the calendar around a date listing.
 */
export function listingPaths<P extends Record<string, string>>(
  groups: Iterable<[key: string, name: string, articles: Article[]]>,
  params: (key: string) => P,
  shownAround?: string,
) {
  return [...groups].flatMap(([key, name, articles]) =>
    paginate(articles, PAGE_SIZE).map((page) => {
      const props = { key, name, page } satisfies ListingProps;
      return {
        params: { ...params(key), page: page.page > 1 ? `page/${page.page}` : undefined },
        props,
        cacheKey: cacheKeyOf(shownAround, props),
      };
    }),
  );
}

let shape: Promise<string> | undefined;

/**
 * A hash of how many articles each day has: the archive's calendar. Date
 * listings show the calendar around them (months of a year, days of a month,
 * where each day is listed, previous and next periods), which changes only
 * when a day gains or loses articles.
 */
export function archiveShape(): Promise<string> {
  shape ??= getArchive().then((archive) => cacheKeyOf([...archive.days].map(([day, list]) => `${day}:${list.length}`)));
  return shape;
}

/** Paths for the listings of one facet (`/tags/<slug>/…`). */
export async function facetListingPaths(facet: Facet) {
  const archive = await getArchive();
  const groups = [...archive.facets[facet].values()].map(
    ({ slug, name, articles }) => [slug, name, articles] as [string, string, Article[]],
  );
  return listingPaths(groups, (slug) => ({ slug }));
}
