/** Czech, Slovak and Ukrainian queries asked for by their words' stems, Finnish ones by the part their forms share: every case form begins with it. */
import { describe, expect, test } from 'vitest';
import { gradedStem } from '../../src/search/finnish-grades.ts';
import { lightStem, stemmedTerm, stemsQuery } from '../../src/search/light-stems.ts';
import { wordRanges } from '../../src/search/highlight.ts';

test.each([
  // Brno, v Brně, z Brna, Brnu, Brnem: one stem, which begins each form as the pages write it.
  [['Brno', 'Brně', 'Brna', 'Brnu', 'Brnem'], 'Brn'],
  [['přehrada', 'přehrady', 'přehradě', 'přehradou', 'přehradách'], 'přehrad'],
  [['knihovna', 'knihovně', 'knihovny', 'knihovnami'], 'knihovn'],
  [['rekonstrukce', 'rekonstrukci'], 'rekonstrukc'],
  [['Bratislava', 'Bratislave', 'Bratislavy'], 'Bratislav'],
])('%j all begin with %s', (forms, stem) => {
  for (const form of forms) {
    expect(lightStem(form), form).toBe(stem);
    expect(form.startsWith(stem), form).toBe(true);
  }
});

test('short words, acronyms, words ending in a consonant, and other scripts are asked for as typed', () => {
  for (const word of ['a', 'v', 'ČTK', 'NATO', 'Novák', 'in', 'Αθήνα', '2024'])
    expect(lightStem(word), word).toBe(word);
  // A stem of three letters begins too many other words (autor, univerzita), save a name's, written with its capital.
  for (const word of ['auto', 'unie', 'kino', 'brno']) expect(lightStem(word), word).toBe(word);
  expect(lightStem('Brno')).toBe('Brn');
});

test.each([
  // Ukrainian: Одеса, Одеси, Одесі, Одесу; Польща, Польщі; the instrumental and genitive plurals.
  [['Одеса', 'Одеси', 'Одесі', 'Одесу', 'Одесою'], 'Одес'],
  [['Польща', 'Польщі', 'Польщу', 'Польщею'], 'Польщ'],
  [['волонтери', 'волонтерів', 'волонтерами', 'волонтерам'], 'волонтер'],
  [['Україна', 'України', 'Україні', 'Україною'], 'Україн'],
])('Ukrainian: %j all begin with %s', (forms, stem) => {
  for (const form of forms) {
    expect(lightStem(form, { language: 'uk' }), form).toBe(stem);
    expect(form.startsWith(stem), form).toBe(true);
  }
});

test('a Ukrainian word too short to stem, an acronym, or Latin letters in a Ukrainian query are asked for as typed', () => {
  // A name of four letters too: "Рад" of Рада begins радіо and радість.
  for (const word of ['мова', 'нового', 'ЗСУ', 'Brno', 'м’ясо', 'Рада', 'Ниса'])
    expect(lightStem(word, { language: 'uk' }), word).toBe(word);
  // Cyrillic in a Czech query is no Czech word.
  expect(lightStem('Ниса')).toBe('Ниса');
  expect(stemmedTerm('uk', 'береги Одеси')).toBe('берег Одес');
});

test('only Czech, Slovak and Ukrainian indexes are asked for stems', () => {
  expect([
    stemsQuery('cs'),
    stemsQuery('sk-SK'),
    stemsQuery('uk'),
    stemsQuery('pl'),
    stemsQuery('en'),
    stemsQuery(undefined),
  ]).toEqual([true, true, true, false, false, false]);
  expect(stemmedTerm('cs', 'přehrady v Brně')).toBe('přehrad v Brn');
  expect(stemmedTerm('en', 'harbours in Brno')).toBe('harbours in Brno');
  expect(stemmedTerm('cs', null)).toBeNull();
});

test('the opened Czech article marks a word searched in each of its forms, and the word alone elsewhere', () => {
  const text = 'V Brně se otevřela přehrada. Do Brna přijeli hosté z Brněnska.';
  const marked = (query: string, lang: string) =>
    wordRanges(text, [query.toLowerCase()], lang).map(([a, b]) => text.slice(a, b));
  expect(marked('Brno', 'cs')).toEqual(['Brně', 'Brna', 'Brněnska']);
  expect(marked('přehrady', 'cs')).toEqual(['přehrada']);
  expect(marked('Brno', 'en')).toEqual([]);
});

describe('Finnish: a word asked for by the letters its forms share, where its last consonants change with its case', () => {
  test.each([
    ['Helsinki', 'Helsin'], // Helsingissä, Helsingin
    ['kaupunki', 'kaupun'], // kaupungin
    ['Lappeenranta', 'Lappeenran'], // Lappeenrannassa
    ['presidentti', 'president'], // presidentin
    ['Seinäjoki', 'Seinäjo'], // Seinäjoella
    ['kokous', 'kokou'], // kokouksen
    ['päätös', 'päätö'], // päätöksen
    ['rakennus', 'rakenn'], // rakennuksen: not 'rakennu', which the stemmer reads as 'rakenu'
    ['hyökkäys', 'hyökkä'], // hyökkäyksen
    ['Veikkaus', 'Veikka'], // Veikkauksen
  ])('%s is asked as %s', (word, part) => expect(gradedStem(word)).toBe(part));

  test.each(['katto', 'kunta', 'Hanko', 'Tampere', 'uutinen', 'YLE', 'Helsingissä', 'Москва'])(
    '%s is asked as typed (nothing changes, the part would be too short, an acronym, another alphabet)',
    (word) => expect(gradedStem(word)).toBe(word),
  );

  test('only a Finnish index is asked so', () => {
    expect(stemmedTerm('fi', 'kaupunki Helsinki')).toBe('kaupun Helsin');
    expect(stemmedTerm('fi-FI', 'kokous')).toBe('kokou');
    expect(stemmedTerm('et', 'Helsinki')).toBe('Helsinki');
    expect(stemmedTerm('en', 'Helsinki')).toBe('Helsinki');
  });
});
