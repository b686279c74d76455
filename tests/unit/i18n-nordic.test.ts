/**
 * Finnish, Swedish, Norwegian Bokmål and Danish: every key translated; dates as their papers print them (12.
 * maaliskuuta 2014, 3 maj 2021, 14. mai 2021, torsdag den 7. juni 2018), a month alone in Finnish's nominative
 * (Maaliskuu 2014), counts in their two forms (1 artikkeli, 2 artikkelia; 1 artikel, 2 artiklar), weeks from
 * Monday, ” ” quotes in Finnish and Swedish, « » in Norwegian, » « in Danish; `no` read as Bokmål, Nynorsk not.
 */
import { describe, expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { expectCompleteTable } from '../helpers/interface-table.ts';

describe.each([
  ['fi', 'fi-FI', 'Hae artikkeleita', 'Osastot'],
  ['sv', 'sv-SE', 'Sök artiklar', 'Avdelningar'],
  ['nb', 'nb-NO', 'Søk i artikler', 'Seksjoner'],
  ['da', 'da-DK', 'Søg i artikler', 'Sektioner'],
] as const)('%s', (code, tag, placeholder, sections) => {
  test('gets its own interface without a warning, every key its own, every plural in its forms', () => {
    expect(findLanguage(tag, LANGUAGES)?.code).toBe(code);
    const warnings: string[] = [];
    const ui = interfaceFor(tag, (message) => warnings.push(message));
    expect([ui.lang, ui.dir]).toEqual([tag, 'ltr']);
    expect(ui.t('shell.searchPlaceholder')).toBe(placeholder);
    expect(ui.t('nav.sections')).toBe(sections);
    expect(warnings).toEqual([]);
    expectCompleteTable(code, ['one', 'other']);
  });
});

test('Finland, Norway and the Nordic tags find their tables; `no` is Bokmål, Nynorsk is not', () => {
  const found = (tag: string) => findLanguage(tag, LANGUAGES)?.code;
  expect(
    ['fi', 'fi-FI', 'fi_FI', 'sv', 'sv-SE', 'sv-FI', 'nb', 'nb-NO', 'no', 'no-NO', 'NO_no', 'da', 'da-DK'].map(found),
  ).toEqual(['fi', 'fi', 'fi', 'sv', 'sv', 'sv', 'nb', 'nb', 'nb', 'nb', 'nb', 'da', 'da']);
  // Finland's Swedish reads Swedish, in its own tag.
  expect(interfaceFor('sv-FI').lang).toBe('sv-FI');
  expect(interfaceFor('sv-FI').t('nav.home')).toBe('Senaste');
  // A page tagged `no` keeps its tag and reads Bokmål.
  const no = interfaceFor('no');
  expect([no.lang, no.t('shell.searchButton'), no.day('2021-05-14')]).toEqual(['no', 'Søk', '14. mai 2021']);
  // Nynorsk has words of its own: English, and the file to add, as for any language without a table.
  expect(found('nn')).toBeUndefined();
  const warnings: string[] = [];
  expect(interfaceFor('nn-NO', (message) => warnings.push(message)).t('nav.home')).toBe('Latest');
  expect(warnings).toEqual([
    'no interface translation for "nn-NO": the interface is in English. Add src/i18n/locales/nn.ts (see "Languages" in README.md).',
  ]);
});

test('Finnish dates: the month in the partitive after a day, in the nominative alone, the weekday in the nominative', () => {
  const fi = interfaceFor('fi');
  expect(fi.day('2014-03-12')).toBe('12. maaliskuuta 2014');
  expect(fi.weekdayDay('2014-03-12')).toBe('keskiviikko 12. maaliskuuta 2014');
  // As the browser's own Finnish calendar writes the day (not date-fns's essive "keskiviikkona").
  const full = new Intl.DateTimeFormat('fi', { dateStyle: 'full', timeZone: 'UTC' });
  expect(fi.weekdayDay('2014-03-12')).toBe(full.format(Date.UTC(2014, 2, 12)));
  expect(fi.day('2014-01-01')).toBe('1. tammikuuta 2014');
  expect(fi.month('2014-03')).toBe('Maaliskuu 2014');
  expect(fi.month('2014-07')).toBe('Heinäkuu 2014');
  expect(fi.monthName('2014-03')).toBe('Maaliskuu');
  expect(fi.year('2014')).toBe('2014');
  expect(fi.months.every((month) => month.endsWith('kuuta'))).toBe(true);
  const day = fi.t('date.dayMonth', { day: '12', month: fi.months[2] ?? '', number: 3 });
  expect(day).toBe('12. maaliskuuta');
  expect(fi.t('onThisDay.some', { count: 3, day })).toBe('Aiempina vuosina 12. maaliskuuta on julkaistu 3 artikkelia:');
  expect(fi.dateline(parseArticleDate('2014-03-12T08:30:00+02:00')!)).toBe(
    '12. maaliskuuta 2014 klo 08:30 (UTC+02:00)',
  );
  expect(fi.t('list.span', { first: fi.day('2014-03-12'), last: fi.day('2015-05-20') })).toBe(
    'Artikkelit ajalta 12. maaliskuuta 2014 – 20. toukokuuta 2015',
  );
  expect(fi.weekStartsOn).toBe(1);
  expect(fi.weekdays.map(({ short }) => short)).toEqual(['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la']);
  expect(fi.weekdays[3]?.long).toBe('keskiviikko');
});

test('Swedish dates: no stop after the day, the weekday before it, weeks from Monday', () => {
  const sv = interfaceFor('sv');
  expect(sv.day('2021-05-03')).toBe('3 maj 2021');
  expect(sv.weekdayDay('2021-05-03')).toBe('måndag 3 maj 2021');
  const full = new Intl.DateTimeFormat('sv', { dateStyle: 'full', timeZone: 'UTC' });
  expect(sv.weekdayDay('2021-05-03')).toBe(full.format(Date.UTC(2021, 4, 3)));
  // A month alone starts with a capital, as a heading does; in a sentence it is "maj 2021".
  expect(sv.month('2021-05')).toBe('Maj 2021');
  expect(sv.monthName('2021-05')).toBe('Maj');
  const day = sv.t('date.dayMonth', { day: '3', month: sv.months[4] ?? '', number: 5 });
  expect(day).toBe('3 maj');
  expect(sv.t('onThisDay.none', { day })).toBe('Inget i arkivet publicerades den 3 maj tidigare år.');
  expect(sv.dateline(parseArticleDate('2021-05-03T08:30:00+02:00')!)).toBe('3 maj 2021 kl. 08:30 (UTC+02:00)');
  expect(sv.weekStartsOn).toBe(1);
  expect(sv.weekdays.map(({ short }) => short)).toEqual(['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör']);
});

test('Norwegian dates: the day an ordinal with its stop, the weekday before it, weeks from Monday', () => {
  const nb = interfaceFor('nb');
  expect(nb.day('2021-05-14')).toBe('14. mai 2021');
  expect(nb.weekdayDay('2021-05-14')).toBe('fredag 14. mai 2021');
  const full = new Intl.DateTimeFormat('nb', { dateStyle: 'full', timeZone: 'UTC' });
  expect(nb.weekdayDay('2021-05-14')).toBe(full.format(Date.UTC(2021, 4, 14)));
  expect(nb.month('2021-05')).toBe('Mai 2021');
  expect(nb.monthName('2021-12')).toBe('Desember');
  const day = nb.t('date.dayMonth', { day: '14', month: nb.months[4] ?? '', number: 5 });
  expect(day).toBe('14. mai');
  expect(nb.t('onThisDay.some', { count: 1, day })).toBe('1 artikkel publisert 14. mai tidligere år:');
  expect(nb.dateline(parseArticleDate('2021-05-14T08:30:00+02:00')!)).toBe('14. mai 2021 kl. 08:30 (UTC+02:00)');
  expect(nb.weekStartsOn).toBe(1);
  expect(nb.weekdays.map(({ short }) => short)).toEqual(['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør']);
});

test('Danish dates: the day an ordinal with its stop, "den" after the weekday, weeks from Monday', () => {
  const da = interfaceFor('da');
  expect(da.day('2018-06-07')).toBe('7. juni 2018');
  expect(da.weekdayDay('2018-06-07')).toBe('torsdag den 7. juni 2018');
  const full = new Intl.DateTimeFormat('da', { dateStyle: 'full', timeZone: 'UTC' });
  expect(da.weekdayDay('2018-06-07')).toBe(full.format(Date.UTC(2018, 5, 7)));
  expect(da.month('2018-06')).toBe('Juni 2018');
  expect(da.monthName('2018-03')).toBe('Marts');
  const day = da.t('date.dayMonth', { day: '7', month: da.months[5] ?? '', number: 6 });
  expect(day).toBe('7. juni');
  expect(da.t('onThisDay.none', { day })).toBe('Intet i arkivet blev udgivet den 7. juni i tidligere år.');
  expect(da.dateline(parseArticleDate('2018-06-07T08:30:00+02:00')!)).toBe('7. juni 2018 kl. 08:30 (UTC+02:00)');
  expect(da.weekStartsOn).toBe(1);
  expect(da.weekdays.map(({ short }) => short)).toEqual(['sø', 'ma', 'ti', 'on', 'to', 'fr', 'lø']);
});

test.each([
  ['fi', ['1 artikkeli', '2 artikkelia', '20 artikkelia', '1 200 artikkelia'], ['1 tulos', '2 tulosta', '20 tulosta']],
  ['sv', ['1 artikel', '2 artiklar', '20 artiklar', '1 200 artiklar'], ['1 träff', '2 träffar', '20 träffar']],
  ['nb', ['1 artikkel', '2 artikler', '20 artikler', '1 200 artikler'], ['1 treff', '2 treff', '20 treff']],
  ['da', ['1 artikel', '2 artikler', '20 artikler', '1.200 artikler'], ['1 resultat', '2 resultater', '20 resultater']],
])(
  '%s counts: one for 1, other for 2 and 20, figures grouped as the language groups them',
  (code, articles, results) => {
    const ui = interfaceFor(code);
    // Intl groups Finnish, Swedish and Norwegian thousands with a no-break space.
    expect([1, 2, 20, 1200].map((count) => ui.t('list.count', { count }).replace('\u00a0', ' '))).toEqual(articles);
    expect([1, 2, 20].map((count) => ui.t('search.count', { count }))).toEqual(results);
    expect([1, 2, 20].map((count) => `${count}${ui.t('calendar.articles', { count })}`)).toEqual(articles.slice(0, 3));
  },
);

test('Finnish counts: the partitive after any number but 1, in every counted noun', () => {
  const fi = interfaceFor('fi');
  expect([1, 2, 20].map((count) => fi.t('facet.authors.count', { count }))).toEqual([
    '1 kirjoittaja',
    '2 kirjoittajaa',
    '20 kirjoittajaa',
  ]);
  expect([1, 20].map((count) => fi.t('facet.sources.count', { count }))).toEqual(['1 lähde', '20 lähdettä']);
  expect([1, 20].map((count) => fi.t('corrections.count', { count }))).toEqual([
    '1 korjaus, uusin ensin.',
    '20 korjausta, uusin ensin.',
  ]);
  expect(fi.t('archive.summary', { count: 20, articles: fi.t('list.count', { count: 120 }) })).toBe(
    '120 artikkelia 20 vuoden ajalta',
  );
  expect(fi.t('article.minutes', { count: 4 })).toBe('Lukuaika 4 min');
});

test('quotes: ” ” with ’ ’ inside in Finnish and Swedish, as their articles are set; « » in Norwegian, » « in Danish', () => {
  for (const [code, query] of [
    ['fi', '{count} tulosta haulla X'],
    ['sv', '{count} träffar för X'],
  ] as const) {
    const ui = interfaceFor(code);
    const { double, single } = typographyStyle(code);
    expect(ui.t('search.countFor', { count: 3, query: 'satama' })).toBe(
      query.replace('{count}', '3').replace('X', `${double[0]}satama${double[1]}`),
    );
    expect(ui.t('search.quotedPhrase', { phrase: 'vanha satama' })).toBe(`${single[0]}vanha satama${single[1]}`);
  }
  const nb = interfaceFor('nb');
  expect(nb.t('search.countFor', { count: 3, query: 'havn' })).toBe('3 treff for «havn»');
  expect(nb.t('search.quotedPhrase', { phrase: 'gamle havn' })).toBe('‘gamle havn’');
  const da = interfaceFor('da');
  expect(da.t('search.countFor', { count: 3, query: 'havn' })).toBe('3 resultater for »havn«');
  expect(da.t('search.quotedPhrase', { phrase: 'gamle havn' })).toBe('›gamle havn‹');
});

test('bylines: a label that follows the number of writers in Finnish, "Av" and "Af" before the names', () => {
  const names = ['Matti Virtanen', 'Anna Korhonen', 'Liisa Mäkinen'];
  const fi = interfaceFor('fi');
  expect([1, 3].map((n) => fi.byline('article.by', names.slice(0, n)))).toEqual([
    'Kirjoittaja: Matti Virtanen',
    'Kirjoittajat: Matti Virtanen, Anna Korhonen ja Liisa Mäkinen',
  ]);
  expect(interfaceFor('sv').byline('article.by', ['Anna Svensson', 'Erik Lind'])).toBe(
    'Av Anna Svensson och Erik Lind',
  );
  expect(interfaceFor('nb').byline('list.by', ['Kari Nordmann', 'Ola Hansen'])).toBe('Av Kari Nordmann og Ola Hansen');
  expect(interfaceFor('da').byline('article.by', ['Mette Jensen'])).toBe('Af Mette Jensen');
});
