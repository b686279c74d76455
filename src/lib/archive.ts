/**
 * The archive's indexes, built once per build in a single pass over the
 * articles: newest-first order, previous/next neighbours, date groups and
 * facets (section, tag, author, source). Pages look things up here instead of
 * re-sorting the collection, so per-page cost does not grow with the archive.
 */
import type { ArticleDate } from './dates.ts';
import { facetSlug } from './slugs.ts';
import type { Facet } from './urls.ts';

/** What a listing needs of an article. */
export interface ArticleSummary {
  url: string;
  title: string;
  dek?: string | undefined;
  summary: string;
  date: ArticleDate;
  section: string;
  authors: readonly string[];
  tags: readonly string[];
  source?: { name: string } | undefined;
  lang: string;
}

/** A named group of articles (one section, tag, author or source). */
export interface FacetGroup<A> {
  /** Display name (the first spelling met in newest-first order). */
  name: string;
  slug: string;
  articles: A[];
}

/** The indexes of the whole archive. */
export interface Archive<A extends ArticleSummary = ArticleSummary> {
  /** All articles, newest first. */
  newest: A[];
  /** For each article URL, its neighbours in time. */
  neighbours: Map<string, { newer?: A | undefined; older?: A | undefined }>;
  /** Date groups keyed `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each newest first. */
  years: Map<string, A[]>;
  months: Map<string, A[]>;
  days: Map<string, A[]>;
  /** Article counts per month of each year (`YYYY` → `YYYY-MM` → n) and per day of each month (`YYYY-MM` → `YYYY-MM-DD` → n). */
  monthCounts: Map<string, Map<string, number>>;
  dayCounts: Map<string, Map<string, number>>;
  /** For each date key (year, month or day), the nearest earlier and later keys of its kind with articles. */
  dateNeighbours: Map<string, { previous?: string | undefined; next?: string | undefined }>;
  /** Facet groups keyed by slug, each newest first. */
  facets: Record<Facet, Map<string, FacetGroup<A>>>;
}

/**
 * Newest first by calendar day as written (what readers see on the page), then
 * by instant within a day, then by URL, so the order never depends on file
 * order. A day comes before its instant: `2019-12-31T23:30-08:00` is still
 * 31 December, older than anything dated 1 January 2020.
 */
export function compareNewestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.date.day.localeCompare(a.date.day) || b.date.timestamp - a.date.timestamp || a.url.localeCompare(b.url);
}

function count(map: Map<string, Map<string, number>>, outer: string, inner: string, n: number): void {
  const counts = map.get(outer) ?? new Map<string, number>();
  counts.set(inner, n);
  map.set(outer, counts);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The names an article files under each facet. */
export function facetNames(article: ArticleSummary): Record<Facet, readonly string[]> {
  return {
    sections: [article.section],
    tags: article.tags,
    authors: article.authors,
    sources: article.source ? [article.source.name] : [],
  };
}

/**
 * The names an article is filed under in search, each spelt as its facet page names it: the
 * spelling the archive met first, so "高橋誠" and "高橋 誠", or "harbour" and "Harbour", are one
 * filter value, as they are one page (the article's own byline keeps how it was written).
 * @example searchFilterNames(archive.facets, { ...article, authors: ['高橋誠'] }).authors // ['高橋 誠']
 */
export function searchFilterNames<A>(
  facets: Record<Facet, Map<string, FacetGroup<A>>>,
  article: ArticleSummary,
): Record<Facet, string[]> {
  const names = facetNames(article);
  const filed = (facet: Facet) => [
    ...new Set(names[facet].map((name) => facets[facet].get(facetSlug(name))?.name ?? name)),
  ];
  return { sections: filed('sections'), tags: filed('tags'), authors: filed('authors'), sources: filed('sources') };
}

/** Builds every index in one pass over the articles sorted once. */
export function buildArchive<A extends ArticleSummary>(articles: readonly A[]): Archive<A> {
  const newest = [...articles].sort(compareNewestFirst);
  const archive: Archive<A> = {
    newest,
    neighbours: new Map(),
    years: new Map(),
    months: new Map(),
    days: new Map(),
    monthCounts: new Map(),
    dayCounts: new Map(),
    dateNeighbours: new Map(),
    facets: { sections: new Map(), tags: new Map(), authors: new Map(), sources: new Map() },
  };
  newest.forEach((article, i) => {
    archive.neighbours.set(article.url, { newer: newest[i - 1], older: newest[i + 1] });
    const day = article.date.day;
    push(archive.years, day.slice(0, 4), article);
    push(archive.months, day.slice(0, 7), article);
    push(archive.days, day, article);
    const names = facetNames(article);
    for (const facet of Object.keys(names) as Facet[]) {
      // One article filed twice under the same slug ("Harbour", "harbour") counts once.
      const slugs = new Set<string>();
      for (const name of names[facet]) {
        const slug = facetSlug(name);
        if (slugs.has(slug)) continue;
        slugs.add(slug);
        const groups = archive.facets[facet];
        const group = groups.get(slug);
        if (group) group.articles.push(article);
        else groups.set(slug, { name, slug, articles: [article] });
      }
    }
  });
  for (const [month, list] of archive.months) count(archive.monthCounts, month.slice(0, 4), month, list.length);
  for (const [day, list] of archive.days) count(archive.dayCounts, day.slice(0, 7), day, list.length);
  for (const groups of [archive.years, archive.months, archive.days]) {
    // Sorted, not insertion order: a late-evening date-time west of UTC sorts
    // after the next calendar day's midnight, so met order is not day order.
    const keys = [...groups.keys()].sort().reverse();
    keys.forEach((key, i) => archive.dateNeighbours.set(key, { previous: keys[i + 1], next: keys[i - 1] }));
  }
  return archive;
}

/**
 * Groups sorted by name in the archive's language (for index pages), with their counts: a Swedish
 * archive lists Åberg after Zorn, a Japanese one kana before kanji (in JIS order), and "Route 9" comes
 * before "Route 10" everywhere.
 * @example facetIndex(groups, 'sv').map((g) => g.name) // ['Adler', 'Zorn', 'Åberg', 'Öberg']
 */
export function facetIndex<A>(
  groups: Map<string, FacetGroup<A>>,
  lang: string,
): { name: string; slug: string; count: number }[] {
  const { compare } = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...groups.values()]
    .map(({ name, slug, articles }) => ({ name, slug, count: articles.length }))
    .sort((a, b) => compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/**
 * The archive's first and last years, `YYYY` (undefined when it is empty): the
 * search page offers them as examples in its date fields, so the hint is the
 * archive's own span rather than made-up years.
 * @example yearSpan(buildArchive(articles)) // { oldest: '2019', newest: '2022' }
 */
export function yearSpan(archive: Pick<Archive, 'years'>): { oldest: string; newest: string } | undefined {
  const years = [...archive.years.keys()].sort();
  const [oldest, newest] = [years[0], years.at(-1)];
  return oldest && newest ? { oldest, newest } : undefined;
}
