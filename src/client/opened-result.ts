/**
 * The search result a reader last opened, kept for this tab (sessionStorage):
 * offline, an article that was never kept in this browser opens as the
 * "not kept on this device" page (src/pages/offline.astro), which shows the
 * text the search index holds for it instead of nothing.
 */

/** What a result shows of its article: the search index's record of it. */
export interface OpenedResult {
  /** The article's path, as the browser requests it. */
  path: string;
  title: string;
  /** Date, section and byline, as the result line shows them. */
  meta: string;
  lang: string;
  /** The article's text as Pagefind indexed it (no pictures, no layout). */
  text: string;
}

const KEY = 'clippings-opened';

/** A link's path as `location.pathname` reads it (percent-encoded, no query). */
const pathOf = (href: string): string => new URL(href, location.href).pathname;

/** Keeps the result being opened; a full session store is no reason to stop the reader. */
export function rememberOpened(result: OpenedResult): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...result, path: pathOf(result.path) }));
  } catch {
    // Storage full or refused (private mode): the offline page then says only that the page is not kept.
  }
}

/** The result the reader opened to reach `href`, if it is the one kept. */
export function openedResult(href: string): OpenedResult | undefined {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as OpenedResult | null;
    return kept && kept.path === pathOf(href) ? kept : undefined;
  } catch {
    return undefined;
  }
}
