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
  // Where each article sits in each of its groups; candidates are scored one
  // article at a time from there, so only one score table lives at once.
  const memberships = new Map<A, { articles: A[]; index: number; weight: number }[]>();
  for (const facet of Object.keys(WEIGHTS) as Facet[]) {
    for (const { articles } of facets[facet].values()) {
      articles.forEach((article, index) => {
        const list = memberships.get(article);
        const membership = { articles, index, weight: WEIGHTS[facet] };
        if (list) list.push(membership);
        else memberships.set(article, [membership]);
      });
    }
  }
  const related = new Map<string, A[]>();
  for (const [article, groups] of memberships) {
    const scores = new Map<A, number>();
    // Each group is newest first: neighbours in the list are neighbours in time.
    for (const { articles, index, weight } of groups) {
      for (let j = Math.max(0, index - window); j <= Math.min(articles.length - 1, index + window); j++) {
        const other = articles[j] as A;
        if (j !== index) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    // The best `limit` candidates, kept in order as they come (sorting every candidate to keep four
    // was most of this function's time: 0.3 s at 10,000 articles, in every build).
    const best: Candidate<A>[] = [];
    for (const [other, score] of scores) {
      const candidate = { other, score, distance: Math.abs(other.date.timestamp - article.date.timestamp) };
      let at = best.length;
      while (at > 0 && ranksBefore(candidate, best[at - 1] as Candidate<A>)) at--;
      if (at >= limit) continue;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    related.set(
      article.url,
      best.map(({ other }) => other),
    );
  }
  return related;
}

interface Candidate<A> {
  other: A;
  score: number;
  /** Milliseconds between the two articles. */
  distance: number;
}

/** Most shared first, then nearest in time, then by URL (so the order never depends on the input's). */
function ranksBefore<A extends ArticleSummary>(a: Candidate<A>, b: Candidate<A>): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.other.url.localeCompare(b.other.url) < 0;
}
