/**
 * The files that let the archive work offline, written after the search index:
 *
 * - `offline.json`: what "keep this archive offline" downloads (every bundle of
 *   the search index, the search page and its assets), with sizes so the page
 *   can say how much before it starts; which bundles (shards) the index has,
 *   with the tag that makes each bundle's entry file cacheable.
 * - `search.json`: the same without the file list, and the download's size: what
 *   the search page reads on every visit (offline.json is fetched only for the download).
 * - `sw.js`: the service worker, stamped with a version derived from those
 *   files, so a rebuilt site replaces the old caches instead of mixing with them.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../lib/base.ts';
import { listFiles } from '../lib/list-files.ts';
import type { BundleFolder } from './bundles.ts';
import { BUNDLE_FOLDER } from './shards.ts';
import {
  monthSpan,
  OFFLINE_MANIFEST_PATH,
  pagefindModulePath,
  SEARCH_MANIFEST_PATH,
  searchManifestOf,
  type OfflineManifest,
  type PagefindIndexEntry,
  type SearchBundle,
} from './offline-manifest.ts';

/** Pagefind writes three UIs into every bundle (`pagefind/`, `pagefind-<shard>/`); the JS API needs none of them. */
export const UNUSED_PAGEFIND = /^pagefind(-[^/]+)?\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Pages of the shell that must open offline: the search page, the front page, and what a page never kept shows. */
const SHELL_PAGES = ['search/', '', 'offline/'];
const SHELL_FILES = ['favicon.svg'];

/** All files under `dir`, as POSIX paths relative to `root`. */
async function walk(root: string, dir: string): Promise<string[]> {
  return (await listFiles(join(root, dir))).map((path) => `${dir}/${path}`);
}

/** The file behind a site path (a page path means its index.html). */
function fileOf(site: string, path: string): string {
  return path === '' || path.endsWith('/') ? join(site, path, 'index.html') : join(site, path);
}

/**
 * Lists the offline files of a built site and computes its version. Every
 * bundle's entry file is listed under the URL Pagefind will request
 * (`?ts=<tag>`); Pagefind's loader under the URLs the search page imports it
 * from (`pagefind/pagefind.js`, then `?lang=<language>`: pagefindModulePath).
 * @param bundles the index bundles, oldest period first, as the indexer wrote them (or as findBundles finds them)
 */
export async function buildOfflineManifest(site: string, folders: readonly BundleFolder[]): Promise<OfflineManifest> {
  if (folders[0]?.dir !== 'pagefind')
    throw new Error(`Offline manifest: the first search bundle must be pagefind/, not ${folders[0]?.dir ?? 'missing'}`);
  const pageCounts: Record<string, number> = {};
  const searchBundles: SearchBundle[] = [];
  const files: OfflineManifest['files'] = [];
  for (const { id, dir } of folders) {
    const entry = await readFile(join(site, dir, 'pagefind-entry.json'));
    const metaCacheTag = createHash('sha256').update(entry).digest('hex').slice(0, 12);
    const { languages: counts } = JSON.parse(entry.toString('utf8')) as {
      languages: Record<string, PagefindIndexEntry>;
    };
    const indexes: Record<string, PagefindIndexEntry> = {};
    for (const [language, { hash, wasm, page_count }] of Object.entries(counts)) {
      pageCounts[language] = (pageCounts[language] ?? 0) + page_count;
      indexes[language] = { hash, wasm: wasm ?? null, page_count };
    }
    searchBundles.push({ id, path: `${dir}/`, metaCacheTag, languages: Object.keys(counts).sort(), indexes });
    const bundleFiles = (await walk(site, dir)).filter(
      (path) =>
        !UNUSED_PAGEFIND.test(path) &&
        path !== `${dir}/pagefind-entry.json` &&
        path !== `${dir}/pagefind.js` &&
        // Pagefind runs on the search page's thread (src/client/archive-search.ts): its worker is never loaded.
        path !== `${dir}/pagefind-worker.js`,
    );
    // Sizes read synchronously: tens of thousands of promise-based stats cost several times more.
    for (const path of bundleFiles) files.push({ path, bytes: statSync(join(site, path)).size });
    files.push({ path: `${dir}/pagefind-entry.json?ts=${metaCacheTag}`, bytes: entry.byteLength });
  }
  const languages = Object.entries(pageCounts)
    .sort(([, a], [, b]) => b - a)
    .map(([lang]) => lang);
  const assets = await walk(site, '_astro');
  const shell = [...SHELL_PAGES, ...SHELL_FILES].filter((path) => existsSync(fileOf(site, path)));
  for (const path of [...shell, ...assets]) files.push({ path, bytes: statSync(fileOf(site, path)).size });
  files.sort((a, b) => a.path.localeCompare(b.path));
  // The search page loads pagefind.js once per language (see src/client/archive-search.ts).
  const loader = statSync(join(site, 'pagefind', 'pagefind.js')).size;
  for (const language of languages) files.push({ path: pagefindModulePath(languages, language), bytes: loader });
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const version = createHash('sha256')
    .update(JSON.stringify(files))
    .update(await readFile(fileURLToPath(SERVICE_WORKER)))
    .digest('hex')
    .slice(0, 12);
  return {
    version,
    metaCacheTag: searchBundles[0]?.metaCacheTag ?? '',
    languages,
    bundles: searchBundles,
    files,
    totalBytes,
  };
}

/** The service worker's source; `__VERSION__`, `__BASE__` and `__BUNDLE_FOLDER__` are filled in per build. */
const SERVICE_WORKER = new URL('../client/service-worker.js', import.meta.url);

/** Writes `offline.json`, `search.json` and `sw.js` into the built site. */
export async function writeOfflineFiles(options: {
  site: string;
  base: string;
  bundles: readonly BundleFolder[];
}): Promise<{ manifest: string; files: number; bytes: number }> {
  const manifest = await buildOfflineManifest(options.site, options.bundles);
  const manifestPath = join(options.site, OFFLINE_MANIFEST_PATH);
  await writeFile(manifestPath, `${JSON.stringify(manifest)}\n`);
  const span = monthSpan(options.bundles.map((bundle) => bundle.id));
  await writeFile(join(options.site, SEARCH_MANIFEST_PATH), `${JSON.stringify(searchManifestOf(manifest, span))}\n`);
  const base = normalizeBase(options.base);
  const worker = (await readFile(fileURLToPath(SERVICE_WORKER), 'utf8'))
    .replaceAll('__BUNDLE_FOLDER__', JSON.stringify(BUNDLE_FOLDER.source))
    .replaceAll('__VERSION__', manifest.version)
    .replaceAll('__BASE__', base);
  await writeFile(join(options.site, 'sw.js'), worker);
  return {
    manifest: relative(options.site, manifestPath).split(sep).join('/'),
    files: manifest.files.length,
    bytes: manifest.totalBytes,
  };
}
