/**
 * Offline reading: registers the service worker (which caches what the reader
 * opens) and runs the "keep this archive offline" download of the whole search
 * index and the search page's shell.
 */
import { OFFLINE_MANIFEST_PATH, SEARCH_MANIFEST_PATH, type OfflineManifest } from '../search/offline-manifest.ts';
import { withBase } from '../lib/urls.ts';

/** The cache the service worker of this build reads (see service-worker.js). */
export const cacheName = (version: string): string => `clippings-${version}`;

/**
 * Registers the page's service worker (`<meta name="service-worker">`,
 * `<base>sw.js`) for the whole site. Only over http(s) in a built site: the
 * dev server has no sw.js, and file:// has no service workers. A copy of the
 * site without a worker (the ZIM file) drops the meta tag, and nothing is registered.
 */
export function registerServiceWorker(base: string): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const worker = document.querySelector<HTMLMetaElement>('meta[name="service-worker"]')?.content;
  if (!worker) return;
  const firstVisit = navigator.serviceWorker.controller === null;
  navigator.serviceWorker
    .register(worker, { scope: base })
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

/** Progress of a download, in bytes. */
export interface Progress {
  done: number;
  total: number;
}

/**
 * Fetches the list of files (offline.json: megabytes at 100,000 articles, so
 * only now that the reader asked), then stores every file of it and both
 * manifests in the service worker's cache, a few at a time, reporting bytes
 * as each file lands. Writing to the cache directly means it works before the
 * service worker controls the page.
 */
export async function keepOffline(base: string, onProgress: (progress: Progress) => void): Promise<void> {
  const manifestUrl = withBase(base, `/${OFFLINE_MANIFEST_PATH}`);
  const listed = await fetch(manifestUrl, { cache: 'no-cache' });
  if (!listed.ok) throw new Error(`${manifestUrl}: HTTP ${listed.status}`);
  const manifest = (await listed.clone().json()) as OfflineManifest;
  const cache = await caches.open(cacheName(manifest.version));
  const queue = [...manifest.files];
  const progress: Progress = { done: 0, total: manifest.totalBytes };
  onProgress(progress);
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = withBase(base, `/${file.path}`);
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(url, response);
      progress.done += file.bytes;
      onProgress(progress);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  await cache.put(manifestUrl, listed);
  const searchUrl = withBase(base, `/${SEARCH_MANIFEST_PATH}`);
  await cache.put(searchUrl, await fetch(searchUrl, { cache: 'no-cache' }));
  localStorage.setItem('clippings-offline', manifest.version);
}

/** Whether this build's files (of this version) were kept offline in this browser already. */
export function isKeptOffline(version: string): boolean {
  try {
    return localStorage.getItem('clippings-offline') === version;
  } catch {
    return false;
  }
}
