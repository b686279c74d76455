// Persian's yeh and kaf, and Arabic's, as the search reads them.
import { expect, test } from 'vitest';
import { inIndexLetters, persianLetters, usesPersianLetters } from '../../src/search/persian-letters.ts';
import { normalizeText, parseQuery } from '../../src/search/phrases.ts';
import { queryNeedles, wordRanges } from '../../src/search/highlight.ts';

test('Persian, Urdu and Sorani are written with ی and ک; Arabic, Pashto and Uyghur keep ي', () => {
  for (const language of ['fa', 'fa-AF', 'ur', 'ckb']) expect(usesPersianLetters(language), language).toBe(true);
  for (const language of ['ar', 'ps', 'ug', 'en', undefined])
    expect(usesPersianLetters(language), language).toBe(false);
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

test('a word joined by a zero-width non-joiner is searched as its parts side by side, as the indexed pages part it', () => {
  expect(parseQuery('زلزله\u200Cزدگان خوی')).toEqual({ terms: 'زلزله زدگان خوی', phrases: ['زلزله زدگان'] });
  expect(parseQuery('"کمک به زلزله\u200Cزدگان"').phrases).toEqual(['کمک به زلزله زدگان']);
});

test('the opened article marks the joined word whole, never another word that begins with a part of it', () => {
  const text = 'میلیون نفر سال‌ها هاشمی می‌شود کتاب‌ها';
  const marked = (query: string) => wordRanges(text, queryNeedles(query), 'fa').map(([a, b]) => text.slice(a, b));
  expect(marked('می\u200Cشود')).toEqual(['می‌شود']);
  expect(marked('کتاب\u200Cها')).toEqual(['کتاب‌ها']);
});

test('an article in Persian is marked however its yeh and kaf were typed, its language told', () => {
  // Typed on an Arabic keyboard throughout: its letters alone would read as Arabic.
  const text = 'وزير امور خارجه ايران گفت كه';
  expect(wordRanges(text, ['وزیر'], 'fa').map(([a, b]) => text.slice(a, b))).toEqual(['وزير']);
  expect(wordRanges(text, ['وزیر'], 'ar')).toEqual([]);
});
