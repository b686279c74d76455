/**
 * The contract between the build and the browser for search and offline use:
 * the shapes of `search.json` (read by the search page on every visit) and
 * `offline.json` (read only for "keep this archive offline"), both written by
 * src/search/offline-files.ts, and the URLs both sides must agree on.
 */

/** One Pagefind bundle: the whole index, or one shard of it (a run of months). */
export interface SearchBundle {
  /** The shard's name (its months, e.g. `2001-01-2019-06`; `all` for a bundle found on disk as `pagefind/`). */
  id: string;
  /** Folder relative to the site base, with a trailing slash: `pagefind/`, `pagefind-2020-01-2024-06/`. */
  path: string;
  /** Pagefind's `metaCacheTag` for this bundle: replaces the timestamp on its entry request. */
  metaCacheTag: string;
  /** Languages with pages in this bundle. */
  languages: string[];
  /**
   * Per language, what Pagefind's entry file (`pagefind-entry.json`) says of
   * its index: the search page asks for the metadata and WebAssembly before
   * Pagefind has read the entry, and knows how many pages a shard holds
   * before searching it. Absent in manifests written before 2026-12-01.
   */
  indexes?: Record<string, PagefindIndexEntry>;
}

/** One language's index in a bundle, as its `pagefind-entry.json` lists it. */
export interface PagefindIndexEntry {
  /** Names the metadata file: `pagefind.<hash>.pf_meta`. */
  hash: string;
  /** Names the WebAssembly file: `wasm.<wasm>.pagefind`; null for a language without a stemmer (`wasm.unknown.pagefind`). */
  wasm: string | null;
  /** Pages of this language in the bundle. */
  page_count: number;
}

/** The list of files "keep this archive offline" downloads (`<base>offline.json`). */
export interface OfflineManifest {
  /** Changes whenever any listed file changes; names the service worker's cache. */
  version: string;
  /** Pagefind's `metaCacheTag` of the first bundle (`pagefind/`). */
  metaCacheTag: string;
  /** Languages of the index, most pages first: the search page asks each one. */
  languages: string[];
  /**
   * The index bundles, oldest period first; `pagefind/` is always the first.
   * Shards cover disjoint runs of months, so newest-first results are the
   * shards' own sorted results one shard after another.
   */
  bundles: SearchBundle[];
  /** Files relative to the site base (no leading slash), with their sizes. */
  files: { path: string; bytes: number }[];
  totalBytes: number;
}

/**
 * What the search page reads on every visit (`<base>search.json`): the index's
 * bundles and languages, and only the size of the offline download. The full
 * list of files (`offline.json`, about 80 bytes a file, megabytes at 100,000
 * articles) is fetched only when the reader asks to keep the archive offline.
 */
export interface SearchManifest extends Omit<OfflineManifest, 'files' | 'totalBytes'> {
  /** What "keep this archive offline" would download, told in a few bytes. */
  offline: { files: number; bytes: number };
  /** First and last month (`YYYY-MM`) with articles, bounding an open date range; absent for an empty archive. */
  span?: { first: string; last: string };
}

/** Site paths (relative to the base) of the two manifests. */
export const SEARCH_MANIFEST_PATH = 'search.json';
export const OFFLINE_MANIFEST_PATH = 'offline.json';

/** The small manifest for an offline one. */
export function searchManifestOf(manifest: OfflineManifest, span?: SearchManifest['span']): SearchManifest {
  const { files, totalBytes, ...rest } = manifest;
  return { ...rest, offline: { files: files.length, bytes: totalBytes }, ...(span ? { span } : {}) };
}

/**
 * The months an archive's shards cover, from their ids (`2001-01-2019-06`, `2024-03`):
 * undefined when an id does not name its months (`all`).
 * @example monthSpan(['2001-01-2019-06', '2019-07']) // { first: '2001-01', last: '2019-07' }
 */
export function monthSpan(ids: readonly string[]): SearchManifest['span'] {
  const months = ids.map((id) => /^(\d{4}-\d{2})(?:-(\d{4}-\d{2}))?$/.exec(id));
  if (months.length === 0 || months.some((match) => !match)) return undefined;
  const firsts = months.map((match) => match![1]!).sort();
  const lasts = months.map((match) => match![2] ?? match![1]!).sort();
  return { first: firsts[0]!, last: lasts[lasts.length - 1]! };
}

/** Site path of Pagefind's loader as the search page preloads it: the index's first language imports it from here. */
export const PAGEFIND_MODULE_PATH = 'pagefind/pagefind.js';

/**
 * The URL path of Pagefind's loader for one language of the index. Each
 * language gets its own copy of the module, hence its own WebAssembly:
 * Pagefind keeps one WebAssembly module per module instance, and two
 * languages' stemmers in one corrupt each other's memory. The first language
 * (most pages) takes the plain address, which the search page's HTML
 * preloads before it knows the languages; the others add `?lang=`.
 * @param languages the index's languages, most pages first (the manifests' `languages`)
 * @example pagefindModulePath(['en', 'fr'], 'fr') // 'pagefind/pagefind.js?lang=fr'
 */
export function pagefindModulePath(languages: readonly string[], language: string): string {
  return language === languages[0]
    ? PAGEFIND_MODULE_PATH
    : `${PAGEFIND_MODULE_PATH}?lang=${encodeURIComponent(language)}`;
}
