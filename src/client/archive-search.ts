/**
 * The archive's search engine in the browser: Pagefind's JS API over the index
 * the build wrote, one Pagefind instance per language (each with its own
 * stemming), merged into one result list.
 *
 * A large archive's index is several bundles, one per shard (a run of months,
 * listed in search.json). Each language's instance opens the NEWEST bundle
 * that has the language and `mergeIndex`es older ones only when the reader
 * gets that far (each costs its metadata, ~40 KB at 4,000 articles): by
 * relevance, the newest shard answers first, and each page past its results
 * widens the search by one older shard; by date, shard after shard in the
 * sort's direction.
 * The newest shard of a growing archive may hold only a few days (the open
 * period's last shard): too few pages to fill a page of results, so the
 * search would wait for a second round of shard loading. The leading shards
 * (leadingBundles) are therefore opened together, before the first query.
 * Until every shard has answered, totals are lower bounds (`complete` false).
 * Every bundle is tagged with a synthetic `shard` filter, so one shard can be
 * searched on its own once merged.
 *
 * Pagefind's files exist only after indexing, so `pagefind.js` is loaded at
 * run time by URL rather than bundled.
 */
import { inflatePagefindFiles } from './native-inflate.ts';
import {
  monthSpan,
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
import {
  joinedPhrase,
  marksSpellWords,
  wordsAsTyped,
  mayHoldPhrase,
  normalizeText,
  parseQuery,
  phrasesInOneOf,
  PHRASE_CHECK_BUDGET,
} from '../search/phrases.ts';
import { checksWord, overStemmed, ownScriptWord, pageAnswersWord } from '../search/answered-words.ts';
import { pagefindWord } from '../search/proclitics.ts';
import { inIndexLetters, inIndexQuery } from '../lib/persian-letters.ts';
import { stemmedTerm, stemsQuery } from '../search/light-stems.ts';
import { serbianLatin, readInLatinLetters } from '../lib/serbian-script.ts';
import { spellLigatures, writesDotlessI } from '../lib/ligatures.ts';
import { amharicSpelling, writesAmharic } from '../lib/ethiopic-letters.ts';
import { FILTER_KEYS, META, metaValue, searchedMeta, type FilterKey } from '../search/record.ts';
import { EXCERPT_WORDS, readableContent, type PagefindResult, type PagefindResultData } from '../search/results.ts';
import { resultOrder, toPagefindOptions, type SearchState } from '../search/state.ts';
import { withBase } from '../lib/urls.ts';

/** Value → number of pages, per filter; null-prototype maps, safe for any value ("__proto__" included). */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: PagefindResult[];
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

/**
 * A word after every word an index holds (a private-use character of the
 * last Unicode plane, which no script writes), so no index chunk covers it:
 * searching it fetches nothing and finds nothing.
 */
const NO_CHUNK_WORD = '\u{10FFFD}';

/** What a result that cannot hold the query's phrases reads as: no text, so the phrase check drops it. */
/**
 * How many of a search's first results are read for a word one page answers only in part, before its shard is said
 * to lack the word (vouch): the results a first screen shows.
 */
const WITNESSES = 10;

/** Ethiopic's wordspace, full stop, commas, colons and question mark (U+1361 to U+1368). */
const ETHIOPIC_PUNCTUATION = /[\u1361-\u1368]/gu;

const NOT_THE_PHRASE: PagefindResultData = { url: '', excerpt: '', meta: {}, content: '' };

/** Thrown by a result's data when what it showed calls for the search to run again, knowing more. */
export class SearchAgain extends Error {}

/**
 * Thrown by a result's data when the first page read from a shard shows that
 * the shard lacks a word searched (src/search/answered-words.ts): its pages
 * are not results. The shard is known from then on, and the search page runs
 * the search again without it.
 */
export class ShardLacksWord extends SearchAgain {
  constructor(shard: string, word: string) {
    super(`the search index of ${shard} has no word "${word}", only a shorter one that begins it`);
    this.name = 'ShardLacksWord';
  }
}

/**
 * Thrown by a result's data when its page shows that a language's stemmer
 * reads a word searched as far less than the word (answered-words.ts,
 * overStemmed: Turkish "Ayşe" as "a"): from then on that word is checked in
 * each page of that language as a word of its own, as a quoted one is, and
 * the search page runs the search again.
 */
export class WordOverStemmed extends SearchAgain {
  constructor(language: string, word: string) {
    super(`the ${language} index reads "${word}" as a much shorter stem`);
    this.name = 'WordOverStemmed';
  }
}

/**
 * Whether a month (`2019-11`) is in a shard's period, read from its id
 * (`2012-07-2014-11`, or one month: `2024-03`) as monthSpan reads it; false
 * for an id that names no period.
 * @example inPeriod('2012-07-2014-11', '2013-01') // true
 */
export function inPeriod(bundleId: string, month: string): boolean {
  const period = monthSpan([bundleId]);
  return period !== undefined && month >= period.first && month <= period.last;
}

/**
 * The words of a query whose shards are checked (vouch): each
 * once, and not those of quoted phrases, which the phrase check reads in each
 * page's text.
 * @example checkedWords('"ferry harbour" asteroid', ['ferry harbour']) // ['asteroid']
 */
export function checkedWords(term: string | null, phrases: readonly string[]): string[] {
  const inPhrases = new Set(phrases.flatMap((phrase) => phrase.split(/\s+/)));
  return [...new Set((term ?? '').split(/\s+/))].filter((word) => !inPhrases.has(word) && checksWord(word));
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
  /** How many of the newest bundles are searched as one, first (leadingBundles). */
  lead: number;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** What one search found, read a page at a time, with its facet counts on demand. */
export interface SearchRun extends ResultStream<PagefindResultData> {
  /** The query's words checked in each page as words of their own, a stemmer reading them as far less (WordOverStemmed). */
  readonly apart: readonly string[];
  /**
   * For each of the page's filters, how many results each value would give
   * (over the shards searched so far): for a filter the reader has set, as if
   * it were not set, so its other values show what choosing them would give.
   * Loads every filter's values on first use (lazily: after the first results).
   * With quoted phrases, the counts are of the results kept so far (a filter
   * the reader has set counts only its chosen value): the phrase is known only
   * in the pages checked.
   */
  facets(): Promise<FilterCounts>;
  /**
   * For a query with quoted phrases, how far the phrase check got: it stops
   * after PHRASE_CHECK_BUDGET candidates a request, and at first before the
   * shards older than a word search's first screen reads (`paused`), until the
   * reader allows more. Undefined for a query without phrases.
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
 * Facet counts over the results a phrase search kept: Pagefind counts every
 * page with the words, so each value's count is read from the kept pages' own
 * filters instead. Every value Pagefind named stays, at zero when no kept page has it.
 * @example keptCounts({ section: { Local: 2, Sport: 1 } }, [{ filters: { section: ['Local'] } }]) // { section: { Local: 1, Sport: 0 } }
 */
export function keptCounts(named: FilterCounts, kept: readonly Pick<PagefindResultData, 'filters'>[]): FilterCounts {
  const counts = new Map<string, Map<string, number>>(
    Object.entries(named).map(([filter, values]) => [filter, new Map(Object.keys(values).map((value) => [value, 0]))]),
  );
  for (const { filters } of kept)
    for (const [filter, values] of counts)
      for (const value of new Set(filters?.[filter] ?? [])) values.set(value, (values.get(value) ?? 0) + 1);
  return Object.fromEntries([...counts].map(([filter, values]) => [filter, withOwnKeys(values)]));
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
 * Pagefind's options that depend on the language searched: in scripts whose
 * marks spell the word (Hindi's vowel signs), words are matched with their
 * marks, not stripped of them as Latin accents are (marksSpellWords).
 */
function languageOptions(language: string): Record<string, unknown> {
  return marksSpellWords(language) ? { exactDiacritics: true } : {};
}

/**
 * A query as an index in `language` is asked it: in the letters its words are held in (src/lib/persian-letters.ts;
 * an Amharic index's in the one spelling of its letters that sound alike, src/lib/ethiopic-letters.ts),
 * by the stems of its words where Pagefind has no stemmer for a language of case endings (src/search/light-stems.ts).
 */
function asked(
  language: string,
  term: string | null,
  phrases: readonly string[],
): { term: string | null; phrases: string[] } {
  // Ethiopic's wordspace, full stop and commas part words in a query typed or pasted with them (ብራና፡መጻሕፍት), as
  // they do in the indexed pages (src/search/word-joins.ts): Pagefind reads them as letters of one word.
  const parted = term === null ? null : term.replace(ETHIOPIC_PUNCTUATION, ' ');
  const persian = inIndexQuery(language, parted, phrases);
  // An Amharic index holds one spelling of letters alike; a Serbian one is asked in Latin letters, which Pagefind
  // reads without their marks, as it reads the Latin text and the Latin twins of the Cyrillic text.
  const spelling = writesAmharic(language) ? amharicSpelling : readInLatinLetters(language) ? serbianLatin : undefined;
  const lettered = spelling
    ? { term: persian.term === null ? null : spelling(persian.term), phrases: persian.phrases.map(spelling) }
    : persian;
  // Turkish ı stays for a Turkish index's stemmer (src/lib/ligatures.ts); another's pages may write "Kadikoy".
  const spelled = lettered.term === null || writesDotlessI(language) ? lettered.term : spellLigatures(lettered.term);
  return { term: stemmedTerm(language, spelled), phrases: lettered.phrases };
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
    // Merged bundles share the primary's WebAssembly; each loads only its own metadata.
    merging = index.instance.mergeIndex(withBase(base, `/${bundle.path}`), {
      ...common,
      language: index.language,
      metaCacheTag: bundle.metaCacheTag,
      mergeFilter: { [SHARD_FILTER]: bundle.id },
      ...languageOptions(index.language),
    });
    index.merged.set(bundle.id, merging);
  }
  return merging;
}

/**
 * How many of a language's bundles, newest first, are searched as one from
 * the start: the newest, and the one before it when the newest holds fewer
 * than half its pages. Shards are packed from the oldest, so only the newest
 * is partly filled; just begun (a few days of a new period), it rarely fills
 * a page of results, and searching it alone first would cost a second round
 * of loading before anything shows. One when the manifest does not say how
 * many pages its bundles hold.
 * @param newestFirst the language's bundles, newest period first
 * @example leadingBundles(newestFirst, 'en') // 2 for shards of 53, 968 and 999 pages; 1 for 700 and 1,000
 */
export function leadingBundles(newestFirst: readonly SearchBundle[], language: string): number {
  const [newest, before] = newestFirst.map((bundle) => bundle.indexes?.[language]?.page_count);
  return newest !== undefined && before !== undefined && newest < before / 2 ? 2 : 1;
}

/**
 * Asks the browser for a file Pagefind is about to fetch, so it loads beside
 * the others instead of after the one that names it (the entry names the
 * metadata). Pagefind runs on the page's thread, so its `fetch` takes the
 * preloaded response; nothing is preloaded that is not fetched at once.
 */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Preloads what Pagefind fetches to open a bundle: its entry and metadata (and, for the first, its WebAssembly). */
function preloadBundle(base: string, bundle: SearchBundle, language: string, withWasm: boolean): void {
  const index = bundle.indexes?.[language];
  const folder = withBase(base, `/${bundle.path}`);
  preload(`${folder}pagefind-entry.json?ts=${bundle.metaCacheTag}`);
  if (!index) return;
  preload(`${folder}pagefind.${index.hash}.pf_meta`);
  if (withWasm) preload(`${folder}wasm.${index.wasm ?? 'unknown'}.pagefind`);
}

/**
 * Loads Pagefind and opens every language's leading bundles (leadingBundles);
 * older bundles merge when needed. Resolves once Pagefind has its index
 * metadata and WebAssembly, so a search starts at once.
 * @param direction the first search's order: oldest first opens no more than it must at the newest end
 */
export async function openArchiveSearch(
  base: string,
  manifest: SearchManifest,
  direction: 'newest' | 'oldest' = 'newest',
): Promise<ArchiveSearch> {
  const common = {
    // Result URLs come from paths inside dist/, which know nothing of the base.
    baseUrl: base,
    excerptLength: EXCERPT_WORDS,
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
      const newestFirst = [...own].reverse();
      const lead = leadingBundles(newestFirst, language);
      const leading = direction === 'newest' ? newestFirst.slice(1, lead) : [];
      // Everything Pagefind will fetch to open them loads now, beside its own script.
      preloadBundle(base, primary, language, true);
      for (const bundle of leading) preloadBundle(base, bundle, language, false);
      // One module (so one WebAssembly memory) per language.
      const url = withBase(base, `/${pagefindModulePath(languages, language)}`);
      // Its files are inflated by the browser, not by pagefind.js in JavaScript (src/client/native-inflate.ts).
      inflatePagefindFiles();
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
      const instance = instanceFor(pagefind, language, {
        ...common,
        // On the page's thread: pagefind.js holds the whole search already, and its
        // worker (pagefind-worker.js, 43 KB) is a second copy of it, fetched before the
        // worker may fetch anything else; the preloaded files serve only this thread.
        noWorker: true,
        basePath: withBase(base, `/${primary.path}`),
        metaCacheTag: primary.metaCacheTag,
        ...languageOptions(language),
        ...(sharded ? { mergeFilter: { [SHARD_FILTER]: primary.id } } : {}),
      });
      await instance.init();
      const index: LanguageIndex = {
        language,
        instance,
        bundles: own.length > 0 ? own : [primary],
        merged: new Map([[primary.id, Promise.resolve()]]),
        filtersLoadedFor: 0,
        lead,
      };
      // Pagefind's init() returns before its files are in: a search waits for them. A search for a
      // word no index chunk can hold fetches nothing, and runs Pagefind's WebAssembly search once:
      // the browser compiles that code on its first call (about 20 ms on a phone-sized cold visit,
      // docs/benchmarks.md), here rather than after the reader's query.
      await Promise.all([
        instance.search(NO_CHUNK_WORD, {}),
        ...leading.map((bundle) => ensureMerged(index, bundle, base, common)),
      ]);
      return index;
    }),
  );

  /**
   * Language, shard and word → whether the shard has the word, not only a
   * shorter one Pagefind would answer it with ("as" for "asteroid"): told by
   * the first page read from that shard for a search with the word.
   */
  const verdicts = new Map<string, boolean>();
  const verdictKey = (index: LanguageIndex, bundle: SearchBundle, word: string) =>
    `${index.language}\n${bundle.id}\n${word}`;
  /** The words a language's stemmer reads as far less than they are (WordOverStemmed), by language. */
  const stemmedTooShort = new Set<string>();
  const stemKey = (language: string, word: string) => `${language}\n${normalizeText(word)}`;
  /** The query's words a language's stemmer reads as far less than they are: each checked as a word of its own. */
  const stemmedApart = (language: string, terms: string): string[] =>
    [...new Set(terms.split(/\s+/))].filter((word) => word !== '' && stemmedTooShort.has(stemKey(language, word)));

  /** The shards not known to lack any of the words. */
  function notLacking(
    index: LanguageIndex,
    bundles: readonly SearchBundle[],
    words: readonly string[],
  ): SearchBundle[] {
    return bundles.filter((bundle) => words.every((word) => verdicts.get(verdictKey(index, bundle, word)) !== false));
  }

  /**
   * A page's data, read: the first page read from a shard (told apart by its
   * date) tells whether the shard has each word searched. Costs nothing more
   * than the page's data, which is read to show it, unless the page answers a
   * word only in part (src/search/answered-words.ts) in an archive of several
   * languages: then a search for the word exactly, in that shard, tells the
   * word's own stem from Pagefind's fallback to a shorter word (its index
   * chunk is loaded already), so "Chambéry" does not list English pages for
   * "chambers". A derived word stemmed apart from the one the page has
   * ("generosity", "generous") is then left out too; in an archive of one
   * language, where no other language's words are in the way, it stays.
   * Nor is a shard said to lack a word when another of its first results
   * (`others`) has it whole: Pagefind, which folds accents, also finds words
   * that begin with the stem written without them ("szőlő" finds
   * "szőlősgazdák" and "szolgáltató"), and which page is read first depends
   * on what an earlier search loaded, so one page alone gave a verdict that
   * changed with the reader's earlier searches.
   * Throws ShardLacksWord when its shard lacks one.
   */
  async function vouch(
    index: LanguageIndex,
    bundles: readonly SearchBundle[],
    words: readonly string[],
    data: PagefindResultData,
    positions: readonly number[],
    others: () => readonly PagefindResult[],
  ): Promise<PagefindResultData> {
    const month = metaValue(data.meta, META.dateKey).slice(0, 7);
    const bundle = bundles.length === 1 ? bundles[0] : bundles.find((each) => inPeriod(each.id, month));
    if (!bundle) return data;
    for (const word of words) {
      const key = verdictKey(index, bundle, word);
      if (!verdicts.has(key)) {
        // A Czech, Slovak or Ukrainian word is asked for by its stem already, Pagefind having no stemmer to read it short.
        if (!stemsQuery(index.language) && overStemmed(word, data, positions)) {
          stemmedTooShort.add(stemKey(index.language, word));
          throw new WordOverStemmed(index.language, word);
        }
        const answer = pageAnswersWord(word, data, positions);
        verdicts.set(
          key,
          answer === 'whole' ||
            (answer === 'part' &&
              (indexes.length === 1 ||
                ownScriptWord(word, index.language, languages) ||
                (await hasStem(index, bundle, word)) ||
                (await answeredWhole(bundles, bundle, word, others())))),
        );
      }
      if (verdicts.get(key) === false) throw new ShardLacksWord(bundle.id, word);
    }
    return data;
  }

  /**
   * Whether one of a shard's results, among the first WITNESSES of a search,
   * has the word whole (pageAnswersWord): their data is what the search page
   * reads next to show them.
   */
  async function answeredWhole(
    bundles: readonly SearchBundle[],
    bundle: SearchBundle,
    word: string,
    results: readonly PagefindResult[],
  ): Promise<boolean> {
    // Read side by side: where the shard does lack the word, each of them is read before the search says so.
    const witnesses = results.slice(0, WITNESSES);
    const pages = await Promise.all(witnesses.map((result) => result.data()));
    return pages.some((data, at) => {
      const month = metaValue(data.meta, META.dateKey).slice(0, 7);
      if (bundles.length > 1 && !inPeriod(bundle.id, month)) return false;
      return pageAnswersWord(word, data, witnesses[at]?.words ?? []) === 'whole';
    });
  }

  /**
   * Whether a shard indexes the word's own stem: Pagefind's exact search (the
   * whole query in straight quotes) looks the stem up as it is, never a
   * longer or a shorter word.
   */
  async function hasStem(index: LanguageIndex, bundle: SearchBundle, word: string): Promise<boolean> {
    const found = await index.instance.search(`"${word}"`, { filters: shardFilter(index, [bundle]) });
    return (found?.results.length ?? 0) > 0;
  }

  /** The filter that limits a language's search to these of its bundles: none when they are all of them. */
  function shardFilter(index: LanguageIndex, bundles: readonly SearchBundle[]): Record<string, unknown> {
    if (!sharded || bundles.length === index.bundles.length) return {};
    return { [SHARD_FILTER]: { any: bundles.map((bundle) => bundle.id) } };
  }

  /**
   * One Pagefind search. With quoted phrases, a result that cannot hold them
   * gets data that fails the phrase check without its fragment being fetched
   * (it still counts as a candidate checked): where each phrase word stands in
   * it comes from a search of that word alone, as typed (its index chunk is
   * loaded already; Pagefind reads `don't` in the query as in the text, where
   * its parts would not be found), and a search of the joined phrase finds it
   * written as one word joined by a mark Pagefind indexes whole only
   * (src/search/phrases.ts). Its chunk is the first word's, as a rule: about
   * 3 ms more with the chunks loaded (10,000 articles, docs/benchmarks.md).
   */
  async function find(
    index: LanguageIndex,
    covered: readonly SearchBundle[],
    term: string | null,
    phrases: readonly string[],
    searchFilters: Record<string, unknown>,
    sort?: Record<string, string>,
  ): Promise<LazyResult<PagefindResultData>[]> {
    // In the letters the index holds its words in (a Persian index in Persian's yeh and kaf), as its pages were read.
    ({ term, phrases } = asked(index.language, term, phrases));
    // Shards known to lack a word searched answer it with a shorter one: their pages are not results.
    const checked = checkedWords(term, phrases);
    const candidates = notLacking(index, covered, checked);
    if (candidates.length === 0) return [];
    const filters = { ...searchFilters, ...shardFilter(index, candidates) };
    const found = (await index.instance.search(term, { filters, ...(sort ? { sort } : {}) }))?.results ?? [];
    const results =
      checked.length === 0
        ? found
        : found.map((result) => ({
            ...result,
            data: async () =>
              vouch(index, candidates, checked, await result.data(), result.words ?? [], () =>
                found.filter((other) => other !== result),
              ),
          }));
    if (phrases.length === 0) return results;
    const pages = async (query: string) => (await index.instance.search(query, { filters }))?.results ?? [];
    // Each phrase's words as typed (`don't`, `l'avion`): Pagefind reads them as it read the text, والمياه as المياه.
    const phraseWords = phrases.map((phrase) =>
      phrase
        .split(/\s+/)
        .filter((word) => normalizeText(word) !== '')
        .map((word) => pagefindWord(word)),
    );
    const words = [...new Set(phraseWords.flat())];
    const [wordResults, joinedResults] = await Promise.all([
      Promise.all(words.map(pages)),
      Promise.all(phrases.map((phrase) => pages(joinedPhrase(phrase)))),
    ]);
    /** Word → page id → the word's positions in that page. */
    const positions = new Map(
      words.map((word, i) => [word, new Map((wordResults[i] ?? []).map((result) => [result.id, result.words ?? []]))]),
    );
    /** Word → the pages where Pagefind found it in a writer's name (no position tells where it stands there). */
    const inNames = new Map(
      words.map((word, i) => [
        word,
        new Set(
          (wordResults[i] ?? [])
            .filter((result) => result.matchedMetaFields?.includes(META.authors))
            .map((result) => result.id),
        ),
      ]),
    );
    const joined = joinedResults.map((found) => new Map(found.map((result) => [result.id, result.words ?? []])));
    const mayHold = (result: PagefindResult) =>
      phraseWords.every((phrase, i) => {
        // Every word in a writer's name: the phrase check reads the names (searchedMeta).
        if (phrase.every((word) => inNames.get(word)?.has(result.id))) return true;
        // A page a word alone does not find lacks it (Pagefind leaves out a query word no page has).
        const each = phrase.map((word) => positions.get(word)?.get(result.id) ?? []);
        // A joined word of its own, at a position none of the words has: a join Pagefind does not split.
        // (Without such a word in the index, Pagefind answers the joined phrase with its parts, wherever they stand.)
        const own = joined[i]?.get(result.id) ?? [];
        return mayHoldPhrase(each) || own.some((position) => !each.some((at) => at.includes(position)));
      });
    return results.map((result) =>
      mayHold(result) ? result : { ...result, free: true, data: () => Promise.resolve(NOT_THE_PHRASE) },
    );
  }

  /**
   * A language's results in relevance order, widening from the newest
   * shards: the leading ones (leadingBundles), then one older shard more at
   * each step (each step merges it and ranks over all the shards it covers),
   * so the first page stops at the first step that fills it, never reading
   * the whole archive for it. `mayWiden` may hold the list before a step (chainParts).
   */
  function byRelevance(
    index: LanguageIndex,
    term: string | null,
    phrases: readonly string[],
    filters: Record<string, unknown>,
    mayWiden: (found: number) => boolean,
  ): ResultList<PagefindResultData> {
    if (index.bundles.length < 2) return chainParts([() => find(index, index.bundles, term, phrases, filters)]);
    const newestFirst = [...index.bundles].reverse();
    return chainParts(
      newestFirst.slice(index.lead - 1).map((_, step) => async () => {
        const covered = newestFirst.slice(0, index.lead + step);
        await Promise.all(covered.map((bundle) => ensureMerged(index, bundle, base, common)));
        return find(index, covered, term, phrases, filters);
      }),
      mayWiden,
    );
  }

  /**
   * A language's date-sorted results, shard after shard in the sort's
   * direction (shards never overlap in time); newest first, the leading
   * shards together. `mayWiden` may hold the list before a shard (chainParts).
   */
  function byDate(
    index: LanguageIndex,
    term: string | null,
    phrases: readonly string[],
    filters: Record<string, unknown>,
    sort: Record<string, string>,
    direction: 'asc' | 'desc',
    mayWiden: (found: number) => boolean,
  ): ResultList<PagefindResultData> {
    if (index.bundles.length < 2) return chainParts([() => find(index, index.bundles, term, phrases, filters, sort)]);
    const newestFirst = [...index.bundles].reverse();
    const periods =
      direction === 'desc'
        ? [newestFirst.slice(0, index.lead), ...newestFirst.slice(index.lead).map((bundle) => [bundle])]
        : index.bundles.map((bundle) => [bundle]);
    return chainParts(
      periods.map((group) => async () => {
        await Promise.all(group.map((bundle) => ensureMerged(index, bundle, base, common)));
        return find(index, group, term, phrases, filters, sort);
      }),
      mayWiden,
    );
  }

  /** Facet counts over the merged shards of every language (see SearchRun.facets). */
  async function facets(term: string | null, phrases: readonly string[], state: SearchState): Promise<FilterCounts> {
    await Promise.all(
      indexes.map(async (index) => {
        // Pagefind counts only the filters whose values it has loaded; filters() loads them all, once per set of merged shards.
        await Promise.all(index.merged.values());
        if (index.filtersLoadedFor === index.merged.size) return;
        index.filtersLoadedFor = index.merged.size;
        await index.instance.filters();
      }),
    );
    const queries = indexes.map((index) => asked(index.language, term, phrases));
    // Shards known to lack a word searched do not count: their pages are not results (vouch).
    const answering = indexes.map((index, i) =>
      notLacking(
        index,
        index.bundles.filter((bundle) => index.merged.has(bundle.id)),
        checkedWords(queries[i]?.term ?? null, queries[i]?.phrases ?? []),
      ),
    );
    const searched = new Map<string, Promise<(PagefindResponse | null)[]>>();
    const responsesFor = (except?: FilterKey) => {
      let responses = searched.get(except ?? '');
      if (!responses) {
        const { filters } = toPagefindOptions(state, span, except);
        responses = Promise.all(
          indexes.map(async (index, i) => {
            const bundles = answering[i] ?? [];
            const response = await index.instance.search(queries[i]?.term ?? null, {
              filters: { ...filters, ...shardFilter(index, bundles) },
            });
            // No shard holds the words: every value is still named, none counts.
            return bundles.length > 0 || !response ? response : { ...response, filters: {} };
          }),
        );
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
      // Where marks make words (Vietnamese), a word typed with them is checked as a phrase of its own, in that
      // language's index and pages only: « élection » still finds « élections » in a French one beside it.
      // Worked out once per language, not again for every result the phrase check reads.
      const checkedByLanguage = new Map<string, string[]>();
      const checkedIn = (language: string) => {
        let checked = checkedByLanguage.get(language);
        if (!checked)
          checkedByLanguage.set(
            language,
            (checked = [...phrases, ...wordsAsTyped(language, terms, phrases), ...stemmedApart(language, terms)]),
          );
        return checked;
      };
      const checksAny = phrases.length > 0 || indexes.some((index) => checkedIn(index.language).length > 0);
      // والمياه is asked for as المياه, which Pagefind's stemmer reads: it would look والمياه up whole.
      const term = terms === '' ? null : terms.split(' ').map(pagefindWord).join(' ');
      // A phrase's first screen reads the shards a word search's does: older shards wait for the reader
      // ("Check older articles") unless those read had no article with the words. Checking a phrase
      // no article holds would otherwise open every shard (docs/benchmarks.md, session 10).
      let readerAskedMore = phrases.length === 0;
      const mayWiden = (found: number) => readerAskedMore || found === 0;
      let stream: ResultStream<PagefindResultData>;
      const order = resultOrder(state);
      if (order === 'relevance') {
        stream = mergeByRelevance(
          indexes.map((index) => byRelevance(index, term, checkedIn(index.language), filters, mayWiden)),
        );
      } else {
        const direction = order === 'newest' ? 'desc' : 'asc';
        stream = mergeSorted(
          indexes.map((index) => byDate(index, term, checkedIn(index.language), filters, sort, direction, mayWiden)),
          (data) => metaValue(data.meta, META.dateKey),
          direction,
        );
      }
      // Quoted phrases: Pagefind found pages with all the words; keep those with them side by side.
      const kept: PagefindResultData[] = [];
      const phraseCheck = checksAny
        ? filterStream(
            stream,
            (data) => {
              // A candidate its word positions ruled out: no page of its own (its language unknown, nothing checked).
              if (data === NOT_THE_PHRASE) return false;
              const language = metaValue(data.meta, META.lang);
              // What the search reads: the headline, each writer's name, and the article's own text, its
              // stand-ins undone (و+المياه is one word again, src/search/word-joins.ts).
              // A Serbian page is read in Latin letters, as Pagefind's stemmer reads it: the phrase too, in either alphabet.
              const alphabet = readInLatinLetters(language) ? serbianLatin : (text: string) => text;
              const texts = [...searchedMeta(data.meta), readableContent(data.content ?? '')].map(alphabet);
              // A Persian page's indexed text is in Persian's yeh and kaf: the phrase too, however typed.
              const lettered = checkedIn(language).map((phrase) => alphabet(inIndexLetters(language, phrase)));
              const holds = phrasesInOneOf(texts, lettered);
              if (holds) kept.push(data);
              return holds;
            },
            PHRASE_CHECK_BUDGET,
          )
        : undefined;
      const run = phraseCheck ?? stream;
      // Nothing is fetched yet: Pagefind searches when the first page of results is asked for.
      return Promise.resolve({
        apart: [...new Set(indexes.flatMap((index) => stemmedApart(index.language, terms)))],
        get total() {
          return run.total;
        },
        get complete() {
          return run.complete;
        },
        next: (count: number) => run.next(count),
        // A phrase's facets count the pages kept so far: those it checked and found the phrase in.
        facets: async () => {
          const counts = await facets(term, phrases, state);
          return phraseCheck ? keptCounts(counts, kept) : counts;
        },
        phraseCheck: phraseCheck && {
          get checked() {
            return phraseCheck.checked;
          },
          get paused() {
            return phraseCheck.paused;
          },
          allowMore(count: number) {
            readerAskedMore = true;
            phraseCheck.allowMore(count);
          },
        },
      });
    },
  };
}
