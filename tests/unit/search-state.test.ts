import { describe, expect, test } from 'vitest';
import {
  hasCriteria,
  isBackwardRange,
  narrowingCount,
  parseSearchState,
  resultOrder,
  serializeSearchState,
  toPagefindOptions,
  unreadableDates,
  type SearchState,
} from '../../src/search/state.ts';
import { SORT_KEY } from '../../src/search/record.ts';

describe('parseSearchState', () => {
  test('reads query, repeated filters and sort', () => {
    expect(parseSearchState('?q=+harbour+ferry+&tag=coast&tag=storms&section=Local&sort=newest')).toEqual({
      query: 'harbour ferry',
      filters: { tag: ['coast', 'storms'], section: ['Local'] },
      from: '',
      to: '',
      sort: 'newest',
    });
  });

  test.each([
    ['', { query: '', filters: {}, from: '', to: '', sort: 'relevance' }],
    ['?sort=sideways', { query: '', filters: {}, from: '', to: '', sort: 'relevance' }],
    [
      '?tag=&tag=coast&tag=coast&colour=red',
      { query: '', filters: { tag: ['coast'] }, from: '', to: '', sort: 'relevance' },
    ],
    [
      '?author=Mara%20Quill&source=Harbour+Gazette%2C+Evening',
      {
        query: '',
        filters: { author: ['Mara Quill'], source: ['Harbour Gazette, Evening'] },
        from: '',
        to: '',
        sort: 'relevance',
      },
    ],
  ])('%s', (search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  test('a Solar Hijri month as a range is its first day to its last, as Gregorian days in the URL', () => {
    const month = encodeURIComponent('فروردین ۱۴۰۳');
    expect(parseSearchState(`?from=${month}&to=${month}`, 'fa')).toMatchObject({
      from: '2024-03-20',
      to: '2024-04-19',
    });
  });
});

describe('serializeSearchState', () => {
  test.each<[SearchState, string]>([
    [{ query: '', filters: {}, from: '', to: '', sort: 'relevance' }, ''],
    [{ query: 'ferry', filters: {}, from: '', to: '', sort: 'relevance' }, '?q=ferry'],
    [
      { query: 'a&b', filters: { year: ['2020'], section: ['Local'] }, from: '', to: '', sort: 'oldest' },
      '?q=a%26b&section=Local&year=2020&sort=oldest',
    ],
  ])('%j → %s', (state, expected) => {
    expect(serializeSearchState(state)).toBe(expected);
  });

  test('round-trips through parse', () => {
    const state: SearchState = {
      query: 'café « quai »',
      filters: { author: ['Camille Vernet', 'Mara Quill'], tag: ['food'] },
      from: '',
      to: '',
      sort: 'newest',
    };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
});

test.each([
  ['', false],
  ['?sort=newest', false],
  ['?q=ferry', true],
  ['?section=Local', true],
])('hasCriteria(%s) is %s', (search, expected) => {
  expect(hasCriteria(parseSearchState(search))).toBe(expected);
});

const SPAN = { first: '1995-03', last: '2024-10' };

describe('date range in the URL', () => {
  test('from and to are kept as written, round-trip, and count as criteria', () => {
    const state = parseSearchState('?from=1998&to=2003-06');
    expect([state.from, state.to]).toEqual(['1998', '2003-06']);
    expect(serializeSearchState(state)).toBe('?from=1998&to=2003-06');
    expect(hasCriteria(state)).toBe(true);
  });

  test('a bound typed in another script’s digits or with slashes is read, and written as the URL writes it', () => {
    const state = parseSearchState(`?from=${encodeURIComponent('٢٠٢٤')}&to=${encodeURIComponent('2024/3')}`);
    expect([state.from, state.to]).toEqual(['2024', '2024-03']);
    expect(serializeSearchState(state)).toBe('?from=2024&to=2024-03');
  });

  test.each(['98', '2003-13', '2023-02-29', 'yesterday'])('a bound that is no date (%s) is dropped', (bad) => {
    expect(parseSearchState(`?from=${bad}`).from).toBe('');
  });

  test.each([
    ['?from=2005&to=2001', true],
    ['?from=2003-06-30&to=2003-06', false],
    ['?from=2003-07&to=2003-06-30', true],
    ['?from=2005', false],
  ])('isBackwardRange(%s) is %s', (search, expected) => {
    expect(isBackwardRange(parseSearchState(search))).toBe(expected);
  });

  test('a range becomes "any of these years, months, days" next to the other filters', () => {
    expect(toPagefindOptions(parseSearchState('?section=Local&from=2001-11-28&to=2003-02'), SPAN).filters).toEqual({
      section: { any: ['Local'] },
      any: [
        { year: { any: ['2002'] } },
        { month: { any: ['2001-12', '2003-01', '2003-02'] } },
        { day: { any: ['2001-11-28', '2001-11-29', '2001-11-30'] } },
      ],
    });
  });

  test('"best match" with no words to rank by lists the newest first; with words, or another order, as chosen', () => {
    expect(resultOrder(parseSearchState('?section=Local'))).toBe('newest');
    expect(toPagefindOptions(parseSearchState('?from=1998'), SPAN).sort).toEqual({ [SORT_KEY]: 'desc' });
    expect(resultOrder(parseSearchState('?section=Local&sort=oldest'))).toBe('oldest');
    expect(resultOrder(parseSearchState('?q=ferry&section=Local'))).toBe('relevance');
    expect(toPagefindOptions(parseSearchState('?q=ferry'), SPAN).sort).toEqual({});
  });

  test('facet counts for one filter leave that filter out', () => {
    expect(toPagefindOptions(parseSearchState('?section=Local&tag=coast'), SPAN, 'section').filters).toEqual({
      tag: { any: ['coast'] },
    });
  });
});

describe('narrowingCount', () => {
  test.each([
    ['?q=ferry', 0],
    ['?q=ferry&sort=relevance', 0],
    ['?q=ferry&sort=oldest', 1],
    ['?tag=coast&tag=storms&section=Local', 3],
    ['?from=1998&to=2003-06', 2],
    // An unreadable bound narrows nothing, so it is not counted.
    ['?from=yesterday&year=2001&sort=newest', 2],
  ])('%s sets %i', (search, count) => {
    expect(narrowingCount(parseSearchState(search))).toBe(count);
  });
});

describe('toPagefindOptions', () => {
  test('values of one filter widen, filters narrow, sorts map to the date key', () => {
    expect(toPagefindOptions(parseSearchState('?q=x&tag=coast&tag=storms&year=2021&sort=newest'), SPAN)).toEqual({
      filters: { tag: { any: ['coast', 'storms'] }, year: { any: ['2021'] } },
      sort: { date: 'desc' },
    });
    expect(toPagefindOptions(parseSearchState('?sort=oldest'), SPAN).sort).toEqual({ date: 'asc' });
    expect(toPagefindOptions(parseSearchState('?q=x'), SPAN)).toEqual({ filters: {}, sort: {} });
  });
});

describe('unreadableDates', () => {
  test.each([
    ['?from=abc', [{ bound: 'from', text: 'abc' }]],
    ['?to=2024-13', [{ bound: 'to', text: '2024-13' }]],
    [
      '?from=2023-02-29&to=%20x%20',
      [
        { bound: 'from', text: '2023-02-29' },
        { bound: 'to', text: 'x' },
      ],
    ],
    ['?from=98', [{ bound: 'from', text: '98' }]],
    // Readable bounds, even a backward range (the page says that one differently), and empty ones.
    ['?from=1998&to=2003-06-15', []],
    ['?from=2025&to=1990', []],
    ['?from=&to=%20', []],
    ['?q=ferry', []],
  ] as const)('%s', (search, expected) => {
    expect(unreadableDates(search)).toEqual(expected);
    // What the page reports is exactly what the state leaves out.
    const state = parseSearchState(search);
    for (const { bound } of expected) expect(state[bound]).toBe('');
  });
});

test('From and To read dates as a Greek archive’s readers write them, the interface in English or not', () => {
  const state = parseSearchState(
    `?from=${encodeURIComponent('6 Φεβρουαρίου 2023')}&to=${encodeURIComponent('Μάιος 2023')}`,
    'el',
  );
  expect([state.from, state.to]).toEqual(['2023-02-06', '2023-05']);
});
