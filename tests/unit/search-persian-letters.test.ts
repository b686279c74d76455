// Persian's yeh and kaf, and Arabic's, as the search reads them.
import { expect, test } from 'vitest';
import { inIndexLetters, inIndexQuery, persianLetters, usesPersianLetters } from '../../src/lib/persian-letters.ts';
import { matchesPhrases, normalizeText, parseQuery } from '../../src/search/phrases.ts';
import { queryNeedles, wordRanges } from '../../src/search/highlight.ts';

test('Persian, Urdu and Sorani are written with ی and ک; Arabic, Pashto and Uyghur keep ي', () => {
  for (const language of ['fa', 'fa-AF', 'ur', 'ckb']) expect(usesPersianLetters(language), language).toBe(true);
  for (const language of ['ar', 'ps', 'ug', 'en', undefined])
    expect(usesPersianLetters(language), language).toBe(false);
});

test('Kurdish and Punjabi take them where they are written in the Arabic script, by name or by region', () => {
  // Index names are lower-cased by the search (ku-arab).
  for (const language of ['ku-Arab', 'ku-arab', 'ku-IQ', 'pa-Arab', 'pa-PK', 'pa-pk'])
    expect(usesPersianLetters(language), language).toBe(true);
  // Kurmanji in Latin letters, Punjabi in Gurmukhi.
  for (const language of ['ku', 'ku-TR', 'pa', 'pa-IN', 'pa-Guru'])
    expect(usesPersianLetters(language), language).toBe(false);
});

test('a query is read once for an index: its words and phrases in the letters the index holds', () => {
  expect(inIndexQuery('ur', 'كتاب "علي رضا"', ['علي رضا'])).toEqual({ term: 'کتاب "علی رضا"', phrases: ['علی رضا'] });
  expect(inIndexQuery('ar', 'كتاب', ['علي'])).toEqual({ term: 'كتاب', phrases: ['علي'] });
  expect(inIndexQuery('pa-pk', null, [])).toEqual({ term: null, phrases: [] });
});

test('a query searched in a Persian index takes its letters; in an Arabic index it stays as typed', () => {
  expect(persianLetters('علي رضايي، كتاب، مصطفى')).toBe('علی رضایی، کتاب، مصطفی');
  expect(inIndexLetters('fa', 'علي كتاب')).toBe('علی کتاب');
  expect(inIndexLetters('ar', 'علي كتاب')).toBe('علي كتاب');
  expect(inIndexLetters('fa', null)).toBeNull();
});

test('Arabic text keeps its letters for the phrase check, whose Arabic rules read ك and ي', () => {
  expect(normalizeText('وتوزيع كتاب')).toBe('وتوزيع كتاب');
});

test('a word joined by a zero-width non-joiner is searched whole, without it, as the indexed pages hold it too', () => {
  // Whole, it is the start of کتاب‌های ("books of") as a word is of its longer forms; its parts alone would be any page.
  expect(parseQuery('زلزله\u200Cزدگان خوی')).toEqual({ terms: 'زلزلهزدگان خوی', phrases: [] });
  expect(parseQuery('"کمک به زلزله\u200Cزدگان"').phrases).toEqual(['کمک به زلزله زدگان']);
});

test('a Persian phrase is found however its words’ parts are written: half-space, space or nothing, from a word’s start to one’s end', () => {
  const text = 'هواشناسی پیش‌بینی می‌شود که بارش‌ها ادامه یابد';
  for (const phrase of [
    'پیش بینی میشود',
    'پیشبینی میشود',
    'پیش بینی می شود',
    'پیش\u200Cبینی می\u200Cشود',
    'بارشها ادامه',
  ])
    expect(matchesPhrases(text, [normalizeText(phrase)]), phrase).toBe(true);
  // From a word's start (or a part's, as the page parts it: بینی, شود) to one's end, never from inside one.
  for (const phrase of ['ناسی پیش', 'بینی میشو']) expect(matchesPhrases(text, [phrase]), phrase).toBe(false);
  expect(matchesPhrases(text, ['بینی میشود'])).toBe(true);
  // Urdu too; never in Arabic, where words written apart or together are other words (كل ما, "all that"; كلما, "whenever").
  expect(matchesPhrases('شہر میں پیش رفت ہوئی', ['پیشرفت ہوئی'])).toBe(true);
  expect(matchesPhrases('كل ما قاله صحيح', ['كلما قاله'])).toBe(false);
});

test('the opened article marks the joined word whole, never another word that begins with a part of it', () => {
  const text = 'میلیون نفر سال‌ها هاشمی می‌شود کتاب‌ها و کتاب‌های تازه';
  const marked = (query: string) => wordRanges(text, queryNeedles(query), 'fa').map(([a, b]) => text.slice(a, b));
  expect(marked('می\u200Cشود')).toEqual(['می‌شود']);
  expect(marked('کتاب\u200Cها')).toEqual(['کتاب‌ها', 'کتاب‌های']);
  // Typed without the half-space, as search finds them.
  expect(marked('میشود')).toEqual(['می‌شود']);
  expect(marked('کتابها')).toEqual(['کتاب‌ها', 'کتاب‌های']);
  // A part typed alone marks the part, as the page parts it.
  expect(marked('شود')).toEqual(['شود']);
});

test('an article in Persian is marked however its yeh and kaf were typed, its language told', () => {
  // Typed on an Arabic keyboard throughout: its letters alone would read as Arabic.
  const text = 'وزير امور خارجه ايران گفت كه';
  expect(wordRanges(text, ['وزیر'], 'fa').map(([a, b]) => text.slice(a, b))).toEqual(['وزير']);
  expect(wordRanges(text, ['وزیر'], 'ar')).toEqual([]);
});

test('Urdu, and Punjabi in Shahmukhi, read an Arabic keyboard’s heh as theirs; Persian keeps it', () => {
  expect(persianLetters('لاهور', 'ur')).toBe('لاہور');
  expect(persianLetters('لاهور', 'pa-PK')).toBe('لاہور');
  expect(persianLetters('لاهور', 'pa-Arab')).toBe('لاہور');
  expect(persianLetters('تهران', 'fa')).toBe('تهران');
  expect(inIndexLetters('ur', 'شهر')).toBe('شہر');
});
