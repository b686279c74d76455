/**
 * The site's feeds as endpoints share them: the whole archive's latest
 * articles, and each section's, as RSS, Atom and JSON Feed.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import {
  atomFeed,
  feedInstant,
  jsonFeed,
  RSS_NAMESPACES,
  rssChannelExtras,
  rssItemExtras,
  xmlText,
  type FeedInput,
} from '../lib/feeds.ts';
import { facetPath, withBase } from '../lib/urls.ts';
import { absoluteUrl, site } from '../site.ts';
import { getArchive, type Article } from './archive.ts';
import { cacheKeyOf } from './cache-key.ts';

/** Articles a feed carries: readers fetch feeds often, so the newest fifty, as /rss.xml does. */
export const FEED_SIZE = 50;

/** The feed formats and where each lives under a feed's folder (`/` or `/sections/<slug>/`). */
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof FEED_FILES;

/** What one feed covers. */
export interface FeedScope {
  title: string;
  description: string;
  /** Folder path without base, e.g. `/sections/politics/`. */
  folder: string;
  /** The articles the feed carries, newest first: at most FEED_SIZE, cut where the scope is made. */
  articles: readonly Article[];
}

/** The archive's own feeds. */
export async function siteFeedScope(): Promise<FeedScope> {
  const archive = await getArchive();
  return {
    title: site.title,
    description: site.description,
    folder: '/',
    articles: archive.newest.slice(0, FEED_SIZE),
  };
}

/**
 * getStaticPaths for a per-section feed: one per section, with its scope (the
 * articles it carries, no more) and a cache key of it, so an incremental build
 * writes again only the feeds of the sections whose latest articles changed.
 */
export async function sectionFeedPaths() {
  const archive = await getArchive();
  return [...archive.facets.sections.values()].map(({ slug, name, articles }) => {
    const scope: FeedScope = {
      title: `${name} · ${site.title}`,
      description: `${name}: the latest articles in ${site.title}.`,
      folder: facetPath('sections', name),
      articles: articles.slice(0, FEED_SIZE),
    };
    return { params: { slug }, props: { scope }, cacheKey: cacheKeyOf(scope) };
  });
}

function feedInput(scope: FeedScope, format: 'atom' | 'json', origin: URL | undefined): FeedInput {
  return {
    title: scope.title,
    description: scope.description,
    lang: site.lang,
    homeUrl: absoluteUrl(scope.folder, origin),
    feedUrl: absoluteUrl(`${scope.folder}${FEED_FILES[format]}`, origin),
    publisher: site.publisher,
    items: scope.articles.map((article) => ({
      url: absoluteUrl(article.url, origin),
      title: article.title,
      summary: article.summary,
      date: article.date,
      updated: article.updated,
      authors: article.authors,
      categories: [article.section, ...article.tags],
      lang: article.lang,
      image: article.image && absoluteUrl(article.image.src, origin),
    })),
  };
}

/** The response for one feed in one format. */
export async function feedResponse(scope: FeedScope, format: FeedFormat, context: APIContext): Promise<Response> {
  if (format === 'rss') {
    return rss({
      title: xmlText(scope.title),
      description: xmlText(scope.description),
      site: absoluteUrl(scope.folder, context.site),
      // @astrojs/rss escapes markup but not the characters XML cannot hold at all.
      items: scope.articles.map((article) => ({
        title: xmlText(article.title),
        link: withBase(import.meta.env.BASE_URL, article.url),
        pubDate: feedInstant(article.date),
        description: xmlText(article.summary),
        categories: [article.section, ...article.tags].map(xmlText),
        customData: rssItemExtras(article.authors, article.lang, site.lang),
      })),
      xmlns: RSS_NAMESPACES,
      customData: rssChannelExtras(site.lang, absoluteUrl(`${scope.folder}${FEED_FILES.rss}`, context.site)),
    });
  }
  const input = feedInput(scope, format, context.site);
  return format === 'atom'
    ? new Response(atomFeed(input), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
    : new Response(jsonFeed(input), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
