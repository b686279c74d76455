import { iso6393To1 } from 'iso-639-3';
import { expect, test } from 'vitest';
import { languageForCountryCode } from '../../src/lib/language-tags.ts';

test('a country code written for a language is read as the language meant', () => {
  expect(languageForCountryCode('ua')).toBe('uk');
  expect(languageForCountryCode('jp')).toBe('ja');
  expect(languageForCountryCode('ua-UA')).toBe('uk');
  expect(languageForCountryCode('uk')).toBeUndefined();
});

test('no language code (ISO 639-1) is ever taken for a country’s: each is a language of its own', () => {
  const languages = [...new Set(Object.values(iso6393To1))];
  expect(languages.length).toBeGreaterThan(180);
  expect(languages.filter((code) => languageForCountryCode(code) !== undefined)).toEqual([]);
});
