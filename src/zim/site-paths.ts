/**
 * Internal URLs of the built site as the files a ZIM holds. A ZIM has no
 * server to turn `/2024/03/` into `2024/03/index.html`, and Kiwix serves the
 * archive under a prefix of its own, so every step of the ZIM build asks the
 * same two questions here: which file does this URL name, and how is it
 * reached from the page that links to it. Pure string work, no file system.
 */
import { posix } from 'node:path';

/** An internal URL resolved to the file it names. */
export interface SiteTarget {
  /** The file's path from the site root, without a leading slash: `2024/03/index.html`. */
  path: string;
  /** What followed the path in the URL (`?q=…`, `#day-05`), kept as written. */
  suffix: string;
}

const ORIGIN = 'http://site.invalid';

/** Whether a URL leaves the page for another site or scheme (`https:`, `mailto:`, `data:`, `//host`). */
export function isOffSite(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
}

/**
 * The file an internal URL of `page` names, or undefined for URLs that name no
 * file of the site: other sites, `data:` URLs, bare fragments (`#main`), and
 * root-absolute URLs outside `base`.
 * @example siteTarget('/2024/03/#day-05', 'index.html', '/') // { path: '2024/03/index.html', suffix: '#day-05' }
 * @example siteTarget('../', '2024/03/index.html', '/') // { path: '2024/index.html', suffix: '' }
 */
export function siteTarget(url: string, page: string, base = '/'): SiteTarget | undefined {
  const value = url.trim();
  if (value === '' || value.startsWith('#') || isOffSite(value)) return undefined;
  const pageUrl = new URL(`${base}${page}`, ORIGIN);
  const target = new URL(value, pageUrl);
  if (!target.pathname.startsWith(base)) return undefined;
  let path = decodeURIComponent(target.pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return { path, suffix: `${target.search}${target.hash}` };
}

/**
 * The relative URL from one file of the site to another, as a ZIM needs it.
 * Only characters that would end or confuse a path (`%`, `?`, `#`, spaces) are
 * escaped: zimcheck compares links with entry paths as written, so a Japanese
 * slug stays in its own letters.
 * @example relativeUrl('2024/03/index.html', { path: '2024/index.html', suffix: '' }) // '../index.html'
 */
export function relativeUrl(fromPage: string, to: SiteTarget): string {
  const relative = posix.relative(posix.dirname(fromPage), to.path) || posix.basename(to.path);
  return `${relative.replace(/[%?# ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}${to.suffix}`;
}
