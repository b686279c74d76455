/*
 * Clippings service worker, served at <base>sw.js. The build fills in
 * __VERSION__ (changes with the site's assets and index), __BASE__ and
 * __BUNDLE_FOLDER__ (the pattern of search bundle folders, from
 * src/search/shards.ts, so the worker and the build agree on what a bundle is).
 *
 * - Pagefind files and bundled assets (`pagefind/`, the shards' `pagefind-<months>/`,
 *   `_astro/`): cache first. Their names or the `?ts=` tag change when their content does.
 * - Pages and anything else of this site: network first, so readers see
 *   corrections, falling back to the cached copy when offline.
 * - Other origins: untouched (the site makes no such requests anyway).
 *
 * Plain JavaScript without imports: a service worker is fetched by URL and
 * must not depend on the bundler.
 */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const CACHE = `clippings-${VERSION}`;
const BUNDLE_FOLDER = new RegExp(__BUNDLE_FOLDER__);

/** What a page this browser never kept shows offline (src/pages/offline.astro), in the site's language. */
const NOT_KEPT_PAGE = `${BASE}offline/`;

self.addEventListener('install', (event) => {
  // A new version takes over at once: its caches are complete on their own.
  self.skipWaiting();
  // Kept from the start, so the first page missing offline already has it; a failure only means the browser's own error.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(NOT_KEPT_PAGE))
      .catch(() => undefined),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // A new deploy must not empty the reader's offline archive: pages they
      // read move into the new cache (they are refreshed from the network when
      // online). Search files and assets are left behind: a new index replaces
      // them, and the search page offers to download it again.
      const cache = await caches.open(CACHE);
      const old = (await caches.keys()).filter((name) => name.startsWith('clippings-') && name !== CACHE);
      for (const name of old) {
        const previous = await caches.open(name);
        for (const request of await previous.keys()) {
          if (isStatic(new URL(request.url).pathname) || (await cache.match(request, ANY_VARY))) continue;
          const response = await previous.match(request, ANY_VARY);
          if (response) await cache.put(request, response);
        }
        await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/**
 * Matching ignores the responses' Vary header: `npm run preview` (Vite) and some
 * hosts send `Vary: Origin`, and a file kept by "Keep this archive offline" (a
 * plain fetch) was then never matched by the page's module scripts, which send
 * an Origin: offline search failed. Nothing this site serves differs by header.
 */
const ANY_VARY = { ignoreVary: true };

/** Whether a same-origin path is immutable enough to serve from cache first. */
function isStatic(path) {
  if (!path.startsWith(BASE)) return false;
  const [top, ...rest] = path.slice(BASE.length).split('/');
  return rest.length > 0 && (top === '_astro' || BUNDLE_FOLDER.test(top));
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, ANY_VARY);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // A page is stored without its query: /search/?q=x and /search/ share one shell.
    if (response.ok) await cache.put(stripQuery(request), response.clone());
    return response;
  } catch (error) {
    const hit =
      (await cache.match(request, ANY_VARY)) ?? (await cache.match(request, { ...ANY_VARY, ignoreSearch: true }));
    if (hit) return hit;
    // A page never kept: say so in the site's language, with what the search index knows of it.
    const notKept = request.mode === 'navigate' ? await cache.match(NOT_KEPT_PAGE, ANY_VARY) : undefined;
    if (notKept) return notKept;
    throw error;
  }
}

function stripQuery(request) {
  const url = new URL(request.url);
  if (request.mode !== 'navigate' || !url.search) return request;
  url.search = '';
  return new Request(url.href);
}

// A page's first visit happens before this worker runs: the page then sends the
// addresses it loaded, so they are kept like anything fetched through the worker.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || !Array.isArray(event.data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const href of event.data.urls) {
        const url = new URL(href, self.location.origin);
        if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) continue;
        if (await cache.match(url.href, ANY_VARY)) continue;
        const response = await fetch(url.href).catch(() => undefined);
        if (response?.ok) await cache.put(url.href, response);
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(isStatic(url.pathname) ? cacheFirst(request) : networkFirst(request));
});
