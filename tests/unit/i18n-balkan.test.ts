/**
 * Serbian (Cyrillic and Latin), Croatian and Bosnian: every key translated; dates as their papers print them, with a
 * stop after the year (12. март 2014.; 12. ožujka 2014. with Croatian's own months in the genitive; 12. mart 2014.),
 * checked against the browser's own; counts in their three forms (1 чланак, 2 чланка, 5 чланака, 21 чланак), weeks
 * from Monday, „ ” quotes; `sr` and `sr-Cyrl` Cyrillic, `sr-Latn` and Montenegrin (`cnr`) Latin.
 */
import { describe, expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { messages as english } from '../../src/i18n/locales/en.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { expectCompleteTable } from '../helpers/interface-table.ts';

describe.each([
  ['sr', 'sr-RS', 'Тражи чланке', 'Рубрике'],
  ['sr-Latn', 'sr-Latn-RS', 'Traži članke', 'Rubrike'],
  ['hr', 'hr-HR', 'Pretraži članke', 'Rubrike'],
  ['bs', 'bs-BA', 'Pretraži članke', 'Rubrike'],
] as const)('%s', (code, tag, placeholder, sections) => {
  test('gets its own interface without a warning, every key its own, every plural in its three forms', () => {
    expect(findLanguage(tag, LANGUAGES)?.code).toBe(code);
    const warnings: string[] = [];
    const ui = interfaceFor(tag, (message) => warnings.push(message));
    expect([ui.lang, ui.dir]).toEqual([tag, 'ltr']);
    expect(ui.t('shell.searchPlaceholder')).toBe(placeholder);
    expect(ui.t('nav.sections')).toBe(sections);
    expect(warnings).toEqual([]);
    expect(new Intl.PluralRules(code).resolvedOptions().pluralCategories.sort()).toEqual(['few', 'one', 'other']);
    expectCompleteTable(code, ['few', 'one', 'other']);
  });
});

test('Serbian is Cyrillic for sr, sr-RS, sr-Cyrl and sr-BA, Latin for sr-Latn and sr-ME; hr and bs their own', () => {
  const found = (tag: string) => findLanguage(tag, LANGUAGES)?.code;
  expect(['sr', 'sr-RS', 'sr_RS', 'sr-Cyrl', 'sr-Cyrl-RS', 'SR-cyrl', 'sr-BA'].map(found)).toEqual(Array(7).fill('sr'));
  expect(['sr-Latn', 'sr-Latn-RS', 'sr_Latn_RS', 'sr-latn', 'sr-ME', 'sr-Latn-BA'].map(found)).toEqual(
    Array(6).fill('sr-Latn'),
  );
  expect(['hr', 'hr-HR', 'hr_HR', 'hr-BA'].map(found)).toEqual(Array(4).fill('hr'));
  expect(['bs', 'bs-BA', 'bs-Latn-BA'].map(found)).toEqual(Array(3).fill('bs'));
  expect(interfaceFor('sr-Cyrl').t('nav.home')).toBe('Најновије');
  expect(interfaceFor('sr-Latn').t('nav.home')).toBe('Najnovije');
  // Slovenian is not read as any of them.
  expect(found('sl')).toBeUndefined();
});

test('Montenegrin reads Latin Serbian, as Unicode reads `cnr` (Serbian in Montenegro), and keeps its own tag', () => {
  expect(new Intl.Locale('cnr').maximize().toString()).toBe('sr-Latn-ME');
  const found = (tag: string) => findLanguage(tag, LANGUAGES)?.code;
  expect(['cnr', 'cnr-ME', 'CNR_me', 'cnr-Latn-ME'].map(found)).toEqual(Array(4).fill('sr-Latn'));
  expect(found('cnr-Cyrl')).toBe('sr');
  const warnings: string[] = [];
  const cnr = interfaceFor('cnr-ME', (message) => warnings.push(message));
  expect([cnr.lang, cnr.t('shell.searchButton'), cnr.day('2014-07-12')]).toEqual([
    'cnr-ME',
    'Pretraži',
    '12. jul 2014.',
  ]);
  expect(cnr.t('list.count', { count: 22 })).toBe('22 članka');
  expect(warnings).toEqual([]);
});

test('the Latin Serbian table is the Cyrillic one letter for letter', () => {
  const letters: Record<string, string> = Object.fromEntries(
    [...'абвгдђежзијклљмнњопрстћуфхцчџш'].map((letter, i) => [
      letter,
      [
        'a',
        'b',
        'v',
        'g',
        'd',
        'đ',
        'e',
        'ž',
        'z',
        'i',
        'j',
        'k',
        'l',
        'lj',
        'm',
        'n',
        'nj',
        'o',
        'p',
        'r',
        's',
        't',
        'ć',
        'u',
        'f',
        'h',
        'c',
        'č',
        'dž',
        'š',
      ][i] ?? '',
    ]),
  );
  const latin = (text: string) =>
    text.replace(/\p{Script=Cyrillic}/gu, (letter) => {
      const lower = letters[letter.toLowerCase()] ?? letter;
      return letter === letter.toLowerCase() ? lower : (lower[0]?.toUpperCase() ?? '') + lower.slice(1);
    });
  const cyrillic = findLanguage('sr', LANGUAGES)?.messages ?? {};
  const latinTable = findLanguage('sr-Latn', LANGUAGES)?.messages ?? {};
  const written = (message: unknown) => JSON.stringify(message);
  for (const key of Object.keys(english) as (keyof typeof english)[])
    expect(written(latinTable[key]), key).toBe(latin(written(cyrillic[key])));
  expect(Object.values(latinTable).some((message) => /\p{Script=Cyrillic}/u.test(written(message)))).toBe(false);
});

describe.each([
  ['sr', 'sr', ['нед', 'пон', 'уто', 'сре', 'чет', 'пет', 'суб']],
  ['sr-Latn', 'sr-Latn', ['ned', 'pon', 'uto', 'sre', 'čet', 'pet', 'sub']],
  ['hr', 'hr', ['ned', 'pon', 'uto', 'sri', 'čet', 'pet', 'sub']],
  ['bs', 'bs', ['ned', 'pon', 'uto', 'sri', 'čet', 'pet', 'sub']],
] as const)('%s dates', (code, intlTag, heads) => {
  const ui = interfaceFor(code);
  const intl = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(intlTag, { ...options, timeZone: 'UTC' });
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase(code) + text.slice(1);

  test('every month as the browser writes the day, the weekday before it, a month and a year alone with their stop', () => {
    for (let month = 1; month <= 12; month++) {
      const day = `2014-${String(month).padStart(2, '0')}-12`;
      const utc = Date.UTC(2014, month - 1, 12);
      expect(ui.day(day), day).toBe(intl({ dateStyle: 'long' }).format(utc));
      expect(ui.weekdayDay(day), day).toBe(intl({ dateStyle: 'full' }).format(utc));
      expect(ui.month(day.slice(0, 7)), day).toBe(capital(intl({ month: 'long', year: 'numeric' }).format(utc)));
      expect(ui.monthName(day.slice(0, 7)), day).toBe(capital(intl({ month: 'long' }).format(utc)));
    }
    expect(ui.year('2014')).toBe(intl({ year: 'numeric' }).format(Date.UTC(2014, 2, 12)));
    expect(ui.year('2014')).toBe('2014.');
  });

  test('weeks from Monday, headed as CLDR abbreviates the days', () => {
    expect(ui.weekStartsOn).toBe(1);
    expect(ui.weekdays.map(({ short }) => short)).toEqual(heads);
    expect(ui.weekdays.map(({ short }) => short)).toEqual(
      Array.from({ length: 7 }, (_, day) => intl({ weekday: 'short' }).format(Date.UTC(2024, 0, 7 + day))),
    );
    expect(ui.weekdays.map(({ long }) => long)).toEqual(
      Array.from({ length: 7 }, (_, day) => intl({ weekday: 'long' }).format(Date.UTC(2024, 0, 7 + day))),
    );
  });
});

test('Serbian dates: "12. март 2014.", a time after "у", a span and a day of the year where no case would change them', () => {
  const sr = interfaceFor('sr');
  expect(sr.day('2014-03-12')).toBe('12. март 2014.');
  expect(sr.weekdayDay('2014-03-12')).toBe('среда, 12. март 2014.');
  expect(sr.month('2014-03')).toBe('Март 2014.');
  expect(sr.dateline(parseArticleDate('2014-03-12T08:30:00+01:00')!)).toBe('12. март 2014. у 08:30 (UTC+01:00)');
  expect(sr.t('list.span', { first: sr.day('2014-03-12'), last: sr.day('2015-05-20') })).toBe(
    'Чланци из периода 12. март 2014. – 20. мај 2015.',
  );
  const day = sr.t('date.dayMonth', { day: '12', month: sr.months[2] ?? '', number: 3 });
  expect(day).toBe('12. март');
  expect(sr.t('onThisDay.none', { day })).toBe(
    'У архиви нема чланака објављених на данашњи дан (12. март) ранијих година.',
  );
  expect(sr.t('onThisDay.some', { count: 3, day })).toBe(
    '3 чланка објављена на данашњи дан (12. март) ранијих година:',
  );
  expect(sr.t('year.months', { year: '2014' })).toBe('Месеци 2014. године');
  const latin = interfaceFor('sr-Latn');
  expect([latin.day('2014-03-12'), latin.weekdayDay('2014-03-12')]).toEqual([
    '12. mart 2014.',
    'sreda, 12. mart 2014.',
  ]);
  expect(latin.dateline(parseArticleDate('2014-03-12T08:30:00Z')!)).toBe('12. mart 2014. u 08:30 (UTC)');
});

test('Croatian dates: its own months, in the genitive after a day (12. ožujka 2014.), in the nominative alone', () => {
  const hr = interfaceFor('hr');
  expect(hr.day('2014-03-12')).toBe('12. ožujka 2014.');
  expect(hr.weekdayDay('2014-03-12')).toBe('srijeda, 12. ožujka 2014.');
  expect(hr.month('2014-03')).toBe('Ožujak 2014.');
  // November after a day in the long genitive, as CLDR and HRT write it (date-fns's own: "studenog").
  expect([hr.day('2020-11-12'), hr.month('2020-11'), hr.monthName('2020-11')]).toEqual([
    '12. studenoga 2020.',
    'Studeni 2020.',
    'Studeni',
  ]);
  expect(hr.months).toEqual([
    'siječnja',
    'veljače',
    'ožujka',
    'travnja',
    'svibnja',
    'lipnja',
    'srpnja',
    'kolovoza',
    'rujna',
    'listopada',
    'studenoga',
    'prosinca',
  ]);
  expect(hr.dateline(parseArticleDate('2014-03-12T08:30:00+01:00')!)).toBe('12. ožujka 2014. u 08:30 (UTC+01:00)');
  expect(hr.t('list.span', { first: hr.day('2014-03-12'), last: hr.day('2015-05-20') })).toBe(
    'Članci od 12. ožujka 2014. do 20. svibnja 2015.',
  );
  const day = hr.t('date.dayMonth', { day: '12', month: hr.months[2] ?? '', number: 3 });
  expect(hr.t('onThisDay.none', { day })).toBe('U arhivi nema članaka objavljenih 12. ožujka prethodnih godina.');
  expect(hr.t('article.updated', { date: hr.day('2014-03-12') })).toBe('Ažurirano 12. ožujka 2014.');
});

test('Bosnian dates: "12. mart 2014.", juni, juli and august as Bosnian writes them', () => {
  const bs = interfaceFor('bs');
  expect(bs.day('2014-03-12')).toBe('12. mart 2014.');
  expect(bs.weekdayDay('2014-03-12')).toBe('srijeda, 12. mart 2014.');
  expect([bs.day('2014-06-12'), bs.day('2014-07-12'), bs.day('2014-08-12')]).toEqual([
    '12. juni 2014.',
    '12. juli 2014.',
    '12. august 2014.',
  ]);
  expect(bs.monthName('2014-08')).toBe('August');
  expect(bs.dateline(parseArticleDate('2014-03-12T08:30:00+01:00')!)).toBe('12. mart 2014. u 08:30 (UTC+01:00)');
});

test.each([
  [
    'sr',
    [
      '1 чланак',
      '2 чланка',
      '5 чланака',
      '11 чланака',
      '21 чланак',
      '22 чланка',
      '25 чланака',
      '111 чланака',
      '1.200 чланака',
    ],
    ['1 резултат', '2 резултата', '5 резултата', '21 резултат'],
  ],
  [
    'sr-Latn',
    [
      '1 članak',
      '2 članka',
      '5 članaka',
      '11 članaka',
      '21 članak',
      '22 članka',
      '25 članaka',
      '111 članaka',
      '1.200 članaka',
    ],
    ['1 rezultat', '2 rezultata', '5 rezultata', '21 rezultat'],
  ],
  [
    'hr',
    [
      '1 članak',
      '2 članka',
      '5 članaka',
      '11 članaka',
      '21 članak',
      '22 članka',
      '25 članaka',
      '111 članaka',
      '1.200 članaka',
    ],
    ['1 rezultat', '2 rezultata', '5 rezultata', '21 rezultat'],
  ],
  [
    'bs',
    [
      '1 članak',
      '2 članka',
      '5 članaka',
      '11 članaka',
      '21 članak',
      '22 članka',
      '25 članaka',
      '111 članaka',
      '1.200 članaka',
    ],
    ['1 rezultat', '2 rezultata', '5 rezultata', '21 rezultat'],
  ],
])('%s counts: one for 1 and 21, few for 2 and 22, other for 5, 11 and 25', (code, articles, results) => {
  const ui = interfaceFor(code);
  expect([1, 2, 5, 11, 21, 22, 25, 111, 1200].map((count) => ui.t('list.count', { count }))).toEqual(articles);
  expect([1, 2, 5, 21].map((count) => ui.t('search.count', { count }))).toEqual(results);
  expect([1, 2, 5, 21, 22].map((count) => `${count}${ui.t('calendar.articles', { count })}`)).toEqual([
    articles[0],
    articles[1],
    articles[2],
    articles[4],
    articles[5],
  ]);
});

test('counts in every counted noun, and the words that agree with them', () => {
  const sr = interfaceFor('sr');
  expect([1, 3, 5, 21].map((count) => sr.t('facet.tags.count', { count }))).toEqual([
    '1 таг',
    '3 тага',
    '5 тагова',
    '21 таг',
  ]);
  expect([1, 3, 5].map((count) => sr.t('home.browseAll', { count }))).toEqual([
    'Прегледајте 1 чланак по датуму →',
    'Прегледајте сва 3 чланка по датуму →',
    'Прегледајте свих 5 чланака по датуму →',
  ]);
  expect([1, 3, 5].map((count) => sr.t('offline.filesFailed', { count, files: 'a.json' }))).toEqual([
    '1 датотека није могла да се сачува: a.json',
    '3 датотеке нису могле да се сачувају: a.json',
    '5 датотека није могло да се сачува: a.json',
  ]);
  const hr = interfaceFor('hr');
  expect([1, 3, 5].map((count) => hr.t('corrections.count', { count }))).toEqual([
    '1 ispravak, od najnovijega.',
    '3 ispravka, od najnovijega.',
    '5 ispravaka, od najnovijega.',
  ]);
  expect([1, 3, 5].map((count) => hr.t('facet.tags.count', { count }))).toEqual(['1 oznaka', '3 oznake', '5 oznaka']);
  expect(hr.t('archive.summary', { count: 5, articles: hr.t('list.count', { count: 120 }) })).toBe(
    '120 članaka iz 5 godina',
  );
  const bs = interfaceFor('bs');
  expect([1, 3, 5].map((count) => bs.t('search.bytes', { count }))).toEqual(['1 bajt', '3 bajta', '5 bajtova']);
  expect(bs.t('article.minutes', { count: 4 })).toBe('Vrijeme čitanja: 4 min');
});

test('quotes: „ ” around a query, ’ ’ inside them in Serbian and Bosnian, ‚ ’ in Croatian, as their articles are set', () => {
  for (const [code, words] of [
    ['sr', '3 резултата за X'],
    ['sr-Latn', '3 rezultata za X'],
    ['hr', '3 rezultata za X'],
    ['bs', '3 rezultata za X'],
  ] as const) {
    const ui = interfaceFor(code);
    const { double, single } = typographyStyle(code);
    expect(double).toEqual(['„', '”']);
    expect(ui.t('search.countFor', { count: 3, query: 'luka' })).toBe(
      words.replace('X', `${double[0]}luka${double[1]}`),
    );
    expect(ui.t('search.quotedPhrase', { phrase: 'stara luka' })).toBe(`${single[0]}stara luka${single[1]}`);
  }
  expect(interfaceFor('hr').t('search.quotedPhrase', { phrase: 'stara luka' })).toBe('‚stara luka’');
  expect(interfaceFor('sr').t('search.quotedPhrase', { phrase: 'стара лука' })).toBe('’стара лука’');
});

test('bylines: the label follows the number of writers, names listed with "и" or "i"', () => {
  const sr = interfaceFor('sr');
  expect(
    [1, 3].map((n) => sr.byline('article.by', ['Петар Петровић', 'Јелена Јовић', 'Марко Марковић'].slice(0, n))),
  ).toEqual(['Аутор: Петар Петровић', 'Аутори: Петар Петровић, Јелена Јовић и Марко Марковић']);
  expect(interfaceFor('sr-Latn').byline('list.by', ['Petar Petrović', 'Jelena Jović'])).toBe(
    'Autori: Petar Petrović i Jelena Jović',
  );
  expect(interfaceFor('hr').byline('article.by', ['Ana Horvat', 'Ivan Kovačić'])).toBe(
    'Autori: Ana Horvat i Ivan Kovačić',
  );
  expect(interfaceFor('bs').byline('article.by', ['Amra Hodžić'])).toBe('Autor: Amra Hodžić');
});
