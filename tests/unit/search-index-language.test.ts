/** The language a page is indexed under: its primary subtag, one index per language. */
import { describe, expect, test } from 'vitest';
import { indexLanguage, withIndexLanguage } from '../../src/search/index-language.ts';
import { viewPage } from '../../src/search/indexer.ts';

describe('withIndexLanguage', () => {
  test.each([
    ['<html lang="en-GB" dir="ltr">', '<html lang="en" dir="ltr">'],
    ['<!doctype html><html dir="rtl" lang="ar-EG">', '<!doctype html><html dir="rtl" lang="ar">'],
    ['<html lang="zh-Hant-TW">', '<html lang="zh-hant">'],
    ["<html lang='pt-BR'>", "<html lang='pt'>"],
    ['<html lang=sr-Latn>', '<html lang=sr-latn>'],
    ['<html lang=de-AT>', '<html lang=de>'],
    ['<html lang="en">', '<html lang="en">'],
    ['<html>', '<html>'],
  ])('%s → %s', (html, indexed) => {
    expect(withIndexLanguage(`${html}<body><p lang="fr-CA">x</p></body></html>`)).toBe(
      `${indexed}<body><p lang="fr-CA">x</p></body></html>`,
    );
  });

  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-au', 'en'],
    ['pt-BR', 'pt'],
    ['hi-IN', 'hi'],
    ['ar-EG', 'ar'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    // A script the language is not usually written in keeps an index of its own.
    ['zh-TW', 'zh-hant'],
    ['pa-PK', 'pa-arab'],
    ['sd-IN', 'sd-deva'],
    ['hi-Latn', 'hi-latn'],
    ['sr-Latn', 'sr-latn'],
    ['sr-RS', 'sr'],
    // A script part of the usual one is the usual one: Korean in Hangul, Japanese in kana, Chinese in Han.
    ['ko-Hang', 'ko'],
    ['ja-Hrkt', 'ja'],
    ['ja-Kana', 'ja'],
    ['zh-Hani', 'zh'],
    ['zh-Hant', 'zh-hant'],
  ])('%s is indexed as %s', (tag, index) => {
    expect(indexLanguage(tag)).toBe(index);
  });

  test('the page Pagefind reads carries the primary subtag; only the html element changes', () => {
    const page =
      '<!doctype html><html lang="en-AU"><head><title>T</title></head><body>' +
      '<article data-pagefind-body lang="en-AU"><h1>Ferry</h1><p>Text.</p></article></body></html>';
    const view = viewPage(page);
    expect(view).toMatch(/^<html lang="en">/);
    expect(view).toContain('<article data-pagefind-body lang="en-AU">');
  });
});
