/**
 * Related articles, computed once for the whole archive. Candidates for an
 * article are only its nearest neighbours in time within each group it
 * belongs to (tag, author, section), so the cost grows with the archive times
 * a constant, never with the square of a big section.
 */
import type { ArticleSummary, FacetGroup } from './archive.ts';
import type { Facet } from './urls.ts';

/** How much sharing each kind of group is worth. */
const WEIGHTS: Record<Facet, number> = { tags: 3, authors: 2, sections: 1, sources: 1 };

export interface RelatedOptions {
  /** Neighbours looked at on each side, in each group. Default 8. */
  window?: number;
  /** Related articles kept per article. Default 4. */
  limit?: number;
}

/**
 * For each article URL, up to `limit` related articles: most shared tags,
 * authors, section and source first, nearest in time on ties.
 */
export function relatedArticles<A extends ArticleSummary>(
  facets: Record<Facet, Map<string, FacetGroup<A>>>,
  options: RelatedOptions = {},
): Map<string, A[]> {
  const window = options.window ?? 8;
  const limit = options.limit ?? 4;
  const scores = new Map<A, Map<A, number>>();
  for (const facet of Object.keys(WEIGHTS) as Facet[]) {
    const weight = WEIGHTS[facet];
    for (const { articles } of facets[facet].values()) {
      // Each group is newest first: neighbours in the list are neighbours in time.
      articles.forEach((article, i) => {
        let own = scores.get(article);
        if (!own) scores.set(article, (own = new Map()));
        for (let j = Math.max(0, i - window); j <= Math.min(articles.length - 1, i + window); j++) {
          const other = articles[j] as A;
          if (j !== i) own.set(other, (own.get(other) ?? 0) + weight);
        }
      });
    }
  }
  const related = new Map<string, A[]>();
  for (const [article, candidates] of scores) {
    const distance = (other: A) => Math.abs(other.date.timestamp - article.date.timestamp);
    related.set(
      article.url,
      [...candidates]
        .sort(([a, sa], [b, sb]) => sb - sa || distance(a) - distance(b) || a.url.localeCompare(b.url))
        .slice(0, limit)
        .map(([other]) => other),
    );
  }
  return related;
}
