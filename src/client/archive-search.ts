/**
 * The archive's search engine in the browser: Pagefind's JS API over the index
 * the build wrote to `<base>pagefind/`, one Pagefind instance per language
 * (each with its own stemming), merged into one result list.
 *
 * Pagefind's files exist only after indexing, so `pagefind.js` is loaded at
 * run time by URL rather than bundled.
 */
import { pagefindModulePath, type OfflineManifest } from '../lib/offline-manifest.ts';
import { mergeByScore, mergeSorted, type LazyResult, type ResultStream } from '../lib/merge-results.ts';
import type { PagefindResultData } from '../lib/search-results.ts';
import { toPagefindOptions, type SearchState } from '../lib/search-state.ts';
import { withBase } from '../lib/urls.ts';

/** Value → number of pages, per filter. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: LazyResult<PagefindResultData>[];
  filters: FilterCounts;
}

/** The subset of Pagefind 1.6's instance API we call. */
interface PagefindInstance {
  init(): Promise<void>;
  search(term: string | null, options: object): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface ArchiveSearch {
  /** All filter values with their page counts, across languages. */
  filters(): Promise<FilterCounts>;
  /** Runs a search; results are read from the stream a page at a time. */
  search(state: SearchState): Promise<ResultStream<PagefindResultData>>;
}

/** The build's offline manifest, which also names the index's languages and cache tag. */
export async function loadManifest(base: string): Promise<OfflineManifest> {
  const response = await fetch(withBase(base, '/offline.json'));
  // The index exists only in a built site (`npm run build`), never under `astro dev`.
  if (!response.ok) throw new Error(`the search index was not found (offline.json: HTTP ${response.status}); it is made by npm run build`);
  return (await response.json()) as OfflineManifest;
}

/** Adds up counts of the same filter value from several indexes. */
export function mergeFilterCounts(all: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [filter, values] of Object.entries(counts)) {
      const target = (merged[filter] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return merged;
}

/**
 * Creates a Pagefind instance for one language. Pagefind 1.6's
 * `createInstance` takes the language from `<html lang>` and ignores the
 * option, so the attribute is set for the (synchronous) call and put back.
 */
function instanceFor(pagefind: PagefindModule, language: string, options: Record<string, unknown>): PagefindInstance {
  const html = document.documentElement;
  const original = html.getAttribute('lang');
  html.setAttribute('lang', language);
  try {
    return pagefind.createInstance(options);
  } finally {
    if (original === null) html.removeAttribute('lang');
    else html.setAttribute('lang', original);
  }
}

/** Loads Pagefind and opens every language index of the archive. */
export async function openArchiveSearch(base: string, manifest: OfflineManifest): Promise<ArchiveSearch> {
  const options = {
    basePath: withBase(base, '/pagefind/'),
    // Result URLs come from paths inside dist/, which know nothing of the base.
    baseUrl: base,
    metaCacheTag: manifest.metaCacheTag,
    excerptLength: 24,
  };
  const languages = manifest.languages.length > 0 ? manifest.languages : [document.documentElement.lang || 'en'];
  const instances = await Promise.all(
    languages.map(async (language) => {
      // One module (so one worker and one WebAssembly memory) per language.
      const url = withBase(base, `/${pagefindModulePath(language)}`);
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
      return instanceFor(pagefind, language, options);
    }),
  );
  await Promise.all(instances.map((instance) => instance.init()));

  return {
    async filters() {
      return mergeFilterCounts(await Promise.all(instances.map((instance) => instance.filters())));
    },
    async search(state) {
      const { filters, sort } = toPagefindOptions(state);
      const term = state.query === '' ? null : state.query;
      const responses = await Promise.all(instances.map((instance) => instance.search(term, { filters, sort })));
      const lists = responses.map((response) => response?.results ?? []);
      if (state.sort === 'relevance') return mergeByScore(lists);
      return mergeSorted(lists, (data) => data.meta['date_key'] ?? '', state.sort === 'newest' ? 'desc' : 'asc');
    },
  };
}
