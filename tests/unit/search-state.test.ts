import { describe, expect, test } from 'vitest';
import { hasCriteria, parseSearchState, serializeSearchState, toPagefindOptions, withFilter, type SearchState } from '../../src/search/state.ts';

describe('parseSearchState', () => {
  test('reads query, repeated filters and sort', () => {
    expect(parseSearchState('?q=+harbour+ferry+&tag=coast&tag=storms&section=Local&sort=newest')).toEqual({
      query: 'harbour ferry',
      filters: { tag: ['coast', 'storms'], section: ['Local'] },
      sort: 'newest',
    });
  });

  test.each([
    ['', { query: '', filters: {}, sort: 'relevance' }],
    ['?sort=sideways', { query: '', filters: {}, sort: 'relevance' }],
    ['?tag=&tag=coast&tag=coast&colour=red', { query: '', filters: { tag: ['coast'] }, sort: 'relevance' }],
    ['?author=Mara%20Quill&source=Harbour+Gazette%2C+Evening', { query: '', filters: { author: ['Mara Quill'], source: ['Harbour Gazette, Evening'] }, sort: 'relevance' }],
  ])('%s', (search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });
});

describe('serializeSearchState', () => {
  test.each<[SearchState, string]>([
    [{ query: '', filters: {}, sort: 'relevance' }, ''],
    [{ query: 'ferry', filters: {}, sort: 'relevance' }, '?q=ferry'],
    [{ query: 'a&b', filters: { year: ['2020'], section: ['Local'] }, sort: 'oldest' }, '?q=a%26b&section=Local&year=2020&sort=oldest'],
  ])('%j → %s', (state, expected) => {
    expect(serializeSearchState(state)).toBe(expected);
  });

  test('round-trips through parse', () => {
    const state: SearchState = { query: 'café « quai »', filters: { author: ['Camille Vernet', 'Mara Quill'], tag: ['food'] }, sort: 'newest' };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
});

test('withFilter sets and removes one filter without touching the others', () => {
  const state = parseSearchState('?q=x&tag=coast&year=2020');
  expect(withFilter(state, 'tag', ['storms']).filters).toEqual({ tag: ['storms'], year: ['2020'] });
  expect(withFilter(state, 'tag', []).filters).toEqual({ year: ['2020'] });
  expect(state.filters).toEqual({ tag: ['coast'], year: ['2020'] });
});

test.each([
  ['', false],
  ['?sort=newest', false],
  ['?q=ferry', true],
  ['?section=Local', true],
])('hasCriteria(%s) is %s', (search, expected) => {
  expect(hasCriteria(parseSearchState(search))).toBe(expected);
});

describe('toPagefindOptions', () => {
  test('values of one filter widen, filters narrow, sorts map to the date key', () => {
    expect(toPagefindOptions(parseSearchState('?q=x&tag=coast&tag=storms&year=2021&sort=newest'))).toEqual({
      filters: { tag: { any: ['coast', 'storms'] }, year: { any: ['2021'] } },
      sort: { date: 'desc' },
    });
    expect(toPagefindOptions(parseSearchState('?sort=oldest')).sort).toEqual({ date: 'asc' });
    expect(toPagefindOptions(parseSearchState('?q=x'))).toEqual({ filters: {}, sort: {} });
  });
});
