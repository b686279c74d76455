/**
 * The archive's search engine in the browser: Pagefind's JS API over the index
 * the build wrote, one Pagefind instance per language (each with its own
 * stemming), merged into one result list.
 *
 * A large archive's index is several bundles, one per shard (a run of months,
 * listed in search.json). Each language's instance opens the NEWEST bundle
 * that has the language and `mergeIndex`es older ones only when the reader
 * gets that far (each costs its metadata, ~50 KB at 5,000 articles): by
 * relevance, the newest shard answers first, and each page past its results
 * widens the search by one older shard; by date, shard after shard in the
 * sort's direction.
 * Until every shard has answered, totals are lower bounds (`complete` false).
 * Every bundle is tagged with a synthetic `shard` filter, so one shard can be
 * searched on its own once merged.
 *
 * Pagefind's files exist only after indexing, so `pagefind.js` is loaded at
 * run time by URL rather than bundled.
 */
import {
  pagefindModulePath,
  SEARCH_MANIFEST_PATH,
  type SearchBundle,
  type SearchManifest,
} from '../search/offline-manifest.ts';
import {
  chainParts,
  filterStream,
  mergeByRelevance,
  mergeSorted,
  type CheckedStream,
  type LazyResult,
  type ResultList,
  type ResultStream,
} from '../search/merge-results.ts';
import { matchesPhrases, parseQuery, PHRASE_CHECK_BUDGET } from '../search/phrases.ts';
import { FILTER_KEYS, META, type FilterKey } from '../search/record.ts';
import type { PagefindResultData } from '../search/results.ts';
import { toPagefindOptions, type SearchState } from '../search/state.ts';
import { withBase } from '../lib/urls.ts';

/** Value → number of pages, per filter; null-prototype maps, safe for any value ("__proto__" included). */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: LazyResult<PagefindResultData>[];
  /** Per filter value, how many of this search's results have it. */
  filters: FilterCounts;
  /** The same without the search's filters. */
  totalFilters: FilterCounts;
}

/** The subset of Pagefind 1.6's instance API we call. */
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** Synthetic filter naming the shard (bundle id) a page is in; not one of the search page's filters. */
export const SHARD_FILTER = 'shard';

/** One language's instance and its bundles (oldest period first), merged on demand. */
interface LanguageIndex {
  language: string;
  instance: PagefindInstance;
  bundles: SearchBundle[];
  /** Bundle id → its merge, started once. The primary (newest) is there from the start. */
  merged: Map<string, Promise<void>>;
  /** How many bundles were merged when the filter values were last loaded. */
  filtersLoadedFor: number;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** What one search found, read a page at a time, with its facet counts on demand. */
export interface SearchRun extends ResultStream<PagefindResultData> {
  /**
   * For each of the page's filters, how many results each value would give
   * (over the shards searched so far): for a filter the reader has set, as if
   * it were not set, so its other values show what choosing them would give.
   * Loads every filter's values on first use (lazily: after the first results).
   */
  facets(): Promise<FilterCounts>;
  /**
   * For a query with quoted phrases, how far the phrase check got: it stops
   * after PHRASE_CHECK_BUDGET candidates a request (`paused`) until the reader
   * allows more. Undefined for a query without phrases.
   */
  readonly phraseCheck: Pick<CheckedStream<PagefindResultData>, 'checked' | 'paused' | 'allowMore'> | undefined;
}

export interface ArchiveSearch {
  /** Runs a search; results are read from the run a page at a time. */
  search(state: SearchState): Promise<SearchRun>;
}

/** The build's small search manifest: bundles, languages, the offline download's size. */
export async function loadManifest(base: string): Promise<SearchManifest> {
  const response = await fetch(withBase(base, `/${SEARCH_MANIFEST_PATH}`));
  // The index exists only in a built site (`npm run build`), never under `astro dev`.
  if (!response.ok)
    throw new Error(
      `the search index was not found (${SEARCH_MANIFEST_PATH}: HTTP ${response.status}); it is made by npm run build`,
    );
  return (await response.json()) as SearchManifest;
}

/** An object with exactly these own keys, `__proto__` included (defined, never assigned). */
function withOwnKeys(values: Map<string, number>): Record<string, number> {
  const object: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, value] of values)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
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

/** Merges one bundle into a language's instance, once. */
function ensureMerged(
  index: LanguageIndex,
  bundle: SearchBundle,
  base: string,
  common: Record<string, unknown>,
): Promise<void> {
  let merging = index.merged.get(bundle.id);
  if (!merging) {
    // Merged bundles share the primary's worker and WebAssembly; each loads only its own metadata.
    merging = index.instance.mergeIndex(withBase(base, `/${bundle.path}`), {
      ...common,
      language: index.language,
      metaCacheTag: bundle.metaCacheTag,
      mergeFilter: { [SHARD_FILTER]: bundle.id },
    });
    index.merged.set(bundle.id, merging);
  }
  return merging;
}

/** Loads Pagefind and opens every language's newest bundle; older bundles merge when needed. */
export async function openArchiveSearch(base: string, manifest: SearchManifest): Promise<ArchiveSearch> {
  const common = {
    // Result URLs come from paths inside dist/, which know nothing of the base.
    baseUrl: base,
    excerptLength: 24,
  };
  const { bundles } = manifest;
  const sharded = bundles.length > 1;
  const span = manifest.span ?? { first: '1000-01', last: `${new Date().getUTCFullYear()}-12` };
  const languages = manifest.languages.length > 0 ? manifest.languages : [document.documentElement.lang || 'en'];
  const indexes: LanguageIndex[] = await Promise.all(
    languages.map(async (language) => {
      const own = bundles.filter((bundle) => bundle.languages.includes(language));
      const primary = own[own.length - 1] ?? bundles[0];
      if (!primary) throw new Error('search.json lists no search bundle: rebuild the site with npm run build');
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
      return {
        language,
        instance,
        bundles: own.length > 0 ? own : [primary],
        merged: new Map([[primary.id, Promise.resolve()]]),
        filtersLoadedFor: 0,
      };
    }),
  );

  /**
   * A language's results in relevance order, widening from the newest shard:
   * the newest, then the newest two, three… (each step merges one older shard
   * and ranks over all the shards it covers), so the first page stops at the
   * first step that fills it. A newest shard that is small (a month just
   * begun) then costs one more shard, never the whole archive.
   */
  function byRelevance(
    index: LanguageIndex,
    term: string | null,
    filters: Record<string, unknown>,
  ): ResultList<PagefindResultData> {
    const search = async (extra: Record<string, unknown>) =>
      (await index.instance.search(term, { filters: { ...filters, ...extra } }))?.results ?? [];
    if (index.bundles.length < 2) return chainParts([() => search({})]);
    const newestFirst = [...index.bundles].reverse();
    return chainParts(
      newestFirst.map((_, step) => async () => {
        const covered = newestFirst.slice(0, step + 1);
        await Promise.all(covered.map((bundle) => ensureMerged(index, bundle, base, common)));
        // The last step covers every shard: no shard filter at all.
        if (covered.length === newestFirst.length) return search({});
        return search({ [SHARD_FILTER]: { any: covered.map((bundle) => bundle.id) } });
      }),
    );
  }

  /** A language's date-sorted results, shard after shard in the sort's direction (shards never overlap in time). */
  function byDate(
    index: LanguageIndex,
    term: string | null,
    filters: Record<string, unknown>,
    sort: Record<string, string>,
    direction: 'asc' | 'desc',
  ): ResultList<PagefindResultData> {
    if (index.bundles.length < 2)
      return chainParts([async () => (await index.instance.search(term, { filters, sort }))?.results ?? []]);
    const periods = direction === 'desc' ? [...index.bundles].reverse() : index.bundles;
    return chainParts(
      periods.map((bundle) => async () => {
        await ensureMerged(index, bundle, base, common);
        return (
          (await index.instance.search(term, { filters: { ...filters, [SHARD_FILTER]: bundle.id }, sort }))?.results ??
          []
        );
      }),
    );
  }

  /** Facet counts over the merged shards of every language (see SearchRun.facets). */
  async function facets(term: string | null, state: SearchState): Promise<FilterCounts> {
    await Promise.all(
      indexes.map(async (index) => {
        // Pagefind counts only the filters whose values it has loaded; filters() loads them all, once per set of merged shards.
        await Promise.all(index.merged.values());
        if (index.filtersLoadedFor === index.merged.size) return;
        index.filtersLoadedFor = index.merged.size;
        await index.instance.filters();
      }),
    );
    const searched = new Map<string, Promise<(PagefindResponse | null)[]>>();
    const responsesFor = (except?: FilterKey) => {
      let responses = searched.get(except ?? '');
      if (!responses) {
        const { filters } = toPagefindOptions(state, span, except);
        responses = Promise.all(indexes.map(({ instance }) => instance.search(term, { filters })));
        searched.set(except ?? '', responses);
      }
      return responses;
    };
    const result: FilterCounts = Object.create(null) as FilterCounts;
    for (const key of FILTER_KEYS) {
      const chosen = (state.filters[key]?.length ?? 0) > 0;
      const responses = await responsesFor(chosen ? key : undefined);
      const values: Record<string, number> = Object.create(null) as Record<string, number>;
      // totalFilters names every value; filters counts this search's results (zero included).
      for (const response of responses)
        for (const value of Object.keys(response?.totalFilters[key] ?? {})) values[value] ??= 0;
      for (const response of responses)
        for (const [value, count] of Object.entries(response?.filters[key] ?? {}))
          values[value] = (values[value] ?? 0) + count;
      result[key] = values;
    }
    return result;
  }

  return {
    search(state) {
      const { filters, sort } = toPagefindOptions(state, span);
      const { terms, phrases } = parseQuery(state.query);
      const term = terms === '' ? null : terms;
      let stream: ResultStream<PagefindResultData>;
      if (state.sort === 'relevance') {
        stream = mergeByRelevance(indexes.map((index) => byRelevance(index, term, filters)));
      } else {
        const direction = state.sort === 'newest' ? 'desc' : 'asc';
        stream = mergeSorted(
          indexes.map((index) => byDate(index, term, filters, sort, direction)),
          (data) => data.meta[META.dateKey] ?? '',
          direction,
        );
      }
      // Quoted phrases: Pagefind found pages with all the words; keep those with them side by side.
      const phraseCheck =
        phrases.length > 0
          ? filterStream(
              stream,
              (data) => matchesPhrases(`${data.meta[META.title] ?? ''}\n${data.content ?? ''}`, phrases),
              PHRASE_CHECK_BUDGET,
            )
          : undefined;
      const run = phraseCheck ?? stream;
      // Nothing is fetched yet: Pagefind searches when the first page of results is asked for.
      return Promise.resolve({
        get total() {
          return run.total;
        },
        get complete() {
          return run.complete;
        },
        next: (count: number) => run.next(count),
        facets: () => facets(term, state),
        phraseCheck,
      });
    },
  };
}
