/**
 * The search page: keeps the form, the URL and the results in step.
 * The URL is the source of truth (`?q=&section=&sort=`), so links, reloads and
 * the back button all show the same search. Results are built with DOM calls
 * and `textContent`; nothing from the index is parsed as HTML.
 */
import { openArchiveSearch, loadManifest, type ArchiveSearch, type FilterCounts } from './archive-search.ts';
import { siteBase } from './base.ts';
import { isKeptOffline, keepOffline } from './offline.ts';
import type { OfflineManifest } from '../search/offline-manifest.ts';
import type { ResultStream } from '../search/merge-results.ts';
import { formatBytes, resultSummary, toResultView, type PagefindResultData } from '../search/results.ts';
import { FILTER_KEYS, type FilterKey } from '../search/record.ts';
import { hasCriteria, parseSearchState, serializeSearchState, withFilter, type SearchState } from '../search/state.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} is missing`);
  return element as T;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-input');
const sortSelect = byId<HTMLSelectElement>('search-sort');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const filterSelects = Object.fromEntries(FILTER_KEYS.map((key) => [key, byId<HTMLSelectElement>(`filter-${key}`)])) as Record<FilterKey, HTMLSelectElement>;

const base = siteBase();
let engine: ArchiveSearch | undefined;
let stream: ResultStream<PagefindResultData> | undefined;
let shown = 0;
/** Bumped by every search, so a slow answer to an old query is dropped. */
let generation = 0;
/** While the reader types, the URL is replaced in place; the first keystroke adds a history entry. */
let typing = false;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

/** The state the form shows. */
function formState(): SearchState {
  let state: SearchState = { query: input.value.trim(), filters: {}, sort: parseSearchState(`?sort=${sortSelect.value}`).sort };
  for (const key of FILTER_KEYS) state = withFilter(state, key, filterSelects[key].value ? [filterSelects[key].value] : []);
  return state;
}

/** Shows a state in the form (after a deep link or back button). */
function showState(state: SearchState): void {
  input.value = state.query;
  sortSelect.value = state.sort;
  for (const key of FILTER_KEYS) {
    const select = filterSelects[key];
    const value = state.filters[key]?.[0] ?? '';
    // A value from a shared link may not be among the options yet; keep it.
    if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
    select.value = value;
  }
}

function updateUrl(state: SearchState, mode: 'push' | 'replace'): void {
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const view = toResultView(data);
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = view.href;
  link.textContent = view.headline;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [view.date, view.section, view.byline].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  for (const part of view.excerpt) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
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
    item.prepend(image);
  }
  return item;
}

async function showMore(): Promise<void> {
  if (!stream) return;
  const mine = generation;
  const page = await stream.next(PAGE_SIZE);
  if (mine !== generation) return;
  const items = page.map(resultItem);
  list.append(...items);
  shown += items.length;
  more.hidden = shown >= stream.total;
  return;
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  list.replaceChildren();
  more.hidden = true;
  stream = undefined;
  shown = 0;
  if (!engine) return;
  if (!hasCriteria(state)) {
    status.textContent = 'Type words to search every article in the archive.';
    return;
  }
  status.textContent = 'Searching…';
  const found = await engine.search(state);
  if (mine !== generation) return;
  stream = found;
  await showMore();
  if (mine !== generation) return;
  status.textContent = resultSummary(found.total, state.query, Object.keys(state.filters).length > 0);
}

function fail(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  status.textContent =
    location.protocol === 'file:'
      ? 'Search cannot run from a file on disk: browsers refuse its index there. Serve the folder with a local web server (see the README).'
      : `Search could not load: ${reason}`;
  console.error(error);
}

/** Fills a filter's options from the index: "Local (12)". */
function fillFilters(counts: FilterCounts): void {
  for (const key of FILTER_KEYS) {
    const select = filterSelects[key];
    const values = Object.entries(counts[key] ?? {});
    values.sort(([a], [b]) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'en')));
    const chosen = select.value;
    const first = select.options[0];
    select.replaceChildren(...(first ? [first] : []), ...values.map(([value, count]) => new Option(`${value} (${count})`, value)));
    select.value = chosen;
    // A filter with no values (e.g. no article has a source) is left out.
    const field = select.closest<HTMLElement>('.search-field');
    if (field) field.hidden = values.length === 0;
  }
}

function setUpOffline(manifest: OfflineManifest): void {
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  const section = byId<HTMLElement>('offline');
  const size = byId<HTMLElement>('offline-size');
  const button = byId<HTMLButtonElement>('offline-keep');
  const bar = byId<HTMLProgressElement>('offline-progress');
  const offlineStatus = byId<HTMLElement>('offline-status');
  const total = formatBytes(manifest.totalBytes);
  size.textContent = `Downloads the whole search index and this page: ${total} in ${manifest.files.length} files. Articles you open are kept as you read them.`;
  if (isKeptOffline(manifest)) offlineStatus.textContent = 'This archive’s search is kept offline in this browser.';
  section.hidden = false;
  const label = button.textContent ?? '';
  button.addEventListener('click', () => {
    button.disabled = true;
    bar.hidden = false;
    offlineStatus.textContent = `Downloading ${total}…`;
    keepOffline(base, manifest, ({ done, total: all }) => {
      bar.max = all;
      bar.value = done;
      bar.textContent = `${Math.round((100 * done) / Math.max(all, 1))}%`;
    })
      .then(() => {
        offlineStatus.textContent = `Done: ${total} kept. Search now works without a network in this browser.`;
        button.textContent = label;
      })
      .catch((error: unknown) => {
        // Never "done" after a failure: say what failed, and offer to try again.
        offlineStatus.textContent = `Not kept offline: ${error instanceof Error ? error.message : String(error)}. Search offline will not work until this succeeds.`;
        button.textContent = 'Try again';
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}

async function start(): Promise<void> {
  byId('search-unavailable').hidden = true;
  form.hidden = false;
  const initial = parseSearchState(location.search);
  showState(initial);
  status.textContent = 'Loading the search index…';
  const manifest = await loadManifest(base);
  setUpOffline(manifest);
  engine = await openArchiveSearch(base, manifest);
  fillFilters(await engine.filters());
  showState(initial);
  await run(initial);
}

input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const state = formState();
    updateUrl(state, typing ? 'replace' : 'push');
    typing = true;
    run(state).catch(fail);
  }, TYPING_PAUSE_MS);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  typing = false;
  const state = formState();
  updateUrl(state, 'push');
  run(state).catch(fail);
});

for (const select of [sortSelect, ...Object.values(filterSelects)]) {
  select.addEventListener('change', () => {
    typing = false;
    const state = formState();
    updateUrl(state, 'push');
    run(state).catch(fail);
  });
}

more.addEventListener('click', () => {
  // One page at a time: a second click while results load would fetch the same page twice.
  if (more.disabled) return;
  more.disabled = true;
  const first = shown;
  showMore()
    .then(() => list.children[first]?.querySelector('a')?.focus())
    .catch(fail)
    .finally(() => {
      more.disabled = false;
    });
});

window.addEventListener('popstate', () => {
  typing = false;
  const state = parseSearchState(location.search);
  showState(state);
  run(state).catch(fail);
});

start().catch(fail);
