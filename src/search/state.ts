/**
 * The search page's state as it lives in the URL, so a search can be shared,
 * bookmarked and walked back with the browser's back button:
 * `/search/?q=ferry&section=Local&tag=coast&tag=storms&sort=newest`.
 * Pure functions over `URLSearchParams`; the page script owns the history.
 */
import { FILTER_KEYS, SORT_KEY, type FilterKey } from './record.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The words typed, trimmed; empty means no search yet. */
  query: string;
  /** Chosen values per filter; a filter absent or empty does not narrow. */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Sort;
}

const isSort = (value: string): value is Sort => (SORTS as readonly string[]).includes(value);

/**
 * Reads the state from a query string. Unknown parameters are ignored; an
 * unknown sort falls back to relevance; repeated filter values are kept once.
 * @example parseSearchState('?q=ferry&tag=coast&sort=newest')
 * // { query: 'ferry', filters: { tag: ['coast'] }, sort: 'newest' }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') ?? '';
  return { query: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/**
 * Writes the state as a query string (with `?`, or '' when empty), in a stable
 * order so equal states give equal URLs. Relevance, the default, is left out.
 * @example serializeSearchState({ query: 'ferry', filters: {}, sort: 'relevance' }) // '?q=ferry'
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A copy of the state with one filter set to the given values (none removes it). */
export function withFilter(state: SearchState, key: FilterKey, values: readonly string[]): SearchState {
  const filters = { ...state.filters };
  const kept = values.filter(Boolean);
  if (kept.length > 0) filters[key] = [...kept];
  else delete filters[key];
  return { ...state, filters };
}

/** Whether the state asks for anything: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/** Pagefind's search options for a state. */
export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
  sort: Record<string, 'asc' | 'desc'>;
}

/**
 * The options passed to Pagefind's `search()`. Values of one filter widen the
 * search (any of them), different filters narrow it (all of them), as readers
 * expect of "section: Politics or Local, year: 2020".
 * @example toPagefindOptions(parseSearchState('?year=2020&sort=oldest'))
 * // { filters: { year: { any: ['2020'] } }, sort: { date: 'asc' } }
 */
export function toPagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values && values.length > 0) filters[key] = { any: [...values] };
  }
  const sort: PagefindSearchOptions['sort'] = state.sort === 'newest' ? { [SORT_KEY]: 'desc' } : state.sort === 'oldest' ? { [SORT_KEY]: 'asc' } : {};
  return { filters, sort };
}
