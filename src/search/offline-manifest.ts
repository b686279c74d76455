/**
 * The contract between the build and the browser for offline use: the shape of
 * `offline.json` (written by src/search/offline-files.ts, read by the
 * search page) and the URLs both sides must agree on.
 */

/** One Pagefind bundle: the whole index, or one shard of it (a run of months). */
export interface SearchBundle {
  /** The shard's name (its months, e.g. `2001-01-2019-06`; `all` for the first bundle when found on disk rather than told by the indexer). */
  id: string;
  /** Folder relative to the site base, with a trailing slash: `pagefind/`, `pagefind-2020-01-2024-06/`. */
  path: string;
  /** Pagefind's `metaCacheTag` for this bundle: replaces the timestamp on its entry request. */
  metaCacheTag: string;
  /** Languages with pages in this bundle. */
  languages: string[];
}

/** The manifest the search page reads (`<base>offline.json`). */
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
 * The URL path of Pagefind's loader for one language. Each language gets its
 * own copy of the module, hence its own web worker and WebAssembly: Pagefind
 * keeps one WebAssembly module per worker, and two languages' stemmers in one
 * worker corrupt each other's memory.
 */
export function pagefindModulePath(language: string): string {
  return `pagefind/pagefind.js?lang=${encodeURIComponent(language)}`;
}

