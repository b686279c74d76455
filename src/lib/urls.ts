/**
 * Every URL the site makes, as a path relative to the site root (no base).
 * Pages pass them through `withBase` so the site works under a sub-path.
 */
import { normalizeBase } from './base.ts';
import { dayParts } from './dates.ts';
import { facetSlug } from './slugs.ts';

/** The kinds of grouping pages: one index and one listing per value. */
export type Facet = 'sections' | 'tags' | 'authors' | 'sources';

/** `/YYYY/MM/DD/<slug>/` @example articlePath('2024-03-14', 'budget') // '/2024/03/14/budget/' */
export function articlePath(day: string, slug: string): string {
  const { year, month, day: d } = dayParts(day);
  return `/${year}/${month}/${d}/${slug}/`;
}

/** An article's site path, `/YYYY/MM/DD/<slug>/`: the one pattern that reads one back. */
const ARTICLE_PATH = /^\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/$/;

/**
 * The parts of an article's site path, or undefined when `path` is not one.
 * @example parseArticlePath('/2024/03/14/budget/') // { year: '2024', month: '03', day: '14', slug: 'budget' }
 */
export function parseArticlePath(path: string): { year: string; month: string; day: string; slug: string } | undefined {
  const match = ARTICLE_PATH.exec(path);
  if (!match) return undefined;
  const [, year, month, day, slug] = match as unknown as [string, string, string, string, string];
  return { year, month, day, slug };
}

/** Whether a site path is an article's. @example isArticlePath('/2024/03/') // false */
export function isArticlePath(path: string): boolean {
  return ARTICLE_PATH.test(path);
}

/**
 * The id an article has in the article store: its site path without the outer
 * slashes.
 * @example articleId('/2024/03/14/budget/') // '2024/03/14/budget'
 */
export function articleId(path: string): string {
  return path.slice(1, -1);
}

/** `/YYYY/` or `/YYYY/MM/`, from a key of that length. */
export function datePath(key: string): string {
  return `/${key.split('-').join('/')}/`;
}

/** The id of a day's heading on its month's listing. @example dayAnchor('2024-03-04') // 'day-04' */
export function dayAnchor(day: string): string {
  return `day-${dayParts(day).day}`;
}

/**
 * Where a day is listed: its heading on the page of its month's listing that
 * the day starts on. Days have no pages of their own (a day with one article
 * would cost a page and a file each: thousands in a large archive).
 * @example dayPath('2024-03-04', 2) // '/2024/03/page/2/#day-04'
 * @example dayPath('2024-03-04', undefined) // '/2024/03/#day-04'
 */
export function dayPath(day: string, page: number | undefined): string {
  return `${pagePath(datePath(day.slice(0, 7)), page)}#${dayAnchor(day)}`;
}

/** `/sections/world/` @example facetPath('tags', 'City Council') // '/tags/city-council/' */
export function facetPath(facet: Facet, name: string): string {
  return `/${facet}/${facetSlug(name)}/`;
}

/**
 * The path of a listing's page numbered `n` (src/lib/pagination.ts), or of its first page.
 * @example pagePath('/tags/x/', 2) // '/tags/x/page/2/'
 * @example pagePath('/tags/x/', undefined) // '/tags/x/'
 */
export function pagePath(listing: string, n: number | undefined): string {
  return n === undefined ? listing : `${listing}page/${n}/`;
}

/**
 * Prefixes a site path with the site's base: the one base function of the
 * build, the Markdown bodies and the browser. Absolute URLs and fragments
 * pass through; a path is always a path from the site root, so one that
 * happens to start like the base is still prefixed (a site under `/archive/`
 * has its own `/archive/` page).
 * @example withBase('/archive/', '/2024/') // '/archive/2024/'
 */
export function withBase(base: string, path: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(path)) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}/${path.replace(/^\/+/, '')}`;
}

/**
 * Whether a URL as written holds characters that browsers rewrite before
 * reading it: backslashes (read as `/` in http(s) URLs, so `/\host` is
 * `//host`), and spaces, tabs, line breaks or other control characters
 * (removed or trimmed). Such spellings can hide another host.
 * @example hasHostileUrlCharacters('/\\evil.example/x.svg') // true
 */
export function hasHostileUrlCharacters(url: string): boolean {
  return /[\\\s\u0000-\u001F\u007F]/.test(url);
}

/**
 * Whether a root-relative path stays on this site for every reader: it starts
 * with one `/`, and neither a backslash, a rewritten character nor an encoded
 * slash or backslash right after it can make a browser or server read a host
 * (`//host`, `/\host`, `/%5Chost`, `/%2F/host`).
 * @example isSitePath('/images/a.jpg') // true
 * @example isSitePath('/%5Cevil.example') // false
 */
export function isSitePath(path: string): boolean {
  if (!path.startsWith('/') || hasHostileUrlCharacters(path)) return false;
  return !/^\/(?:\/|%2f|%5c)/i.test(path);
}

/**
 * Whether an href written in an article leaves the site: absolute with a
 * scheme, protocol-relative (`//host`), or any spelling a browser reads as one
 * (`/\host`, `\\host`, `/%5Chost`, with tabs or line breaks inside).
 * @example leavesSite('/\\evil.example/') // true
 * @example leavesSite('/2024/') // false
 */
export function leavesSite(href: string): boolean {
  // Browsers drop tabs and line breaks anywhere and trim spaces and controls at the ends.
  const read = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // Mail and phone links open another program, not another site.
  if (/^[a-z][a-z0-9+.-]*:/i.test(read)) return !/^(?:mailto|tel):/i.test(read);
  return /^[/\\]{2}/.test(read) || /^[/\\](?:%2f|%5c)/i.test(read);
}

/**
 * The value when it is an absolute http(s) URL, trimmed; undefined for anything
 * else (relative paths, other schemes, non-strings), as imported metadata needs.
 * @example httpUrl(' https://news.example/a ') // 'https://news.example/a'
 * @example httpUrl('/a') // undefined
 */
export function httpUrl(value: unknown): string | undefined {
  const url = typeof value === 'string' ? value.trim() : '';
  return /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}

/** The second part of a two-part domain ending: co.uk, co.id, com.au, org.uk, ac.tz, or.ke. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|or|go|gov|edu|ne)$/;

/**
 * The name part of a site's address, before its domain ending, which is two parts long in many
 * countries; undefined for an address that is not a URL.
 * @example siteLabel('https://www.breitbart.com/politics/') // 'breitbart'
 * @example siteLabel('https://www.bbc.co.uk/news/') // 'bbc'
 * @example siteLabel('https://harianpesisir.co.id/') // 'harianpesisir'
 */
export function siteLabel(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
  // Under a country's two-letter ending only: my.go.com is go's site.
  const ending = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.test(labels.at(-2)!) ? 2 : 1;
  return labels.length > ending ? labels.at(-1 - ending) : labels[0] || undefined;
}

/** What a percent-encoded character may be shown as: letters, marks and digits of any script, and `-._~`. */
const READABLE = /^[\p{L}\p{M}\p{N}._~-]$/u;

/**
 * A URL path as files and article URLs spell it: percent-escapes decoded; a
 * malformed one (`%E6` alone) leaves the path as written, for the check that
 * reads it to report, rather than stop on.
 * @example decodedPath('/2024/%E6%B8%AF/') // '/2024/港/'
 * @example decodedPath('/bad%E6/') // '/bad%E6/'
 */
export function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A URL as people read it (its IRI): percent-encoded letters, marks and digits
 * of any script shown as themselves. Anything whose decoding could change the
 * address or hide part of it stays encoded: reserved characters (`%2F`, `%3F`,
 * `%23`, `%25`…), spaces, controls, invisible and bidi formatting characters,
 * and bytes that are not UTF-8. For text shown to readers; links and records
 * keep the encoded URL.
 * @example readableUrl('https://a.example/2024/%D9%85%D9%8A%D8%A7%D9%87/') // 'https://a.example/2024/مياه/'
 * @example readableUrl('/a%2Fb%20c') // '/a%2Fb%20c'
 */
export function readableUrl(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    let out = '';
    // One UTF-8 sequence at a time: its length is told by its first byte.
    for (let i = 0; i < run.length;) {
      const lead = parseInt(run.slice(i + 1, i + 3), 16);
      const size = lead < 0x80 ? 1 : lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      const sequence = run.slice(i, i + size * 3);
      let char = '';
      try {
        char = decodeURIComponent(sequence);
      } catch {
        // Not UTF-8 (a stray continuation byte, a cut sequence): shown as written.
      }
      const readable = sequence.length === size * 3 && READABLE.test(char);
      out += readable ? char : sequence.slice(0, 3);
      i += readable ? sequence.length : 3;
    }
    return out;
  });
}

/**
 * What to do about a link to `target` that is not in the build.
 * @example fixHint('/images/harbour.jpg') // 'add public/images/harbour.jpg, or fix the link'
 */
export function fixHint(target: string): string {
  const path = target.split(/[?#]/)[0] ?? target;
  // A file (it has an extension) belongs in public/; a page is another article or listing.
  return /\.[a-z0-9]+$/i.test(path) ? `add public${path}, or fix the link` : 'fix the link: no page has this address';
}

/**
 * The link's target as the author wrote it: the page's link without the
 * site's base (`/my-archive/images/a.jpg` → `/images/a.jpg`). An article's
 * body may write the base itself (rehype-base-links does not add it twice).
 * @example withoutBase('/my-archive/images/a.jpg', '/my-archive/') // '/images/a.jpg'
 */
export function withoutBase(link: string, base: string): string {
  const prefix = normalizeBase(base);
  return prefix !== '/' && link.startsWith(prefix) ? `/${link.slice(prefix.length)}` : link;
}
