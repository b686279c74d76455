/**
 * The search page: keeps the form, the URL and the results in step.
 * The URL is the source of truth (`?q=&section=&from=&to=&sort=`), so links,
 * reloads and the back button all show the same search; how many results were
 * loaded and the scroll position live in the history entry's state, so Back
 * from an article returns to the same place. Results are built with DOM calls
 * and `textContent`; nothing from the index is parsed as HTML.
 */
import {
  openArchiveSearch,
  loadManifest,
  SearchAgain,
  type ArchiveSearch,
  type FilterCounts,
  type SearchRun,
} from './archive-search.ts';
import { siteBase } from './base.ts';
import { showUnreadableDates } from './date-note.ts';
import { announcePageSettled, isKeptOffline } from './offline.ts';
import { rememberOpened } from './opened-result.ts';
import type { SearchManifest } from '../search/offline-manifest.ts';
import { foundForms, highlightHref } from '../search/highlight.ts';
import { parseQuery, PHRASE_CHECK_BUDGET } from '../search/phrases.ts';
import {
  formatBytes,
  offlineProblem,
  phraseCheckButton,
  phraseCheckSummary,
  readableContent,
  resultSummary,
  storyText,
  toResultView,
  type PagefindResultData,
} from '../search/results.ts';
import { FILTER_KEYS, type FilterKey } from '../search/record.ts';
import {
  hasCriteria,
  hasNarrowing,
  isBackwardRange,
  narrowingCount,
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../search/state.ts';
import { readInterface } from '../i18n/client.ts';
import { textDirection } from '../i18n/direction.ts';
import { yearInEra } from '../lib/dates.ts';
import { inDigits } from '../lib/digits.ts';
import { boundInEra } from '../search/date-range.ts';

/** What a history entry remembers besides its URL. */
interface EntryState {
  /** Results shown (after "load more"). */
  shown: number;
  scrollY: number;
  /** For a quoted phrase: candidates checked (after "check older articles"), so Back checks as many again. */
  checked?: number;
}

function entryState(value: unknown): EntryState | undefined {
  const state = value as Partial<EntryState> | null;
  if (typeof state?.shown !== 'number' || typeof state.scrollY !== 'number') return undefined;
  return {
    shown: state.shown,
    scrollY: state.scrollY,
    ...(typeof state.checked === 'number' ? { checked: state.checked } : {}),
  };
}

const PAGE_SIZE = 10;
/** A result is at least this tall (headline, date line, excerpt): how many fit on the reader's first screen. */
const RESULT_MIN_HEIGHT_PX = 140;
/** Typing pauses this long before a search runs: Pagefind fetches index chunks per search, not per keystroke. */
const TYPING_PAUSE_MS = 250;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} is missing`);
  return element as T;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-input');
const sortSelect = byId<HTMLSelectElement>('search-sort');
const fromInput = byId<HTMLInputElement>('search-from');
const toInput = byId<HTMLInputElement>('search-to');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
/** The filters and order, folded under a summary line on a phone. */
const narrowingFold = byId<HTMLDetailsElement>('search-narrowing');
const narrowingSet = byId('search-narrowing-set');
/** The button's own words; a paused phrase check renames it ("Check older articles"). */
const moreLabel = more.textContent ?? '';
const filterSelects = Object.fromEntries(
  FILTER_KEYS.map((key) => [key, byId<HTMLSelectElement>(`filter-${key}`)]),
) as Record<FilterKey, HTMLSelectElement>;
/** The masthead's search box (BaseLayout.astro): on this page it carries the query too. */
const headerBox = document.querySelector<HTMLInputElement>('.masthead input[name="q"]');

const base = siteBase();
/** The page's words, in the site's language (src/i18n/). */
const { data: ui, t } = readInterface();
// Dates in From and To are read as the archive's readers write them: in its language, also where the interface
// fell back to English for want of a table ("6 Φεβρουαρίου 2023" in a Greek archive).
const datesLang = form.dataset['datesLang'] ?? ui.lang;
let engine: ArchiveSearch | undefined;
let run: SearchRun | undefined;
let current: SearchState | undefined;
let shown = 0;
/** Bumped by every search, so a slow answer to an old query is dropped. */
let generation = 0;
/** While the reader types, the URL is replaced in place; the first keystroke adds a history entry. */
let typing = false;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** Whether the first results of this page view were shown (measured by the benchmark). */
let firstShown = false;
/** This build's version, whose whole index "keep offline" keeps (isKeptOffline). */
let buildVersion = '';

/** The state the form shows; date bounds that are not dates are left out, as in a URL. */
function formState(): SearchState {
  const params = new URLSearchParams();
  params.set('q', input.value);
  for (const key of FILTER_KEYS) if (filterSelects[key].value) params.set(key, filterSelects[key].value);
  params.set('from', fromInput.value);
  params.set('to', toInput.value);
  params.set('sort', sortSelect.value);
  return parseSearchState(params, datesLang);
}

/** Shows a state in the form (after a deep link or back button). */
function showState(state: SearchState): void {
  input.value = state.query;
  if (headerBox) headerBox.value = state.query;
  sortSelect.value = state.sort;
  showNarrowing(state);
  // The years the reader typed them in: a Thai reader's 2567 stays 2567, though the address says 2024; in the
  // interface's digits, which the fields read back.
  fromInput.value = inDigits(boundInEra(state.from, datesLang), ui.digits);
  toInput.value = inDigits(boundInEra(state.to, datesLang), ui.digits);
  for (const key of FILTER_KEYS) {
    const select = filterSelects[key];
    const value = state.filters[key]?.[0] ?? '';
    // A value from a shared link may not be among the options yet; keep it.
    if (value && ![...select.options].some((option) => option.value === value))
      select.add(new Option(optionLabel(key, value), value));
    select.value = value;
  }
}

/**
 * A filter value as the select shows it: a year as the site's readers count it (a Thai reader's 2567 for 2024), in
 * the interface's digits; its value stays the filter's.
 */
function optionLabel(key: FilterKey, value: string): string {
  return key === 'year' ? inDigits(t('date.year', { year: yearInEra(value, ui.lang) }), ui.digits) : value;
}

/** The folded filters' summary line (on a phone) says how many are set, so a shared link's filters are not hidden unsaid. */
function showNarrowing(state: SearchState): void {
  const count = narrowingCount(state);
  narrowingSet.textContent = count > 0 ? t('search.narrowSet', { count }) : '';
}

function updateUrl(state: SearchState, mode: 'push' | 'replace'): void {
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Remembers in the current history entry how many results are shown and where the page is scrolled. */
function rememberPlace(): void {
  if (!run) return;
  const checked = run.phraseCheck?.checked;
  const state: EntryState = { shown, scrollY: Math.round(window.scrollY), ...(checked ? { checked } : {}) };
  history.replaceState(state, '', location.href);
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const view = toResultView(data, query, run?.apart);
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  // The article marks the searched words (src/client/highlight.ts).
  // With the other forms of the words the excerpt marks (found by the stemmer), which the article marks too.
  const marked = view.excerpt.filter((part) => part.marked).map((part) => part.text);
  link.href = highlightHref(view.href, query, foundForms(query, marked, view.lang));
  link.textContent = view.headline;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  // Each item an element of its own, so a line too narrow for them all breaks between them, never inside a Thai word.
  [view.date, view.section, view.byline].filter(Boolean).forEach((text, i) => {
    if (i > 0) meta.append(' · ');
    const part = document.createElement('span');
    part.textContent = text;
    meta.append(part);
  });
  // Offline, an article this browser never kept shows the text the index holds (src/pages/offline.astro).
  link.addEventListener('click', () =>
    rememberOpened({
      path: view.href,
      title: view.headline,
      meta: meta.textContent ?? '',
      lang: view.lang ?? '',
      // The story: its headline is shown above it there.
      text: storyText(readableContent(data.content ?? ''), view.headline),
    }),
  );
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  for (const part of view.excerpt) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  // Headline and excerpt are the article's text: its language and direction (Arabic shows right to left).
  if (view.lang) {
    for (const own of [heading, excerpt]) {
      own.lang = view.lang;
      own.dir = textDirection(view.lang);
    }
  }
  item.append(heading, meta, excerpt);
  if (view.image) {
    const image = document.createElement('img');
    image.className = 'search-thumb';
    image.src = view.image.src;
    // The headline says what the result is; the picture is decoration here.
    image.alt = '';
    image.loading = 'lazy';
    image.decoding = 'async';
    // Its box is set in CSS (.search-thumb), so loading it moves nothing.
    item.prepend(image);
  }
  return item;
}

/**
 * How many results the reader's screen has room for below the status line.
 * A new search shows those as soon as their data is in (one fragment each)
 * and the rest of the page after: a phone's screen holds one or two.
 */
function firstScreen(): number {
  const room = window.innerHeight - list.getBoundingClientRect().top;
  return Math.min(PAGE_SIZE, Math.max(1, Math.ceil(room / RESULT_MIN_HEIGHT_PX)));
}

/**
 * Shows the next `count` results; then, unless more of the same page follow
 * (`settle` false), the status says how many there are and whether the total
 * is known yet, and "load more" appears: the count is announced once a page.
 */
async function showMore(count: number, settle = true): Promise<void> {
  const mine = generation;
  if (!run || !current) return;
  const page = await run.next(count);
  if (mine !== generation || !current) return;
  const query = current.query;
  list.append(...page.map((data) => resultItem(data, query)));
  shown += page.length;
  if (!settle) return;
  const check = run.phraseCheck;
  if (check?.paused) {
    // The phrase check stopped at its budget: say what was checked, never "no results", and offer to go on.
    // No phrase quoted: the words typed were checked as written (Vietnamese words typed with their marks).
    const quoted = parseQuery(query).phrases;
    status.textContent = phraseCheckSummary(
      check.checked,
      shown,
      quoted.length > 0 ? quoted : [query.trim()],
      current.sort,
      t,
    );
    more.textContent = phraseCheckButton(current.sort, t);
    more.hidden = false;
    return;
  }
  more.textContent = moreLabel;
  more.hidden = run.complete && shown >= run.total;
  // Offline with only part of the index kept (the pages and words a reader opened online, a download cut short),
  // Pagefind answers nothing where it could not fetch a word's files: that is no "No results".
  if (shown === 0 && !navigator.onLine && !isKeptOffline(buildVersion)) {
    status.textContent = notKeptOffline();
    return;
  }
  status.textContent = resultSummary(Math.max(run.total, shown), current.query, hasNarrowing(current), t, run.complete);
}

/** Fills each filter's options with this search's counts: "Local (12)", a value no result has dimmed. */
function fillFilters(counts: FilterCounts): void {
  for (const key of FILTER_KEYS) {
    const select = filterSelects[key];
    const values = Object.entries(counts[key] ?? {});
    values.sort(([a], [b]) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, ui.lang)));
    const chosen = select.value;
    const first = select.options[0];
    const options = values.map(([value, count]) => {
      const label = optionLabel(key, value);
      const option = new Option(`${label} (${count.toLocaleString(ui.lang, { numberingSystem: ui.digits })})`, value);
      // Dimmed and not choosable, unless it is the reader's choice (which they must be able to see and undo).
      option.disabled = count === 0 && value !== chosen;
      return option;
    });
    if (chosen && !values.some(([value]) => value === chosen)) options.unshift(new Option(chosen, chosen));
    select.replaceChildren(...(first ? [first] : []), ...options);
    select.value = chosen;
  }
}

/** Loads the facet counts of a run, unless another search replaced it meanwhile. */
function loadFacets(found: SearchRun, mine: number): void {
  found
    .facets()
    .then((counts) => {
      if (mine === generation) fillFilters(counts);
    })
    .catch(fail);
}

/**
 * Runs a search and shows its first page. A shard found to lack a word
 * searched (ShardLacksWord), or a word a stemmer reads as far less than it is
 * (WordOverStemmed), is known from then on: the search runs again knowing it,
 * unless another search has replaced this one meanwhile. Each run learns one
 * thing more about a shard or a word, so a few runs settle any query; a search
 * that asked for more runs than that is shown as a failed one, never rerun forever.
 */
async function search(state: SearchState, place?: EntryState, runs = 1): Promise<void> {
  try {
    await searchOnce(state, place);
  } catch (error) {
    if (!(error instanceof SearchAgain) || runs >= MOST_RUNS) throw error;
    if (current === state) await search(state, place, runs + 1);
  }
}

/** How many times one search may run (each a shard found lacking a word, or a word read short): more than any query of 100,000 articles needs. */
const MOST_RUNS = 100;

async function searchOnce(state: SearchState, place?: EntryState): Promise<void> {
  const mine = ++generation;
  list.replaceChildren();
  more.hidden = true;
  run = undefined;
  current = state;
  shown = 0;
  if (!engine) return;
  if (!hasCriteria(state)) {
    status.textContent = t('search.prompt');
    return;
  }
  if (isBackwardRange(state)) {
    status.textContent = t('search.backwardRange');
    return;
  }
  status.textContent = t('search.searching');
  const found = await engine.search(state);
  if (mine !== generation) return;
  run = found;
  // Back to a phrase search: check as many candidates as the reader had let it check.
  if (place?.checked) found.phraseCheck?.allowMore(place.checked);
  const wanted = Math.max(PAGE_SIZE, place?.shown ?? 0);
  // The first screen first (Back restores the whole list before it scrolls). A phrase check too:
  // candidates whose word positions rule them out cost no request, so reading a screen's worth
  // at a time costs a round trip only while candidates keep failing on their text (a quoted name
  // at 10,000 articles: 407 -> 237 ms and 40 -> 26 requests; docs/benchmarks.md).
  const first = place ? wanted : Math.min(wanted, firstScreen());
  await showMore(first, first === wanted);
  if (mine !== generation) return;
  if (!firstShown) {
    firstShown = true;
    performance.mark('clippings:first-results');
    announcePageSettled();
  }
  if (first < wanted) {
    await showMore(wanted - first);
    if (mine !== generation) return;
  }
  if (place) window.scrollTo(0, place.scrollY);
  // Filter values and counts come after the results: they are not needed to show them, and they
  // count over the shards searched so far, which the whole first page may have widened.
  loadFacets(found, mine);
}

/** What the search says offline where the index it needs is not kept on this device (the panel keeps it, once online). */
function notKeptOffline(): string {
  return t('search.failed', { reason: t('offlinePage.title') });
}

function fail(error: unknown): void {
  // Offline, the browser's own words for a file it could not fetch ("Failed to fetch", a TypeError) say nothing a
  // reader can act on, and are English.
  const notKept = !navigator.onLine && error instanceof TypeError;
  status.textContent =
    location.protocol === 'file:'
      ? t('search.fileProtocol')
      : import.meta.env.DEV
        ? t('search.devUnavailable')
        : notKept
          ? notKeptOffline()
          : t('search.failed', { reason: error instanceof Error ? error.message : String(error) });
  console.error(error);
}

function setUpOffline(manifest: SearchManifest): void {
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  const section = byId<HTMLElement>('offline');
  const size = byId<HTMLElement>('offline-size');
  const button = byId<HTMLButtonElement>('offline-keep');
  const bar = byId<HTMLProgressElement>('offline-progress');
  const offlineStatus = byId<HTMLElement>('offline-status');
  const total = formatBytes(manifest.offline.bytes, ui.lang, t, ui.digits);
  size.textContent = t('offline.size', { size: total, count: manifest.offline.files });
  if (isKeptOffline(manifest.version)) offlineStatus.textContent = t('offline.kept');
  section.hidden = false;
  const label = button.textContent ?? '';
  button.addEventListener('click', () => {
    button.disabled = true;
    bar.hidden = false;
    offlineStatus.textContent = t('offline.downloading', { size: total });
    // The download's code loads only now: no visit that never presses the button pays for it.
    import('./keep-offline.ts')
      .then(({ keepOffline }) =>
        keepOffline(base, ({ done, total: all }) => {
          bar.max = all;
          bar.value = done;
          bar.textContent = `${Math.round((100 * done) / Math.max(all, 1))}%`;
        }),
      )
      .then(() => {
        offlineStatus.textContent = t('offline.done', { size: total });
        button.textContent = label;
      })
      .catch((error: unknown) => {
        // Never "done" after a failure: say what failed, and offer to try again.
        offlineStatus.textContent = t('offline.notKept', { error: offlineProblem(error, t) });
        button.textContent = t('offline.retry');
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}

async function start(): Promise<void> {
  // The benchmark times first results from here (scripts/bench/search-timing.ts).
  performance.mark('clippings:search-start');
  // The page restores its own scroll position, once its results are back.
  history.scrollRestoration = 'manual';
  // A browser that cannot show a closed fold's content on a wide screen (src/styles/search.css) keeps it open.
  if (!CSS.supports('selector(::details-content)')) narrowingFold.open = true;
  byId('search-unavailable').hidden = true;
  form.classList.remove('pending');
  const initial = parseSearchState(location.search, datesLang);
  showState(initial);
  showUnreadableDates(location.search, t, datesLang);
  status.textContent = t('search.loading');
  const manifest = await loadManifest(base);
  buildVersion = manifest.version;
  setUpOffline(manifest);
  engine = await openArchiveSearch(base, manifest, initial.sort === 'oldest' ? 'oldest' : 'newest');
  // Pagefind is loaded and ready: the benchmark's "after the query" runs from here.
  performance.mark('clippings:query-start');
  // A search the reader asked for while the engine loaded (typed, or a date range and Enter) is the one to run:
  // searchOnce kept it as `current`. history.state is the current entry's: Back while loading restores its place.
  await search(current ?? initial, entryState(history.state));
  // No query, nothing found, or a range that cannot match: the page is done all the same.
  announcePageSettled();
}

function searchFromForm(mode: 'push' | 'replace'): void {
  const state = formState();
  showUnreadableDates(new URLSearchParams({ from: fromInput.value, to: toInput.value }), t, datesLang);
  updateUrl(state, mode);
  showNarrowing(state);
  if (headerBox) headerBox.value = state.query;
  search(state).catch(fail);
}

input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  if (headerBox) headerBox.value = input.value;
  typingTimer = setTimeout(() => {
    searchFromForm(typing ? 'replace' : 'push');
    typing = true;
  }, TYPING_PAUSE_MS);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  typing = false;
  searchFromForm('push');
});

for (const control of [sortSelect, fromInput, toInput, ...Object.values(filterSelects)]) {
  control.addEventListener('change', () => {
    typing = false;
    searchFromForm('push');
  });
}

// Filter values load after the first results; a reader who opens the filters before any search gets them then.
function loadFiltersBeforeSearch(): void {
  if (!engine || run || filterSelects.section.options.length > 1) return;
  const mine = generation;
  const state = formState();
  engine
    .search(state)
    .then((found) => loadFacets(found, mine))
    .catch(fail);
}
form.querySelector('.search-options')?.addEventListener('focusin', loadFiltersBeforeSearch);
narrowingFold.addEventListener('toggle', () => {
  if (narrowingFold.open) loadFiltersBeforeSearch();
});

more.addEventListener('click', () => {
  // One page at a time: a second click while results load would fetch the same page twice.
  if (more.disabled) return;
  more.disabled = true;
  const first = shown;
  // Each request for more results may check another batch of phrase candidates (src/search/phrases.ts).
  run?.phraseCheck?.allowMore(PHRASE_CHECK_BUDGET);
  showMore(PAGE_SIZE)
    .then(() => {
      // Keyboard users land on the first new result; the button stays for the next page.
      list.children[first]?.querySelector('a')?.focus();
      rememberPlace();
      // A phrase's facets count the results found so far: more were found.
      if (run?.phraseCheck) loadFacets(run, generation);
    })
    .catch((error: unknown) => {
      // A shard of the next page lacks a word: the search runs again without it, as far as the reader had got.
      if (error instanceof SearchAgain && current)
        return search(current, { shown: shown + PAGE_SIZE, scrollY: window.scrollY });
      return fail(error);
    })
    .catch(fail)
    .finally(() => {
      more.disabled = false;
    });
});

// Leaving for an article (or anywhere): remember the place for Back.
list.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a')) rememberPlace();
});
window.addEventListener('pagehide', rememberPlace);

window.addEventListener('popstate', (event) => {
  typing = false;
  const state = parseSearchState(location.search, datesLang);
  showState(state);
  showUnreadableDates(location.search, t, datesLang);
  search(state, entryState(event.state)).catch(fail);
});

start().catch(fail).finally(announcePageSettled);
