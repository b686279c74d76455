/**
 * Offline reading: registers the service worker (which caches what the reader
 * opens), on every page, and says whether the archive was kept offline. The
 * "keep this archive offline" download itself is keep-offline.ts, loaded only
 * when the reader asks for it, so no page pays for it up front.
 */

import { PAGE_BUSY_ATTRIBUTE, PAGE_SETTLED_EVENT } from '../lib/page-ids.ts';

/** The cache the service worker of this build reads (see service-worker.js). */
export const cacheName = (version: string): string => `clippings-${version}`;

/**
 * Registers the page's service worker (`<meta name="service-worker">`,
 * `<base>sw.js`) for the whole site, once the page is done loading what it shows. Only over http(s) in a built site: the
 * dev server has no sw.js, and file:// has no service workers. A copy of the
 * site without a worker (the ZIM file) drops the meta tag, and nothing is registered.
 */
export function registerServiceWorker(base: string): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const worker = document.querySelector<HTMLMetaElement>('meta[name="service-worker"]')?.content;
  if (!worker) return;
  const firstVisit = navigator.serviceWorker.controller === null;
  pageSettled()
    .then(() => navigator.serviceWorker.register(worker, { scope: base }))
    .then(async () => {
      // On a first visit the page and its files loaded before the worker ran, so
      // it never saw them: hand it their addresses to keep for offline reading.
      if (!firstVisit) return;
      const registration = await navigator.serviceWorker.ready;
      registration.active?.postMessage({ type: 'keep', urls: pageUrls(base) });
    })
    .catch((error: unknown) => {
      // Offline reading is a bonus: the site works without it.
      console.warn('Offline reading unavailable:', error);
    });
}

/** Longest a busy page holds the worker back (a search that never answers). */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Resolves once the page has loaded and, on a page marked busy (the search page until its first
 * results), once it says it is done: on a first visit the worker's start (its own downloads, and
 * the page's files fetched again to keep) would otherwise share the network and the processor with
 * what the reader waits for.
 */
function pageSettled(): Promise<void> {
  return new Promise((resolve) => {
    const loaded = () => {
      if (!document.querySelector(`[${PAGE_BUSY_ATTRIBUTE}]`)) return resolve();
      document.addEventListener(PAGE_SETTLED_EVENT, () => resolve(), { once: true });
      setTimeout(resolve, SETTLE_TIMEOUT_MS);
    };
    if (document.readyState === 'complete') loaded();
    else window.addEventListener('load', loaded, { once: true });
  });
}

/** Marks a busy page done (see {@link pageSettled}); later calls do nothing. */
export function announcePageSettled(): void {
  const busy = document.querySelector(`[${PAGE_BUSY_ATTRIBUTE}]`);
  if (!busy) return;
  busy.removeAttribute(PAGE_BUSY_ATTRIBUTE);
  document.dispatchEvent(new Event(PAGE_SETTLED_EVENT));
}

/** This page (without its query) and the same-site files it loaded. */
function pageUrls(base: string): string[] {
  const page = new URL(location.href);
  page.search = '';
  page.hash = '';
  const scope = new URL(base, location.origin).href;
  const files = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(scope) && !url.includes('/sw.js'));
  return [page.href, ...new Set(files)];
}

/** Whether this build's files (of this version) were kept offline in this browser already. */
export function isKeptOffline(version: string): boolean {
  try {
    return localStorage.getItem('clippings-offline') === version;
  } catch {
    return false;
  }
}
