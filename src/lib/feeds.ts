/**
 * Atom 1.0 and JSON Feed 1.1 documents from plain data (RSS stays with
 * @astrojs/rss). XML goes through fast-xml-builder (the builder split out of
 * fast-xml-parser, which the importer already uses), which escapes
 * text and attributes; characters XML 1.0 cannot carry at all are dropped.
 * Dates are RFC 3339, built from the article dates as written; no clock is read.
 */
import XMLBuilder from 'fast-xml-builder';
import type { ArticleDate } from './dates.ts';

/** One article in a feed; every URL absolute. */
export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  date: ArticleDate;
  updated?: ArticleDate | undefined;
  authors: readonly string[];
  /** Section first, then tags. */
  categories: readonly string[];
  lang: string;
  image?: string | undefined;
}

/** A whole feed; `items` newest first. */
export interface FeedInput {
  title: string;
  description: string;
  lang: string;
  /** The HTML page the feed follows (home, or a section page). */
  homeUrl: string;
  /** This feed's own URL. */
  feedUrl: string;
  /** Who publishes the archive: the feed's author, so unsigned entries still have one (Atom requires it). */
  publisher: string;
  items: readonly FeedItem[];
}

/**
 * An RFC 3339 timestamp for an article date: a bare day is its noon UTC (a feed
 * reader shows it on that day anywhere from UTC−11 to UTC+11, where midnight UTC
 * is the day before in the Americas), a date-time keeps its own offset and gains
 * seconds when written without.
 * @example rfc3339(parseArticleDate('2021-06-01')!) // '2021-06-01T12:00:00Z'
 * @example rfc3339(parseArticleDate('2021-06-01T09:00+02:00')!) // '2021-06-01T09:00:00+02:00'
 */
export function rfc3339(date: ArticleDate): string {
  if (!date.time) return `${date.day}T12:00:00Z`;
  return date.written.replace(/T(\d{2}:\d{2})(?=Z|[+-])/, 'T$1:00');
}

/** The instant a feed gives an article date (RSS's pubDate): as rfc3339 reads it, a bare day at noon UTC. */
export function feedInstant(date: ArticleDate): Date {
  return new Date(Date.parse(rfc3339(date)));
}

/**
 * The latest change among the items, as the feed gives each (feedInstant: a bare day at noon UTC): the feed's
 * `updated`, never before an entry's own, and the same on a rebuild without changes.
 */
function feedUpdated(items: readonly FeedItem[]): ArticleDate | undefined {
  let last: ArticleDate | undefined;
  for (const item of items) {
    for (const date of [item.date, item.updated])
      if (date && (!last || feedInstant(date).getTime() > feedInstant(last).getTime())) last = date;
  }
  return last;
}

/**
 * Drops what XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/FFFF); escaping cannot save those.
 * @example xmlText('A\u0008B') // 'AB'
 */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

// processEntities (the default, spelled out because safety depends on it) escapes & < > " ' in text and attributes.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
});

/**
 * An Atom 1.0 feed document.
 * @example atomFeed(feed).startsWith('<?xml version="1.0" encoding="utf-8"?>') // true
 */
export function atomFeed(feed: FeedInput): string {
  const updated = feedUpdated(feed.items);
  const text = (value: string) => ({ '@_type': 'text', '#text': xmlText(value) });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': feed.lang,
      id: feed.feedUrl,
      title: text(feed.title),
      subtitle: text(feed.description),
      // An empty feed has no article date to give; the Unix epoch keeps it valid and stable.
      updated: updated ? rfc3339(updated) : '1970-01-01T00:00:00Z',
      author: { name: xmlText(feed.publisher) },
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.feedUrl },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.homeUrl },
      ],
      entry: feed.items.map((item) => ({
        ...(item.lang !== feed.lang ? { '@_xml:lang': item.lang } : {}),
        id: item.url,
        title: text(item.title),
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': item.url },
        published: rfc3339(item.date),
        updated: rfc3339(item.updated ?? item.date),
        author: item.authors.map((name) => ({ name: xmlText(name) })),
        category: item.categories.map((term) => ({ '@_term': xmlText(term) })),
        summary: text(item.summary),
      })),
    },
  });
}

/**
 * A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).
 * @example JSON.parse(jsonFeed(feed)).version // 'https://jsonfeed.org/version/1.1'
 */
export function jsonFeed(feed: FeedInput): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.feedUrl,
      description: feed.description,
      language: feed.lang,
      authors: [{ name: feed.publisher }],
      items: feed.items.map((item) => ({
        id: item.url,
        url: item.url,
        title: item.title,
        content_text: item.summary,
        summary: item.summary,
        date_published: rfc3339(item.date),
        ...(item.updated ? { date_modified: rfc3339(item.updated) } : {}),
        ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
        tags: [...item.categories],
        ...(item.image ? { image: item.image } : {}),
        ...(item.lang !== feed.lang ? { language: item.lang } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The namespaces of the RSS elements @astrojs/rss has no field for (rssChannelExtras, rssItemExtras). */
export const RSS_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

// Fragments, escaped as the feeds are (processEntities), with no whitespace between elements.
const fragments = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
});

/**
 * What an RSS channel says beyond @astrojs/rss's fields: its language and its
 * own address (`atom:link rel="self"`, which feed validators ask for).
 * @example rssChannelExtras('en', 'https://x.example/rss.xml') // '<language>en</language><atom:link href="https://x.example/rss.xml" rel="self" type="application/rss+xml"/>'
 */
export function rssChannelExtras(lang: string, feedUrl: string): string {
  return fragments.build({
    language: xmlText(lang),
    'atom:link': { '@_href': xmlText(feedUrl), '@_rel': 'self', '@_type': 'application/rss+xml' },
  });
}

/**
 * What an RSS item says beyond @astrojs/rss's fields: its writers (`dc:creator`:
 * RSS's own `author` is an e-mail address) and, when it is not the feed's, its
 * language (`dc:language`), as the Atom and JSON feeds say them.
 * @example rssItemExtras(['Ada Quill'], 'fr', 'en') // '<dc:creator>Ada Quill</dc:creator><dc:language>fr</dc:language>'
 */
export function rssItemExtras(authors: readonly string[], lang: string, feedLang: string): string {
  return fragments.build({
    ...(authors.length > 0 ? { 'dc:creator': authors.map(xmlText) } : {}),
    ...(lang !== feedLang ? { 'dc:language': xmlText(lang) } : {}),
  });
}
