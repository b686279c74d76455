/**
 * The addresses the site itself writes into its pages, feeds and sitemap
 * (canonical and alternate links, Open Graph and Twitter images, scripts,
 * stylesheets, the lead image, JSON-LD, feed and sitemap URLs) must stay on
 * the site: a frontmatter value spelled `/\host` once made og:image, JSON-LD
 * and feed.json point at another host. Only the values of fields that are
 * external by design (src/content/external-urls.ts) may leave, and only in
 * the places the site writes them. Links inside an article's body are the
 * author's, marked external by their `rel`, and are not read here.
 */
import type { DeclaredExternal, ExternalField } from '../content/external-urls.ts';
import { decodeEntities } from '../lib/entities.ts';
import { decodedPath, hasHostileUrlCharacters, leavesSite } from '../lib/urls.ts';

/** One address the site wrote, and where. */
export interface FoundUrl {
  /** Where in the file it was found, as a reader names it: `meta og:image`, `JSON-LD image.url`, `items[].url` (JSON Feed). */
  place: string;
  url: string;
  /** Site path of the article whose declared-external values may stand here (a feed item's article); else the page's own. */
  article?: string | undefined;
}

/** The only places each external-by-design field is written; anywhere else its value is flagged like any other. */
export const EXTERNAL_PLACES: Readonly<Record<ExternalField, readonly string[]>> = {
  'source.url': ['JSON-LD isBasedOn', 'JSON-LD citation'],
  'image.src': [
    'meta og:image',
    'meta twitter:image',
    'JSON-LD image',
    'JSON-LD image.url',
    'img src',
    'items[].image',
  ],
};

/** `<meta>` names and properties whose content is an address. */
const URL_METAS = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'article:author',
  'service-worker',
]);
/** JSON-LD keys whose string values are addresses (`@context` is the vocabulary's, not a link). */
const JSON_LD_URL_KEYS = new Set([
  'url',
  'image',
  '@id',
  'mainEntityOfPage',
  'logo',
  'item',
  'isBasedOn',
  'citation',
  'sameAs',
  'contentUrl',
  'thumbnailUrl',
]);

// Comments; script and style elements with their raw text; end tags of div; start tags.
const TOKENS =
  /<!--[\s\S]*?-->|<(script|style)\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/\1\s*>|<\/(div)\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one start tag, names lower-cased, values decoded. */
function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] as string).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Every string under an address key of a JSON-LD value, with its key path (`image.url`, `itemListElement.item`). */
function jsonLdUrls(value: unknown, path: string, found: FoundUrl[]): void {
  if (Array.isArray(value)) {
    for (const item of value) jsonLdUrls(item, path, found);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof inner === 'string') {
      if (JSON_LD_URL_KEYS.has(key)) found.push({ place: `JSON-LD ${at}`, url: inner });
    } else jsonLdUrls(inner, at, found);
  }
}

/**
 * The addresses the site writes in one HTML page: `<link href>`, address
 * `<meta content>`, `<script src>`, `<form action>`, `<img src>` outside the
 * article body, and the address fields of JSON-LD. A JSON-LD block that is
 * not JSON is returned as a problem.
 * @example siteUrlsOfPage('<link rel="canonical" href="https://e.org/">').urls // [{ place: 'link rel=canonical', url: 'https://e.org/' }]
 */
export function siteUrlsOfPage(html: string): { urls: FoundUrl[]; unreadable: string[] } {
  const urls: FoundUrl[] = [];
  const unreadable: string[] = [];
  // Depth of open divs inside the article body (0: outside it): its images are the author's.
  let body = 0;
  for (const token of html.matchAll(TOKENS)) {
    const [, raw, rawAttributes, rawText, endDiv, name, text] = token;
    if (raw !== undefined) {
      const attributes = attributesOf(rawAttributes ?? '');
      const src = attributes.get('src');
      if (raw.toLowerCase() === 'script' && src !== undefined) urls.push({ place: 'script src', url: src });
      if (attributes.get('type')?.toLowerCase() === 'application/ld+json') {
        try {
          jsonLdUrls(JSON.parse(rawText ?? '') as unknown, '', urls);
        } catch (error) {
          unreadable.push(`JSON-LD cannot be read (${error instanceof Error ? error.message : String(error)})`);
        }
      }
      continue;
    }
    if (endDiv !== undefined) {
      if (body > 0) body--;
      continue;
    }
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    if (tag === 'div') {
      if (body > 0) body++;
      else if (/(?:^|\s)article-body(?:\s|$)/.test(attributesOf(text ?? '').get('class') ?? '')) body = 1;
      continue;
    }
    if (tag !== 'link' && tag !== 'meta' && tag !== 'img' && tag !== 'form') continue;
    const attributes = attributesOf(text ?? '');
    if (tag === 'link' && attributes.has('href'))
      urls.push({ place: `link rel=${attributes.get('rel') ?? ''}`, url: attributes.get('href') as string });
    else if (tag === 'meta') {
      const key = (attributes.get('property') ?? attributes.get('name') ?? '').toLowerCase();
      const content = attributes.get('content');
      if (URL_METAS.has(key) && content !== undefined) urls.push({ place: `meta ${key}`, url: content });
    } else if (tag === 'img' && body === 0 && attributes.has('src'))
      urls.push({ place: 'img src', url: attributes.get('src') as string });
    else if (tag === 'form' && attributes.has('action'))
      urls.push({ place: 'form action', url: attributes.get('action') as string });
  }
  return { urls, unreadable };
}

/** Text of every `<name>` element and the values of `attribute="…"` in an XML document, decoded. */
function xmlValues(xml: string, elements: readonly string[], attributes: readonly string[]): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const element of elements)
    for (const match of xml.matchAll(new RegExp(`<${element}(\\s[^>]*)?>([^<]*)</${element}>`, 'g'))) {
      // An RSS guid that says it is no permalink is an identifier, not an address.
      if (element === 'guid' && /isPermaLink\s*=\s*["']false["']/.test(match[1] ?? '')) continue;
      found.push({ place: `<${element}>`, url: decodeEntities((match[2] as string).trim()) });
    }
  for (const attribute of attributes)
    for (const match of xml.matchAll(new RegExp(`<([\\w:-]+)\\s[^>]*?\\b${attribute}\\s*=\\s*"([^"]*)"`, 'g')))
      found.push({ place: `<${match[1] as string} ${attribute}>`, url: decodeEntities(match[2] as string) });
  return found;
}

/** The addresses in an RSS or Atom feed: links, ids and guids, and every href or url attribute. */
export function siteUrlsOfXmlFeed(xml: string): FoundUrl[] {
  return xmlValues(xml, ['link', 'id', 'guid', 'url', 'icon', 'logo'], ['href', 'url']);
}

/** The addresses in a sitemap or sitemap index. */
export function siteUrlsOfSitemap(xml: string): FoundUrl[] {
  return xmlValues(xml, ['loc'], []);
}

/**
 * The site path an absolute address of this site names, as article URLs are
 * kept (`/2024/05/08/新しいフェリー/`): feeds write it percent-encoded.
 * Undefined for an address elsewhere.
 * @example sitePathOf('https://news.example/archive/2024/05/08/%E6%B8%AF/', 'https://news.example/archive/') // '/2024/05/08/港/'
 */
export function sitePathOf(url: string, home: string): string | undefined {
  if (!url.startsWith(home)) return undefined;
  return decodedPath(`/${url.slice(home.length).replace(/[?#].*$/s, '')}`);
}

/** The addresses of a JSON Feed: its home and feed URLs, and each item's id, url and images (tied to the item's article). */
export function siteUrlsOfJsonFeed(feed: unknown, articleOf: (url: string) => string | undefined): FoundUrl[] {
  const found: FoundUrl[] = [];
  if (typeof feed !== 'object' || feed === null) return found;
  const { home_page_url: home, feed_url: self, icon, favicon, items } = feed as Record<string, unknown>;
  for (const [key, value] of Object.entries({ home_page_url: home, feed_url: self, icon, favicon }))
    if (typeof value === 'string') found.push({ place: key, url: value });
  for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
    if (typeof item !== 'object' || item === null) continue;
    const fields = item as Record<string, unknown>;
    const article = typeof fields['url'] === 'string' ? articleOf(fields['url']) : undefined;
    for (const key of ['id', 'url', 'external_url', 'image', 'banner_image']) {
      const value = fields[key];
      if (typeof value === 'string') found.push({ place: `items[].${key}`, url: value, article });
    }
  }
  return found;
}

/**
 * An address for a one-line report: in quotes, with control characters
 * shown as escapes (a line break in it must not split the line); backslashes
 * stay as written, since they are often the point.
 * @example shownUrl('/\\evil.example') // '"/\\evil.example"'
 */
export function shownUrl(url: string): string {
  return `"${url.replace(/[\u0000-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** Compares addresses as a browser would read them (`https://E.org` is `https://e.org/`). */
function normalized(url: string): string {
  return URL.canParse(url) ? new URL(url).href : url;
}

/**
 * Why `url`, found on the page at `pageUrl`, leaves the site whose home is
 * `home` (its origin and base, `https://e.org/archive/`), or undefined when it stays.
 * @example whyOffSite('https://evil.example/x', 'https://e.org/a/', 'https://e.org/') // 'is not under https://e.org/'
 * @example whyOffSite('/\\evil.example/x', 'https://e.org/a/', 'https://e.org/') // 'is spelled so that browsers read another host'
 */
export function whyOffSite(url: string, pageUrl: string, home: string): string | undefined {
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(url.trim());
  // Backslashes, spaces and controls are rewritten by browsers; `/\host` and `/%5Chost` are another host to some of them.
  if (hasHostileUrlCharacters(url) || (!hasScheme && leavesSite(url)))
    return 'is spelled so that browsers read another host';
  if (!URL.canParse(url, pageUrl)) return 'is not a valid address';
  const target = new URL(url, pageUrl);
  const site = new URL(home);
  if (target.origin !== site.origin || !`${target.pathname}/`.startsWith(site.pathname)) return `is not under ${home}`;
  return undefined;
}

/** One address that leaves the site. */
export interface OffSiteUrl extends FoundUrl {
  reason: string;
}

/**
 * The addresses of one file that leave the site, except a declared-external
 * value in a place where the site writes that field. `declaredFor` gives an
 * article's declared values by its site path; `page` is the file's own.
 */
export function offSiteUrls(
  found: readonly FoundUrl[],
  options: {
    pageUrl: string;
    home: string;
    page?: string | undefined;
    declaredFor: (article: string) => DeclaredExternal | undefined;
  },
): OffSiteUrl[] {
  const offSite: OffSiteUrl[] = [];
  for (const entry of found) {
    const reason = whyOffSite(entry.url, options.pageUrl, options.home);
    if (reason === undefined) continue;
    const owner = entry.article ?? options.page;
    const declared = owner === undefined ? undefined : options.declaredFor(owner);
    const allowed =
      reason.startsWith('is not under') &&
      declared !== undefined &&
      (Object.entries(declared) as [ExternalField, string][]).some(
        ([field, value]) => EXTERNAL_PLACES[field].includes(entry.place) && normalized(value) === normalized(entry.url),
      );
    if (!allowed) offSite.push({ ...entry, reason });
  }
  return offSite;
}
