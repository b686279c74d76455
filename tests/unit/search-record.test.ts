/**
 * The meta values an article's search record carries: the fields readers
 * search are written as they are, the others as one word nobody types, read
 * back unchanged by the search page.
 */
import { describe, expect, test } from 'vitest';
import {
  META,
  SEARCHED_META,
  concealedMeta,
  metaValue,
  searchedMetaText,
  type MetaKey,
} from '../../src/search/record.ts';

const shown: [MetaKey, string][] = [
  [META.date, '31 December 2019, 23:30 (UTC−08:00)'],
  [META.lang, 'en'],
  [META.section, '地方'],
  [META.byline, 'Par Élodie Marchand et Tom Lindqvist'],
  [META.byline, 'بقلم سارة الحسن'],
  [META.date, '二〇二三年六月二十九日'],
  [META.image, '/images/2019/03/harbour dredger.jpg'],
  [META.imageAlt, 'Un chalutier 🚢 à quai'],
  [META.dateKey, '2020-01-01T07:30:00.000Z'],
];

describe('concealedMeta and metaValue', () => {
  test.each(shown)('%s "%s" reads back as written', (key, value) => {
    expect(metaValue({ [key]: concealedMeta(key, value) }, key)).toBe(value);
  });

  test.each(shown)('%s "%s" is written as one lowercase word of letters and digits, none of its own', (key, value) => {
    const written = concealedMeta(key, value);
    // Pagefind splits a meta value at spaces and indexes a word's parts when it holds a mark or a capital.
    expect(written).toMatch(/^\p{Ll}[0-9a-f]+$/u);
    expect(written.normalize('NFD')).toBe(written);
    // Pagefind matches a query word against the beginning of indexed words: none of the value's words begins it.
    for (const word of value.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
      expect(written.startsWith(word.toLowerCase().slice(0, 1))).toBe(false);
  });

  test('the fields readers search are written as they are', () => {
    expect(SEARCHED_META).toEqual([META.title, META.authors]);
    for (const key of SEARCHED_META) expect(concealedMeta(key, 'Mara Quill')).toBe('Mara Quill');
  });

  test('a value from an index written before concealing, or a missing one, reads as it is', () => {
    expect(metaValue({ [META.lang]: 'fr' }, META.lang)).toBe('fr');
    expect(metaValue({}, META.byline)).toBe('');
    expect(metaValue(undefined, META.date)).toBe('');
  });

  test('searchedMetaText gives the headline and names a phrase is checked against, and nothing else', () => {
    const meta = Object.fromEntries(
      (
        [
          [META.title, 'Ferry back'],
          [META.section, 'Local'],
          [META.authors, 'Mara Quill\nTobias Wren'],
          [META.byline, 'By Mara Quill and Tobias Wren'],
          [META.date, '3 March 2021'],
        ] as [MetaKey, string][]
      ).map(([key, value]) => [key, concealedMeta(key, value)]),
    );
    expect(searchedMetaText(meta)).toBe('Ferry back\nMara Quill\nTobias Wren');
  });
});
