/**
 * Which files of the built site go into the ZIM. Everything a reader browses
 * does (pages, listings, images, styles, scripts); what only makes sense on a
 * live web site does not, each for the reason given beside it.
 */

/** A kind of file left out of the ZIM, and why. */
interface Exclusion {
  test: (path: string) => boolean;
  why: string;
}

import { BUILDING_FILE, MANIFEST_FILE } from '../output/manifest.ts';

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The files left out; the README's "A portable offline archive (Kiwix)" section lists the same. */
export const LIVE_SITE_ONLY: readonly Exclusion[] = [
  {
    test: (p) => p === 'sw.js' || p === 'offline.json' || p === 'offline/index.html',
    why: 'offline reading in a browser: a ZIM is offline already',
  },
  {
    test: (p) => p === 'search.json' || /^pagefind(-[^/]+)?\//.test(p),
    why: "the site's own search index: Kiwix searches with the index zimwriterfs builds",
  },
  {
    test: (p) => ['rss.xml', 'atom.xml', 'feed.json'].includes(base(p)),
    why: 'feeds announce new articles on a live site',
  },
  { test: (p) => /^sitemap[^/]*\.xml$/.test(p) || p === 'robots.txt', why: 'for search engines crawling a live site' },
  { test: (p) => p === '_headers', why: "a static host's configuration" },
  {
    test: (p) => p === MANIFEST_FILE || p === BUILDING_FILE,
    why: 'what verify and the next build check the output folder against',
  },
  {
    test: (p) => p.split('/').some((part) => part.startsWith('.')),
    why: 'hidden files a deployment keeps in the output folder (.git, .well-known): not the archive',
  },
  { test: (p) => p === '404.html', why: "a web server's error page" },
  {
    test: (p) => p.startsWith('on-this-day/'),
    why: "picks articles by today's date by fetching from the site root, which Kiwix does not serve",
  },
];

/**
 * Whether a file of the built site (path from its root, `/`-separated) goes into the ZIM.
 * @example inZim('2024/03/index.html') // true
 * @example inZim('sw.js') // false
 */
export function inZim(path: string): boolean {
  return !LIVE_SITE_ONLY.some((rule) => rule.test(path));
}
