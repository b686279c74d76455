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
  authorsMeta,
  searchedMeta,
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
  });

  test('the fields readers search are written as they are', () => {
    expect(SEARCHED_META).toEqual([META.title, META.authors]);
    for (const key of SEARCHED_META) expect(concealedMeta(key, 'Mara Quill')).toBe('Mara Quill');
  });

  test('a value from an index written before concealing, a searched field, or a missing one, reads as it is', () => {
    expect(metaValue({ [META.lang]: 'fr' }, META.lang)).toBe('fr');
    // A headline may begin with the mark (an IPA letter): it is never read as hex.
    expect(metaValue({ [META.title]: 'ʘ656e' }, META.title)).toBe('ʘ656e');
    expect(metaValue({ [META.date]: 'ʘ tôt' }, META.date)).toBe('ʘ tôt');
    expect(metaValue({}, META.byline)).toBe('');
    expect(metaValue(undefined, META.date)).toBe('');
  });

  test('an empty value is still written, as the mark alone', () => {
    expect(concealedMeta(META.image, '')).toBe('ʘ');
    expect(metaValue({ [META.image]: 'ʘ' }, META.image)).toBe('');
  });

  test.each([
    ['ja', ['田中 一郎', '佐藤花子']],
    ['zh-TW', ['王小明', '林美華']],
    ['zh-Hans', ['陈大文']],
    ['th', ['สมชาย ใจดี']],
    ['en', ['Mara Quill', 'Jean-Luc Picard']],
  ])('in %s, each word a query for a name is cut into begins a word of the authors field', (lang, names) => {
    // Pagefind cuts Chinese, Japanese and Thai queries with Intl.Segmenter, and meta values at spaces only.
    const queryWords = (name: string) =>
      ['zh', 'ja', 'th'].includes(lang.slice(0, 2))
        ? Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(name))
            .filter((part) => part.isWordLike)
            .map((part) => part.segment)
        : name.split(' ');
    const indexed = authorsMeta(names, lang).split(/\s+/);
    for (const name of names)
      for (const word of queryWords(name))
        expect(
          indexed.some((each) => each.startsWith(word)),
          word,
        ).toBe(true);
    expect(searchedMeta({ [META.authors]: authorsMeta(names, lang) }).length).toBe(names.length);
  });

  test('the authors field as written: names apart, Chinese and Japanese names cut where a query is cut', () => {
    // Fixed, so a change of how names are cut (the browser must cut queries the same way) is seen.
    expect(authorsMeta(['佐藤花子', '田中 一郎'], 'ja')).toBe('佐藤 花子 ‖ 田中 一郎');
    expect(authorsMeta(['王小明'], 'zh-TW')).toBe('王 小明');
    expect(authorsMeta(['Mara Quill', 'Tobias Wren'], 'en')).toBe('Mara Quill ‖ Tobias Wren');
  });

  test('a name written with a ligature is searched spelled out too: "Delcoeur" finds Delcœur', () => {
    expect(authorsMeta(['François Delcœur', 'Ana Lima'], 'fr')).toBe('François Delcœur ‖ François Delcoeur ‖ Ana Lima');
  });

  test('a name holding the separator is one name still', () => {
    const field = authorsMeta(['Mara ‖ Quill', 'Ada Wren'], 'en');
    expect(searchedMeta({ [META.authors]: field })).toEqual(['Mara Quill', 'Ada Wren']);
  });

  test('a tag Intl refuses, which an article may carry, cuts names as its language does', () => {
    expect(authorsMeta(['佐藤花子'], 'ja-JP-JP')).toBe(authorsMeta(['佐藤花子'], 'ja'));
  });

  test('searchedMeta gives the headline and each name apart, and nothing else', () => {
    const meta = Object.fromEntries(
      (
        [
          [META.title, 'Ferry back'],
          [META.section, 'Local'],
          [META.authors, authorsMeta(['Mara Quill', 'Tobias Wren'], 'en')],
          [META.byline, 'By Mara Quill and Tobias Wren'],
          [META.date, '3 March 2021'],
        ] as [MetaKey, string][]
      ).map(([key, value]) => [key, concealedMeta(key, value)]),
    );
    // Pagefind turns the value's spacing into single spaces; the names stay apart.
    expect(searchedMeta({ ...meta, [META.authors]: meta[META.authors]!.replace(/\s+/g, ' ') })).toEqual([
      'Ferry back',
      'Mara Quill',
      'Tobias Wren',
    ]);
    expect(searchedMeta({ [META.title]: 'Ferry back' })).toEqual(['Ferry back']);
  });
});
