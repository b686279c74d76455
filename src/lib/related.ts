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
  // Articles by number, and each group as the numbers of its articles: scoring then reads arrays,
  // not maps of objects (a map of scores per article was 5.9 s at 100,000 articles, in every build).
  const numbers = new Map<A, number>();
  const articles: A[] = [];
  const groups: { members: Int32Array; weight: number }[] = [];
  for (const facet of Object.keys(WEIGHTS) as Facet[])
    for (const group of facets[facet].values()) {
      const members = new Int32Array(group.articles.length);
      group.articles.forEach((article, index) => {
        let number = numbers.get(article);
        if (number === undefined) {
          number = articles.push(article) - 1;
          numbers.set(article, number);
        }
        members[index] = number;
      });
      groups.push({ members, weight: WEIGHTS[facet] });
    }
  // Where each article sits in each of its groups, as (group, index) pairs listed per article.
  const count = new Int32Array(articles.length + 1);
  for (const { members } of groups) for (const number of members) count[number + 1]!++;
  for (let i = 0; i < articles.length; i++) count[i + 1]! += count[i]!;
  const placeGroup = new Int32Array(count[articles.length]!);
  const placeIndex = new Int32Array(count[articles.length]!);
  const filled = count.slice(0, articles.length);
  groups.forEach(({ members }, group) =>
    members.forEach((number, index) => {
      const at = filled[number]!++;
      placeGroup[at] = group;
      placeIndex[at] = index;
    }),
  );
  // One score table for every article, cleared after each: only the candidates touched are read.
  const scores = new Float64Array(articles.length);
  const touched: number[] = [];
  const related = new Map<string, A[]>();
  articles.forEach((article, number) => {
    for (let at = count[number]!; at < count[number + 1]!; at++) {
      const { members, weight } = groups[placeGroup[at]!]!;
      const index = placeIndex[at]!;
      // Each group is newest first: neighbours in the list are neighbours in time.
      for (let j = Math.max(0, index - window); j <= Math.min(members.length - 1, index + window); j++) {
        if (j === index) continue;
        const other = members[j]!;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight;
      }
    }
    // The best `limit` candidates, kept in order as they come (sorting every candidate to keep four
    // was most of this function's time: 0.3 s at 10,000 articles, in every build).
    const best: Candidate<A>[] = [];
    for (const other of touched) {
      const score = scores[other]!;
      scores[other] = 0;
      // Most candidates score below the fourth kept: they are let go before any object is made.
      if (best.length === limit && score < best[limit - 1]!.score) continue;
      const candidate = {
        other: articles[other]!,
        score,
        distance: Math.abs(articles[other]!.date.timestamp - article.date.timestamp),
      };
      let at = best.length;
      while (at > 0 && ranksBefore(candidate, best[at - 1] as Candidate<A>)) at--;
      if (at >= limit) continue;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    touched.length = 0;
    related.set(
      article.url,
      best.map(({ other }) => other),
    );
  });
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
