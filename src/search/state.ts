/**
 * The search page's state as it lives in the URL, so a search can be shared,
 * bookmarked and walked back with the browser's back button:
 * `/search/?q=ferry&section=Local&tag=coast&tag=storms&from=1998&to=2003-06&sort=newest`.
 * Pure functions over `URLSearchParams`; the page script owns the history.
 */
import { coverFilter, coverRange, formatDateBound, isBackward, parseDateBound, type AnyFilter } from './date-range.ts';
import { FILTER_KEYS, SORT_KEY, type FilterKey } from './record.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The words typed, trimmed; empty means no search yet. */
  query: string;
  /** Chosen values per filter; a filter absent or empty does not narrow. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** First and last day of a date range, as written (`1998`, `2003-06`, `2003-06-15`); '' for an open end. */
  from: string;
  to: string;
  sort: Sort;
}

const isSort = (value: string): value is Sort => (SORTS as readonly string[]).includes(value);

/**
 * The order a search's results come in: the one chosen, but the newest first for "best match" with no words to
 * rank by (a search by filters or dates alone), whose results Pagefind would list in no order a reader can follow.
 * @example resultOrder({ query: '', filters: { section: ['Local'] }, from: '', to: '', sort: 'relevance' }) // 'newest'
 */
export function resultOrder(state: SearchState): Sort {
  return state.sort === 'relevance' && state.query.trim() === '' ? 'newest' : state.sort;
}

/**
 * Reads the state from a query string. Unknown parameters are ignored; an
 * unknown sort falls back to relevance; repeated filter values are kept once.
 * @example parseSearchState('?q=ferry&tag=coast&from=1998&sort=newest')
 * // { query: 'ferry', filters: { tag: ['coast'] }, from: '1998', to: '', sort: 'newest' }
 */
export function parseSearchState(search: string | URLSearchParams, lang = 'en'): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') ?? '';
  // A bound that is not a year, month or day is left out rather than guessed at; one that is is written as the URL writes it.
  const bound = (name: 'from' | 'to') => {
    const parsed = parseDateBound(params.get(name) ?? '', lang, name);
    return parsed ? formatDateBound(parsed) : '';
  };
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    from: bound('from'),
    to: bound('to'),
    sort: isSort(sort) ? sort : 'relevance',
  };
}

/** A date bound the reader wrote that is not a year, month or day. */
export interface UnreadableDate {
  bound: 'from' | 'to';
  /** As written, trimmed. */
  text: string;
}

/**
 * The date bounds of a query string that parseSearchState leaves out because
 * they cannot be read (`?from=abc`, `?to=2024-13`), so the page can tell the
 * reader instead of silently searching every date.
 * @example unreadableDates('?from=abc&to=2003') // [{ bound: 'from', text: 'abc' }]
 */
export function unreadableDates(search: string | URLSearchParams, lang = 'en'): UnreadableDate[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return (['from', 'to'] as const).flatMap((bound) => {
    const text = (params.get(bound) ?? '').trim();
    return text && !parseDateBound(text, lang, bound) ? [{ bound, text }] : [];
  });
}

/**
 * Writes the state as a query string (with `?`, or '' when empty), in a stable
 * order so equal states give equal URLs. Relevance, the default, is left out.
 * @example serializeSearchState({ query: 'ferry', filters: {}, from: '', to: '', sort: 'relevance' }) // '?q=ferry'
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the state asks for anything: words, a filter or a date range. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || hasNarrowing(state);
}

/** Whether the state narrows by a filter or a date range. */
export function hasNarrowing(state: SearchState): boolean {
  return state.from !== '' || state.to !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * How many of the form's narrowing controls are set: each filter value, each date bound, and an
 * order other than relevance (what the folded filters on a phone say they hold).
 * @example narrowingCount(parseSearchState('?q=ferry&tag=coast&tag=storms&from=1998&sort=newest')) // 4
 */
export function narrowingCount(state: SearchState): number {
  const values = Object.values(state.filters).reduce((sum, chosen) => sum + chosen.length, 0);
  return values + Number(state.from !== '') + Number(state.to !== '') + Number(state.sort !== 'relevance');
}

/** Whether the range's start comes after its end (`?from=2005&to=2001`): nothing can match. */
export function isBackwardRange(state: SearchState): boolean {
  return isBackward(parseDateBound(state.from), parseDateBound(state.to));
}

/** Pagefind's search options for a state. */
export interface PagefindSearchOptions {
  /** Filter name → any of its values; `any` holds the date range's years, months and days. */
  filters: Record<string, { any: string[] }> & { any?: AnyFilter['any'] };
  sort: Record<string, 'asc' | 'desc'>;
}

/**
 * The options passed to Pagefind's `search()`. Values of one filter widen the
 * search (any of them), different filters narrow it (all of them), as readers
 * expect of "section: Politics or Local, year: 2020". A date range is one
 * more condition: any of the years, months and days that cover it, its open
 * ends bounded by the archive's span (`YYYY-MM` months).
 * @example toPagefindOptions(parseSearchState('?year=2020&sort=oldest'), { first: '2019-01', last: '2024-12' })
 * // { filters: { year: { any: ['2020'] } }, sort: { date: 'asc' } }
 */
export function toPagefindOptions(
  state: SearchState,
  span: { first: string; last: string },
  except?: FilterKey,
): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (key !== except && values && values.length > 0) filters[key] = { any: [...values] };
  }
  if (state.from || state.to) {
    const cover = coverRange(parseDateBound(state.from), parseDateBound(state.to), span) ?? {
      years: [],
      months: [],
      days: [],
    };
    filters.any = coverFilter(cover).any;
  }
  const order = resultOrder(state);
  const sort: PagefindSearchOptions['sort'] =
    order === 'newest' ? { [SORT_KEY]: 'desc' } : order === 'oldest' ? { [SORT_KEY]: 'asc' } : {};
  return { filters, sort };
}
