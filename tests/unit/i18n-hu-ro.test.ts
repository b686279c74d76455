/**
 * Hungarian and Romanian: every key translated; dates as their papers print them (2009. március 15., vasárnap;
 * duminică, 15 martie 2009), counts in their forms (5 cikk; 1 articol, 2 articole, 20 de articole), weeks from
 * Monday, „ ” quotes with » « and « » inside.
 */
import { describe, expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { expectCompleteTable } from '../helpers/interface-table.ts';

describe.each([
  ['hu', 'hu-HU', ['one', 'other'], 'Cikkek keresése', 'Rovatok'],
  ['ro', 'ro-RO', ['few', 'one', 'other'], 'Caută articole', 'Secțiuni'],
] as const)('%s', (code, tag, categories, placeholder, sections) => {
  test('gets its own interface without a warning, every key its own, every plural in its forms', () => {
    expect(findLanguage(tag, LANGUAGES)?.code).toBe(code);
    const warnings: string[] = [];
    const ui = interfaceFor(tag, (message) => warnings.push(message));
    expect([ui.lang, ui.dir]).toEqual([tag, 'ltr']);
    expect(ui.t('shell.searchPlaceholder')).toBe(placeholder);
    expect(ui.t('nav.sections')).toBe(sections);
    expect(warnings).toEqual([]);
    expectCompleteTable(code, categories);
  });
});

test('Romanian is written with comma-below ș and ț, never the cedilla letters', () => {
  const table = findLanguage('ro', LANGUAGES)?.messages ?? {};
  const texts = Object.values(table).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );
  const ro = interfaceFor('ro');
  const dates = [...ro.months, ...ro.weekdays.flatMap(({ short, long }) => [short, long])];
  expect([...texts, ...dates].filter((text) => /[\u015e\u015f\u0162\u0163]/.test(text))).toEqual([]);
  expect(texts.some((text) => text.includes('ț'))).toBe(true);
  expect(ro.weekdays[2]?.long).toBe('marți');
});

test('Hungarian dates: year first with its stop, the day an ordinal, the weekday after a comma, weeks from Monday', () => {
  const hu = interfaceFor('hu');
  expect(hu.day('2009-03-15')).toBe('2009. március 15.');
  expect(hu.weekdayDay('2009-03-15')).toBe('2009. március 15., vasárnap');
  // As the browser's own Hungarian calendar writes the day.
  const full = new Intl.DateTimeFormat('hu', { dateStyle: 'full', timeZone: 'UTC' });
  expect(hu.weekdayDay('2009-03-15')).toBe(full.format(Date.UTC(2009, 2, 15)));
  expect(hu.day('2024-05-01')).toBe('2024. május 1.');
  expect(hu.month('2009-03')).toBe('2009. március');
  expect(hu.monthName('2009-03')).toBe('Március');
  expect(hu.year('2009')).toBe('2009');
  const day = hu.t('date.dayMonth', { day: '15', month: hu.months[2] ?? '', number: 3 });
  expect(day).toBe('március 15.');
  expect(hu.t('onThisDay.some', { count: 3, day })).toBe(
    '3 cikk jelent meg korábbi években ezen a napon (március 15.):',
  );
  expect(hu.dateline(parseArticleDate('2025-01-20T08:30:00+01:00')!)).toBe('2025. január 20. 08:30 (UTC+01:00)');
  expect(hu.t('list.span', { first: hu.day('2009-03-15'), last: hu.day('2010-05-20') })).toBe(
    'Cikkek: 2009. március 15. – 2010. május 20.',
  );
  expect(hu.weekStartsOn).toBe(1);
  expect(hu.weekdays.map(({ short }) => short)).toEqual(['V', 'H', 'K', 'Sze', 'Cs', 'P', 'Szo']);
});

test('Romanian dates: day, month, year; the weekday before them after a comma; weeks from Monday', () => {
  const ro = interfaceFor('ro');
  expect(ro.day('2009-03-15')).toBe('15 martie 2009');
  expect(ro.weekdayDay('2009-03-15')).toBe('duminică, 15 martie 2009');
  const full = new Intl.DateTimeFormat('ro', { dateStyle: 'full', timeZone: 'UTC' });
  expect(ro.weekdayDay('2009-03-15')).toBe(full.format(Date.UTC(2009, 2, 15)));
  expect(ro.day('2024-05-01')).toBe('1 mai 2024');
  // A month alone starts with a capital, as a heading does; in a sentence it is "martie 2009".
  expect(ro.month('2009-03')).toBe('Martie 2009');
  expect(ro.monthName('2009-03')).toBe('Martie');
  const day = ro.t('date.dayMonth', { day: '15', month: ro.months[2] ?? '', number: 3 });
  expect(day).toBe('15 martie');
  expect(ro.t('onThisDay.none', { day })).toBe(
    'Niciun articol din arhivă nu a fost publicat pe 15 martie în anii anteriori.',
  );
  expect(ro.dateline(parseArticleDate('2025-01-20T08:30:00+02:00')!)).toBe('20 ianuarie 2025, 08:30 (UTC+02:00)');
  expect(ro.t('list.span', { first: ro.day('2009-03-15'), last: ro.day('2010-05-20') })).toBe(
    'Articole de la 15 martie 2009 până la 20 mai 2010',
  );
  expect(ro.weekStartsOn).toBe(1);
  expect(ro.weekdays.map(({ short }) => short)).toEqual(['dum', 'lun', 'mar', 'mie', 'joi', 'vin', 'sâm']);
});

test('Hungarian counts: the singular noun after any number; „ ” quotes with » « inside', () => {
  const hu = interfaceFor('hu');
  expect([0, 1, 5, 21, 1200].map((count) => hu.t('list.count', { count }))).toEqual([
    '0 cikk',
    '1 cikk',
    '5 cikk',
    '21 cikk',
    '1200 cikk',
  ]);
  expect(hu.t('article.minutes', { count: 4 })).toBe('Olvasási idő: 4 perc');
  expect(`2${hu.t('calendar.articles', { count: 2 })}`).toBe('2 cikk');
  const { double, single } = typographyStyle('hu');
  expect(hu.t('search.countFor', { count: 3, query: 'kikötő' })).toBe(`${double[0]}kikötő${double[1]}: 3 találat`);
  expect(hu.t('search.quotedPhrase', { phrase: 'régi kikötő' })).toBe(`${single[0]}régi kikötő${single[1]}`);
  const names = ['Kovács Péter', 'Nagy Anna', 'Szabó Éva'];
  expect([1, 3].map((n) => hu.byline('article.by', names.slice(0, n)))).toEqual([
    'Szerző: Kovács Péter',
    'Szerzők: Kovács Péter, Nagy Anna és Szabó Éva',
  ]);
});

test('Romanian counts: one, few (2–19, 101–119), and "de" before the noun from 20 on', () => {
  const ro = interfaceFor('ro');
  expect([0, 1, 2, 19, 20, 21, 100, 101, 119, 120, 1200].map((count) => ro.t('list.count', { count }))).toEqual([
    '0 articole',
    '1 articol',
    '2 articole',
    '19 articole',
    '20 de articole',
    '21 de articole',
    '100 de articole',
    '101 articole',
    '119 articole',
    '120 de articole',
    '1.200 de articole',
  ]);
  expect([1, 3, 25].map((count) => ro.t('facet.authors.count', { count }))).toEqual([
    '1 autor',
    '3 autori',
    '25 de autori',
  ]);
  expect(
    [1, 3, 20].map((count) => ro.t('archive.summary', { count, articles: ro.t('list.count', { count: 120 }) })),
  ).toEqual(['120 de articole din 1 an', '120 de articole din 3 ani', '120 de articole din 20 de ani']);
  expect(`20${ro.t('calendar.articles', { count: 20 })}`).toBe('20 de articole');
  const { double, single } = typographyStyle('ro');
  expect(ro.t('search.countFor', { count: 3, query: 'port' })).toBe(`3 rezultate pentru ${double[0]}port${double[1]}`);
  expect(ro.t('search.quotedPhrase', { phrase: 'portul vechi' })).toBe(`${single[0]}portul vechi${single[1]}`);
  const names = ['Ana Popescu', 'Mihai Ionescu', 'Elena Dumitrescu'];
  expect([1, 3].map((n) => ro.byline('article.by', names.slice(0, n)))).toEqual([
    'Autor: Ana Popescu',
    'Autori: Ana Popescu, Mihai Ionescu și Elena Dumitrescu',
  ]);
});
