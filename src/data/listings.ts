/**
 * getStaticPaths entries for paginated listings: one group (a year, a tag…)
 * becomes `/<listing>/`, `/<listing>/page/2/`, …
 */
import { paginate, type ListingPage } from '../lib/archive.ts';
import type { Facet } from '../lib/urls.ts';
import { getArchive, PAGE_SIZE, type Article } from './archive.ts';

/** Props of one listing page. */
export interface ListingProps {
  key: string;
  name: string;
  page: ListingPage<Article>;
}

/** Paths for every page of every group; `params` gives each group's route params. */
export function listingPaths<P extends Record<string, string>>(
  groups: Iterable<[key: string, name: string, articles: Article[]]>,
  params: (key: string) => P,
) {
  return [...groups].flatMap(([key, name, articles]) =>
    paginate(articles, PAGE_SIZE).map((page) => ({
      params: { ...params(key), page: page.page > 1 ? `page/${page.page}` : undefined },
      props: { key, name, page } satisfies ListingProps,
    })),
  );
}

/** Paths for the listings of one facet (`/tags/<slug>/…`). */
export async function facetListingPaths(facet: Facet) {
  const archive = await getArchive();
  const groups = [...archive.facets[facet].values()].map(({ slug, name, articles }) => [slug, name, articles] as [string, string, Article[]]);
  return listingPaths(groups, (slug) => ({ slug }));
}
