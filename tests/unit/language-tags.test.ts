import { iso6393To1 } from 'iso-639-3';
import { expect, test } from 'vitest';
import { languageForCountryCode, languageScript } from '../../src/lib/language-tags.ts';

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

test('a tag’s script: written, or implied by its region or its language', () => {
  expect(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh_TW'].map(languageScript)).toEqual(
    Array(6).fill('Hant'),
  );
  expect(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-TW'].map(languageScript)).toEqual(Array(5).fill('Hans'));
  expect(['sr', 'sr-Latn', 'en', 'not a tag'].map(languageScript)).toEqual(['Cyrl', 'Latn', 'Latn', undefined]);
});
