/**
 * Czech: every key translated, dates as Czech papers print them (12. března 2024, the month in the nominative
 * alone), counts in their four forms (1 článek, 2 články, 5 článků, 1,5 článku), weeks from Monday, „ “ quotes.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { expectCompleteTable } from '../helpers/interface-table.ts';

test('a Czech archive gets a Czech interface without a warning, every key its own', () => {
  expect(findLanguage('cs-CZ', LANGUAGES)?.code).toBe('cs');
  const warnings: string[] = [];
  const cs = interfaceFor('cs-CZ', (message) => warnings.push(message));
  expect([cs.lang, cs.dir]).toEqual(['cs-CZ', 'ltr']);
  expect(cs.t('shell.searchPlaceholder')).toBe('Hledat články');
  expect(cs.t('nav.sections')).toBe('Rubriky');
  expect(warnings).toEqual([]);
  expectCompleteTable('cs', ['few', 'many', 'one', 'other']);
});

test('Czech dates: the day with its dot, the month in the genitive after it, the nominative alone, weeks from Monday', () => {
  const cs = interfaceFor('cs');
  expect(cs.day('2024-03-12')).toBe('12. března 2024');
  expect(cs.weekdayDay('2024-03-12')).toBe('úterý 12. března 2024');
  // As the browser's own Czech calendar writes the day.
  const full = new Intl.DateTimeFormat('cs', { dateStyle: 'full', timeZone: 'UTC' });
  expect(cs.weekdayDay('2024-03-12')).toBe(full.format(Date.UTC(2024, 2, 12)));
  expect(cs.day('2024-09-01')).toBe('1. září 2024');
  // A month alone starts with a capital, as a heading does; in a sentence it is "březen".
  expect(cs.month('2024-03')).toBe('Březen 2024');
  expect(cs.monthName('2024-07')).toBe('Červenec');
  expect(cs.months[2]).toBe('března');
  expect(cs.year('2024')).toBe('2024');
  const day = cs.t('date.dayMonth', { day: '12', month: cs.months[2] ?? '', number: 3 });
  expect(day).toBe('12. března');
  expect(cs.t('onThisDay.none', { day })).toBe('V archivu není žádný článek zveřejněný 12. března v minulých letech.');
  expect([1, 3, 5].map((count) => cs.t('onThisDay.some', { count, day }))).toEqual([
    '1 článek zveřejněný 12. března v minulých letech:',
    '3 články zveřejněné 12. března v minulých letech:',
    '5 článků zveřejněných 12. března v minulých letech:',
  ]);
  expect(cs.dateline(parseArticleDate('2025-01-20T08:30:00+01:00')!)).toBe('20. ledna 2025, 08:30 (UTC+01:00)');
  expect(cs.t('list.span', { first: cs.day('2023-02-06'), last: cs.day('2024-05-20') })).toBe(
    'Články od 6. února 2023 do 20. května 2024',
  );
  expect(cs.t('year.months', { year: cs.year('2024') })).toBe('Měsíce roku 2024');
  expect(cs.weekStartsOn).toBe(1);
  expect(cs.weekdays.map(({ short }) => short)).toEqual(['ne', 'po', 'út', 'st', 'čt', 'pá', 'so']);
  expect(cs.weekdays.map(({ long }) => long)).toEqual([
    'neděle',
    'pondělí',
    'úterý',
    'středa',
    'čtvrtek',
    'pátek',
    'sobota',
  ]);
});

test('Czech counts: one, few (2–4), other from five on and for 21 and 22, many for fractions', () => {
  const cs = interfaceFor('cs');
  expect([0, 1, 2, 4, 5, 11, 21, 22, 102, 1.5, 1200].map((count) => cs.t('list.count', { count }))).toEqual([
    '0 článků',
    '1 článek',
    '2 články',
    '4 články',
    '5 článků',
    '11 článků',
    '21 článků',
    '22 článků',
    '102 článků',
    '1,5 článku',
    '1\u00a0200 článků',
  ]);
  expect([1, 3, 5].map((count) => cs.t('facet.authors.count', { count }))).toEqual(['1 autor', '3 autoři', '5 autorů']);
  expect([1, 2, 5].map((count) => cs.t('facet.sections.count', { count }))).toEqual([
    '1 rubrika',
    '2 rubriky',
    '5 rubrik',
  ]);
  expect([1, 3, 5].map((count) => cs.t('home.browseAll', { count }))).toEqual([
    'Procházet 1 článek podle data →',
    'Procházet všechny 3 články podle data →',
    'Procházet všech 5 článků podle data →',
  ]);
  expect(
    [1, 3, 5].map((count) => cs.t('archive.summary', { count, articles: cs.t('list.count', { count: 120 }) })),
  ).toEqual(['120 článků za 1 rok', '120 článků za 3 roky', '120 článků za 5 let']);
  expect([1, 3, 5].map((count) => cs.t('search.count', { count }))).toEqual(['1 výsledek', '3 výsledky', '5 výsledků']);
  expect(`2${cs.t('calendar.articles', { count: 2 })}`).toBe('2 články');
  expect(cs.t('article.minutes', { count: 4 })).toBe('4 min čtení');
  // The interface quotes as a Czech article is typeset: „ “ outside, ‚ ‘ for a phrase inside them.
  const { double, single } = typographyStyle('cs');
  expect(cs.t('search.countFor', { count: 3, query: 'přístav' })).toBe(
    `3 výsledky pro ${double[0]}přístav${double[1]}`,
  );
  expect(cs.t('search.quotedPhrase', { phrase: 'starý přístav' })).toBe(`${single[0]}starý přístav${single[1]}`);
  const names = ['Jana Nováková', 'Petr Svoboda', 'Eva Dvořáková'];
  expect([1, 2, 3].map((n) => cs.byline('article.by', names.slice(0, n)))).toEqual([
    'Autor: Jana Nováková',
    // No line ends after the one-letter "a" (and), as Czech typesetting keeps it with the next word.
    'Autoři: Jana Nováková a\u00a0Petr Svoboda',
    'Autoři: Jana Nováková, Petr Svoboda a\u00a0Eva Dvořáková',
  ]);
  expect([1, 3, 5].map((count) => cs.t('offline.filesFailed', { count, files: 'a.pf' }))).toEqual([
    '1 soubor se nepodařilo uložit: a.pf',
    '3 soubory se nepodařilo uložit: a.pf',
    '5 souborů se nepodařilo uložit: a.pf',
  ]);
});
