/**
 * The "keep this archive offline" download of the whole search index and the
 * search page's shell. Its own module, imported by the search page only when
 * the reader presses "Keep offline": before that, no page loads it.
 */
import { OFFLINE_MANIFEST_PATH, SEARCH_MANIFEST_PATH, type OfflineManifest } from '../search/offline-manifest.ts';
import { withBase } from '../lib/urls.ts';
import { storeProblem } from '../search/offline-check.ts';
import { cacheName } from './offline.ts';

/** Progress of a download, in bytes. */
export interface Progress {
  done: number;
  total: number;
}

/** A download that did not store everything: which files failed, and why. */
export class OfflineIncomplete extends Error {
  readonly failures: readonly string[];
  constructor(failures: readonly string[]) {
    super(
      `${failures.length} file${failures.length === 1 ? '' : 's'} could not be kept: ${failures.slice(0, 3).join('; ')}${failures.length > 3 ? '; …' : ''}`,
    );
    this.failures = failures;
  }
}

/** Fetches one file and checks it against offline.json before it may be stored (src/search/offline-check.ts). */
async function fetchChecked(url: string, path: string, bytes: number): Promise<Response | string> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    return `${path}: the network failed (${error instanceof Error ? error.message : String(error)})`;
  }
  const body = await response.arrayBuffer();
  const problem = storeProblem(path, bytes, {
    ok: response.ok,
    status: response.status,
    type: response.type,
    contentType: response.headers.get('content-type'),
    bytes: body.byteLength,
  });
  return (
    problem ??
    new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  );
}

/**
 * Fetches the list of files (offline.json: megabytes at 100,000 articles, so
 * only now that the reader asked), then stores every file of it in the service
 * worker's cache, a few at a time, reporting bytes as each file lands. Writing
 * to the cache directly means it works before the service worker controls the
 * page. Every response is checked (status, type, size against offline.json)
 * before it is stored; when any fails, the archive is not marked as kept and
 * the promise rejects with an OfflineIncomplete naming each failure, so
 * nothing half-stored ever claims to be complete.
 */
export async function keepOffline(base: string, onProgress: (progress: Progress) => void): Promise<void> {
  const manifestUrl = withBase(base, `/${OFFLINE_MANIFEST_PATH}`);
  const listed = await fetchChecked(manifestUrl, OFFLINE_MANIFEST_PATH, 0);
  if (typeof listed === 'string') throw new OfflineIncomplete([listed]);
  const manifest = (await listed.clone().json()) as OfflineManifest;
  const cache = await caches.open(cacheName(manifest.version));
  try {
    localStorage.removeItem('clippings-offline');
  } catch {
    // No storage (a private window): nothing claims the archive is kept.
  }
  const queue = [...manifest.files];
  const progress: Progress = { done: 0, total: manifest.totalBytes };
  const failures: string[] = [];
  onProgress(progress);
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = withBase(base, `/${file.path}`);
      const checked = await fetchChecked(url, file.path, file.bytes);
      if (typeof checked === 'string') failures.push(checked);
      else await cache.put(url, checked);
      progress.done += file.bytes;
      onProgress(progress);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  // Both manifests last, and only when everything they list is stored: they are what offline search opens first.
  if (failures.length === 0) {
    const searchUrl = withBase(base, `/${SEARCH_MANIFEST_PATH}`);
    const checked = await fetchChecked(searchUrl, SEARCH_MANIFEST_PATH, 0);
    if (typeof checked === 'string') failures.push(checked);
    else {
      const stored = (await checked
        .clone()
        .json()
        .catch(() => undefined)) as { version?: string } | undefined;
      if (stored?.version !== manifest.version)
        failures.push(
          `${SEARCH_MANIFEST_PATH}: the site changed during the download (a new build): reload the page and try again`,
        );
      else {
        await cache.put(manifestUrl, listed);
        await cache.put(searchUrl, checked);
      }
    }
  }
  if (failures.length > 0) throw new OfflineIncomplete(failures);
  localStorage.setItem('clippings-offline', manifest.version);
}
