import { describe, expect, test } from 'vitest';
import {
  hebrewStems,
  joinsHebrewPrefixes,
  takesHebrewPrefix,
  withHebrewPrefix,
} from '../../src/lib/hebrew-prefixes.ts';

describe('hebrewStems: a Hebrew word as it reads after each letter joined to its front', () => {
  test.each([
    // The article, "and", a preposition, "from the", "that", "when": one to three letters, each stem after them.
    ['השוק', ['שוק']],
    ['בשוק', ['שוק']],
    ['והשוק', ['השוק', 'שוק']],
    ['מהשוק', ['השוק', 'שוק']],
    ['ובבית', ['בבית', 'בית']],
    ['שבבית', ['בבית', 'בית']],
    ['כשהממשלה', ['שהממשלה', 'הממשלה', 'ממשלה']],
    ['לירושלים', ['ירושלים']],
    // "and" before a word that begins with a prefix letter of its own: the word itself is one of the stems.
    ['ושלום', ['שלום', 'לום']],
    // An acronym after a prefix: its gershayim inside the stem (ארה״ב, "USA"), its letters counted across it.
    ['בארה״ב', ['ארה״ב']],
    ['ובצה״ל', ['בצה״ל', 'צה״ל']],
    // Three letters at least are left: שנה ("year") is no ש + נה, שבת no ש + ב + ת.
    ['שנה', []],
    ['שבת', []],
    ['ועד', []],
    // No prefix letter in front, a vowelled word, another script: nothing.
    ['ירושלים', []],
    ['וּבַשּׁוּק', []],
    ['harbour', []],
    ['الميناء', []],
  ])('%s → %j', (word, stems) => {
    expect(hebrewStems(word)).toEqual(stems);
  });
});

describe('withHebrewPrefix: a phrase word typed bare, written with a prefix', () => {
  test.each([
    ['שוק', 'בשוק', true],
    ['שוק', 'והשוק', true],
    ['ממשלה', 'שהממשלה', true],
    // Typed with its prefix, the word is asked for so: the article typed is not found under "in".
    ['השוק', 'בשוק', false],
    ['השוק', 'השוק', false],
    // Letters before it that are no prefix, or a word too short to tell.
    ['שוק', 'תשוק', false],
    ['צה״ל', 'בצה״ל', true],
    ['בת', 'הבת', false],
  ])('%s in %s: %s', (typed, written, expected) => {
    expect(withHebrewPrefix(typed, written)).toBe(expected);
  });

  test('words of three letters or more take a prefix', () => {
    expect(takesHebrewPrefix('שוק')).toBe(true);
    expect(takesHebrewPrefix('בת')).toBe(false);
    expect(takesHebrewPrefix('port')).toBe(false);
  });
});

describe('joinsHebrewPrefixes: which texts are read so', () => {
  test('Hebrew, not Yiddish or another language written in Hebrew letters', () => {
    expect(joinsHebrewPrefixes('מחירי הדגים בשוק')).toBe(true);
    expect(joinsHebrewPrefixes('מחירי הדגים בשוק', 'he-IL')).toBe(true);
    // Yiddish's own digraphs, or a page that says it is Yiddish or Ladino.
    expect(joinsHebrewPrefixes('די ייִדישע צײַטונג')).toBe(false);
    expect(joinsHebrewPrefixes('די ביכער', 'yi')).toBe(false);
    expect(joinsHebrewPrefixes('la sivdad de Saloniko', 'lad')).toBe(false);
    expect(joinsHebrewPrefixes('The harbour')).toBe(false);
  });
});
