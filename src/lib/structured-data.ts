/**
 * schema.org structured data (JSON-LD) for search engines and reference tools:
 * a NewsArticle per article, a BreadcrumbList per listing, and the one safe way
 * to write either into a `<script type="application/ld+json">` data block.
 */
import type { ArticleDate } from './dates.ts';

/** A JSON-LD object: plain JSON with `@` keys. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What the NewsArticle needs; every URL absolute. */
export interface NewsArticleInput {
  /** Canonical URL of the archived page. */
  url: string;
  headline: string;
  description: string;
  date: ArticleDate;
  updated?: ArticleDate | undefined;
  /** Bylines, each with its author page. */
  authors: readonly { name: string; url?: string | undefined }[];
  section: string;
  tags: readonly string[];
  lang: string;
  wordCount?: number | undefined;
  image?: { url: string; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined;
  /** The publication that first ran it; without one, the archive's own publisher did. */
  source?: { name: string; url?: string | undefined } | undefined;
  /** The archive's own publisher and site. */
  publisher: { name: string; url: string };
  website: { name: string; url: string };
  copyright?: string | undefined;
  corrections: readonly { date: ArticleDate; text: string }[];
}

/**
 * When an article last changed: the latest of its date, its update and its
 * corrections, compared as instants (a bare day counts as its midnight UTC).
 * @example lastModified({ date: parseArticleDate('2020-01-01')!, corrections: [] }).written // '2020-01-01'
 */
export function lastModified(article: {
  date: ArticleDate;
  updated?: ArticleDate | undefined;
  corrections: readonly { date: ArticleDate }[];
}): ArticleDate {
  const dates = [...(article.updated ? [article.updated] : []), ...article.corrections.map((c) => c.date)];
  return dates.reduce((last, date) => (date.timestamp > last.timestamp ? date : last), article.date);
}

/**
 * A schema.org NewsArticle. The original publication is the `publisher` (the
 * archive is the `isPartOf` site) and its URL `isBasedOn`; an unsigned article
 * is credited to that publisher. `dateModified` is the latest of the date, the
 * update and the corrections. Dates are as written (day, or date-time with offset).
 * @example newsArticleJsonLd(input)['@type'] // 'NewsArticle'
 */
export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const publisher: JsonLd = input.source
    ? { '@type': 'Organization', name: input.source.name }
    : { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url };
  const modified = lastModified(input);
  const authors: JsonLd[] = input.authors.map(({ name, url }) => ({
    '@type': 'Person',
    name,
    ...(url ? { url } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.date.written,
    dateModified: modified.written,
    author: authors.length > 0 ? authors : [publisher],
    publisher,
    isPartOf: { '@type': 'WebSite', name: input.website.name, url: input.website.url },
    articleSection: input.section,
    ...(input.tags.length > 0 ? { keywords: [...input.tags] } : {}),
    inLanguage: input.lang,
    ...(input.wordCount !== undefined ? { wordCount: input.wordCount } : {}),
    ...(input.image
      ? {
          image: {
            '@type': 'ImageObject',
            url: input.image.url,
            description: input.image.alt,
            ...(input.image.caption ? { caption: input.image.caption } : {}),
            ...(input.image.credit ? { creditText: input.image.credit } : {}),
          },
        }
      : {}),
    ...(input.source?.url ? { isBasedOn: input.source.url } : {}),
    ...(input.copyright ? { copyrightNotice: input.copyright } : {}),
    ...(input.corrections.length > 0
      ? {
          correction: input.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.text,
            datePublished: c.date.written,
          })),
        }
      : {}),
  };
}

/**
 * A schema.org BreadcrumbList from the way down to a page (first the home page,
 * last the page itself), positions counted from 1.
 * @example breadcrumbListJsonLd([{ name: 'Home', url: 'https://e.org/' }]).itemListElement
 * // [{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://e.org/' }]
 */
export function breadcrumbListJsonLd(crumbs: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map(({ name, url }, i) => ({ '@type': 'ListItem', position: i + 1, name, item: url })),
  };
}

const UNSAFE_IN_SCRIPT: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are
 * written as `\u003c`-style escapes, so no value can close the element
 * (`</script>`) or open a comment (`<!--`) in the HTML parser, and U+2028/2029
 * escaped for old JavaScript parsers; JSON.parse still reads the same values.
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char] ?? char);
}
