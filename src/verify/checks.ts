/**
 * The checks a build must pass, as pure functions over what was read from
 * content/ and dist/. Each returns problems as sentences naming what is wrong.
 */
import { normalizeBase } from '../lib/base.ts';
import { decodeEntities } from '../lib/entities.ts';
import { decodedPath, leavesSite } from '../lib/urls.ts';
import type { OutputProblem } from './output.ts';

/** One failed check. */
export interface VerifyProblem {
  check:
    | 'article-page'
    | 'sitemap'
    | 'search'
    | 'orphan-page'
    | 'link'
    | 'duplicate-url'
    | 'duplicate-id'
    | 'off-site-url'
    | OutputProblem['check'];
  message: string;
}

/** Lists what is in `expected` but not in `actual`, and the reverse. */
function difference(
  expected: ReadonlySet<string>,
  actual: ReadonlySet<string>,
): { missing: string[]; extra: string[] } {
  return {
    missing: [...expected].filter((item) => !actual.has(item)).sort(),
    extra: [...actual].filter((item) => !expected.has(item)).sort(),
  };
}

/** What the build promised for each article, and what dist/ holds. */
export interface ArticleCoverage {
  /** Article URL (site path without base) → source file. */
  articles: ReadonlyMap<string, string>;
  /** Pages in dist/ that have an article's URL shape (`/YYYY/MM/DD/slug/`). */
  articlePages: ReadonlySet<string>;
  /** Site paths listed in the sitemap. */
  sitemap: ReadonlySet<string>;
  /** Site paths of search records; undefined when the build has no search index. */
  searchRecords?: ReadonlySet<string> | undefined;
}

/**
 * Every article has a page, a sitemap entry and a search record, and no page
 * or record exists for an article that is not in content/.
 */
export function checkArticleCoverage({
  articles,
  articlePages,
  sitemap,
  searchRecords,
}: ArticleCoverage): VerifyProblem[] {
  const expected = new Set(articles.keys());
  const name = (url: string) => `${url} (${articles.get(url) ?? 'no article'})`;
  const problems: VerifyProblem[] = [];
  const pages = difference(expected, articlePages);
  for (const url of pages.missing)
    problems.push({ check: 'article-page', message: `no page for article ${name(url)}` });
  for (const url of pages.extra)
    problems.push({ check: 'orphan-page', message: `page ${url} belongs to no article in content/` });
  for (const url of [...expected].filter((url) => !sitemap.has(url)).sort()) {
    problems.push({ check: 'sitemap', message: `article ${name(url)} is missing from the sitemap` });
  }
  if (searchRecords) {
    const records = difference(expected, searchRecords);
    for (const url of records.missing)
      problems.push({ check: 'search', message: `article ${name(url)} has no search record` });
    for (const url of records.extra)
      problems.push({ check: 'search', message: `search record ${url} belongs to no article` });
  }
  return problems;
}

/** The sitemap lists only pages that exist. */
export function checkSitemapTargets(sitemap: ReadonlySet<string>, pages: ReadonlySet<string>): VerifyProblem[] {
  return [...sitemap]
    .filter((url) => !pages.has(url))
    .sort()
    .map((url) => ({ check: 'sitemap' as const, message: `sitemap lists ${url}, which has no page` }));
}

// A start tag: its name, then quoted strings or other non-quote characters up to ">".
// Comments and the raw text of script/style elements are matched whole and skipped.
const TAGS =
  /<!--[\s\S]*?-->|<(script|style)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>|<[a-zA-Z][a-zA-Z0-9-]*((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
// The attributes we check; quoted values of any attribute are consumed whole, so
// text such as `src=x` inside a value is never mistaken for an attribute.
const ATTRIBUTES = /\s(href|src|action|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))|"[^"]*"|'[^']*'/gi;

/** Link targets (href, src, action) and ids of one page, read the way a browser tokenizes tags. */
export function scanPage(html: string): { links: string[]; ids: string[] } {
  const links: string[] = [];
  const ids: string[] = [];
  for (const tag of html.matchAll(TAGS)) {
    const attributes = tag[2];
    if (!attributes) continue;
    for (const attribute of attributes.matchAll(ATTRIBUTES)) {
      const name = attribute[1];
      if (!name) continue;
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      if (name.toLowerCase() === 'id') ids.push(value);
      else links.push(value);
    }
  }
  return { links, ids };
}

/** Whether a link target stays on the site (no scheme, not protocol-relative, not a fragment). */
export function isInternalLink(link: string): boolean {
  const raw = link.trim();
  // Any spelling a browser reads as another host (`/\\host`, `/%5Chost`) leaves the site, as the pipeline marks it.
  return raw !== '' && !raw.startsWith('#') && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw) && !leavesSite(raw);
}

/**
 * Internal links of one page, as written.
 * @example internalLinks('<a href="/x/">x</a><a href="https://e.org">e</a>') // ['/x/']
 */
export function internalLinks(html: string): string[] {
  return scanPage(html)
    .links.filter(isInternalLink)
    .map((link) => link.trim());
}

/**
 * Resolves a link found on `pagePath` to a site path without base, query or
 * fragment; undefined when it points outside the base (another site on the host).
 * @example resolveLink('../b/', '/archive/a/', '/archive/') // '/b/'
 */
export function resolveLink(link: string, pagePath: string, base: string): string | undefined {
  const page = `http://site${normalizeBase(base)}${pagePath.replace(/^\//, '')}`;
  // A link no browser can follow points to nothing in the build.
  if (!URL.canParse(link, page)) return undefined;
  const url = new URL(link, page);
  const path = decodedPath(url.pathname);
  const prefix = normalizeBase(base);
  if (!path.startsWith(prefix) && `${path}/` !== prefix) return undefined;
  return `/${path.slice(prefix.length)}`;
}

/** Whether a site path is served by something in dist/ (a file, or a folder's index.html). */
export function isServed(path: string, files: ReadonlySet<string>): boolean {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return files.has(`${clean}index.html`);
  return files.has(clean) || files.has(`${clean}/index.html`) || files.has(`${clean}.html`);
}

/** Ids that occur more than once in a list (of one page's ids). */
export function repeatedIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/**
 * Pages that two files in dist/ would both answer (`a.html` and `a/index.html`),
 * or that differ only in case (one of them is lost on case-insensitive disks).
 */
export function duplicateUrls(files: readonly string[]): VerifyProblem[] {
  const byUrl = new Map<string, string[]>();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const url = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`.toLowerCase();
    byUrl.set(url, [...(byUrl.get(url) ?? []), file]);
  }
  return [...byUrl]
    .filter(([, list]) => list.length > 1)
    .map(([url, list]) => ({ check: 'duplicate-url' as const, message: `${list.join(' and ')} both serve ${url}` }));
}
