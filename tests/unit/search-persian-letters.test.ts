// Persian's yeh and kaf, and Arabic's, as the search reads them.
import { expect, test } from 'vitest';
import { inIndexLetters, persianLetters, usesPersianLetters } from '../../src/search/persian-letters.ts';
import { normalizeText, parseQuery } from '../../src/search/phrases.ts';

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

test('a zero-width non-joiner in a query parts the word, as the indexed pages part it', () => {
  expect(parseQuery('زلزله\u200Cزدگان')).toEqual({ terms: 'زلزله زدگان', phrases: [] });
  expect(parseQuery('"کمک به زلزله\u200Cزدگان"').phrases).toEqual(['کمک به زلزله زدگان']);
});
