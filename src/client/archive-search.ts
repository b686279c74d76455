/**
 * The archive's search engine in the browser: Pagefind's JS API over the index
 * the build wrote, one Pagefind instance per language (each with its own
 * stemming), merged into one result list.
 *
 * A large archive's index is several bundles, one per shard (run of months,
 * listed in offline.json). Each language's instance opens the first bundle
 * that has the language and `mergeIndex`es the others that have it (a bundle
 * without the language would answer with its main language instead). Every
 * bundle is tagged with a synthetic `shard` filter: Pagefind merges indexes by
 * score, and a date sort's score is a position within one shard, so a
 * date-sorted search reads shard after shard instead (they never overlap in
 * time), each with its own sorted search.
 *
 * Pagefind's files exist only after indexing, so `pagefind.js` is loaded at
 * run time by URL rather than bundled.
 */
import { pagefindModulePath, type OfflineManifest, type SearchBundle } from '../search/offline-manifest.ts';
import { chainParts, mergeByScore, mergeSorted, type LazyResult, type ResultList, type ResultStream } from '../search/merge-results.ts';
import { META } from '../search/record.ts';
import type { PagefindResultData } from '../search/results.ts';
import { toPagefindOptions, type SearchState } from '../search/state.ts';
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
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** Synthetic filter naming the shard (bundle id) a page is in; not one of the search page's filters. */
export const SHARD_FILTER = 'shard';

/** One language's instance and the bundles it searches, oldest period first. */
interface LanguageIndex {
  instance: PagefindInstance;
  bundles: SearchBundle[];
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

/** An object with exactly these own keys, `__proto__` included (defined, never assigned). */
function withOwnKeys(values: Map<string, number>): Record<string, number> {
  const object: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, value] of values) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** Adds up counts of the same filter value from several indexes. */
export function mergeFilterCounts(all: readonly FilterCounts[]): FilterCounts {
  // Maps, not objects: a tag may be named `constructor` or `__proto__`, which
  // an object would answer with its prototype's property or refuse to store.
  const merged = new Map<string, Map<string, number>>();
  for (const counts of all) {
    for (const [filter, values] of Object.entries(counts)) {
      const target = merged.get(filter) ?? merged.set(filter, new Map()).get(filter)!;
      for (const [value, count] of Object.entries(values)) target.set(value, (target.get(value) ?? 0) + count);
    }
  }
  return Object.fromEntries([...merged].map(([filter, values]) => [filter, withOwnKeys(values)]));
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

/**
 * A language's date-sorted results as one list read shard after shard (newest
 * shard first for `desc`). `total` comes from one search over all shards;
 * a shard's own sorted search runs only when the reader gets that far.
 */
async function sortedAcrossShards(
  index: LanguageIndex,
  term: string | null,
  filters: Record<string, unknown>,
  sort: Record<string, string>,
  direction: 'asc' | 'desc',
): Promise<ResultList<PagefindResultData>> {
  const all = await index.instance.search(term, { filters, sort });
  const total = all?.results.length ?? 0;
  const perShard = all?.filters[SHARD_FILTER];
  const periods = direction === 'desc' ? [...index.bundles].reverse() : index.bundles;
  // Shards the overall search counted no result in are skipped; unknown counts are searched.
  const parts = periods
    .filter((bundle) => perShard?.[bundle.id] !== 0)
    .map((bundle) => async () => (await index.instance.search(term, { filters: { ...filters, [SHARD_FILTER]: bundle.id }, sort }))?.results ?? []);
  return chainParts(total, parts);
}

/** Loads Pagefind and opens every language index of the archive, each merging its shards. */
export async function openArchiveSearch(base: string, manifest: OfflineManifest): Promise<ArchiveSearch> {
  const common = {
    // Result URLs come from paths inside dist/, which know nothing of the base.
    baseUrl: base,
    excerptLength: 24,
  };
  const { bundles } = manifest;
  const sharded = bundles.length > 1;
  const languages = manifest.languages.length > 0 ? manifest.languages : [document.documentElement.lang || 'en'];
  const indexes: LanguageIndex[] = await Promise.all(
    languages.map(async (language) => {
      const own = bundles.filter((bundle) => bundle.languages.includes(language));
      const [primary = bundles[0] as SearchBundle, ...others] = own;
      // One module (so one worker and one WebAssembly memory) per language.
      const url = withBase(base, `/${pagefindModulePath(language)}`);
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
      const instance = instanceFor(pagefind, language, {
        ...common,
        basePath: withBase(base, `/${primary.path}`),
        metaCacheTag: primary.metaCacheTag,
        ...(sharded ? { mergeFilter: { [SHARD_FILTER]: primary.id } } : {}),
      });
      await instance.init();
      // Merged bundles share the primary's worker and WebAssembly; each loads only its own metadata.
      await Promise.all(
        others.map((bundle) =>
          instance.mergeIndex(withBase(base, `/${bundle.path}`), { ...common, language, metaCacheTag: bundle.metaCacheTag, mergeFilter: { [SHARD_FILTER]: bundle.id } }),
        ),
      );
      return { instance, bundles: own.length > 0 ? own : [primary] };
    }),
  );

  return {
    async filters() {
      const counts = mergeFilterCounts(await Promise.all(indexes.map(({ instance }) => instance.filters())));
      delete counts[SHARD_FILTER];
      return counts;
    },
    async search(state) {
      const { filters, sort } = toPagefindOptions(state);
      const term = state.query === '' ? null : state.query;
      if (state.sort === 'relevance') {
        const responses = await Promise.all(indexes.map(({ instance }) => instance.search(term, { filters, sort })));
        return mergeByScore(responses.map((response) => response?.results ?? []));
      }
      const direction = state.sort === 'newest' ? 'desc' : 'asc';
      const lists = await Promise.all(
        indexes.map(async (index) =>
          index.bundles.length > 1 ? sortedAcrossShards(index, term, filters, sort, direction) : ((await index.instance.search(term, { filters, sort }))?.results ?? []),
        ),
      );
      return mergeSorted(lists, (data) => data.meta[META.dateKey] ?? '', direction);
    },
  };
}
