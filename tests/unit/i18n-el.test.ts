/**
 * Greek: every key translated, dates as Greek papers print them (the month in the genitive after a day, the
 * nominative alone), one and other forms, weeks from Monday, capitals without the tonos, « » quotes.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';
import { expectCompleteTable } from '../helpers/interface-table.ts';

test('a Greek archive gets a Greek interface without a warning, every key its own', () => {
  expect(findLanguage('el-GR', LANGUAGES)?.code).toBe('el');
  expect(findLanguage('el-CY', LANGUAGES)?.code).toBe('el');
  const warnings: string[] = [];
  const el = interfaceFor('el-GR', (message) => warnings.push(message));
  expect([el.lang, el.dir]).toEqual(['el-GR', 'ltr']);
  expect(el.t('shell.searchPlaceholder')).toBe('Αναζήτηση');
  expect(el.t('nav.sections')).toBe('Ενότητες');
  expect(warnings).toEqual([]);
  expectCompleteTable('el', ['one', 'other']);
});

test('Greek dates: the month in the genitive after a day, in the nominative alone, weeks from Monday', () => {
  const el = interfaceFor('el');
  expect(el.day('2024-03-12')).toBe('12 Μαρτίου 2024');
  expect(el.weekdayDay('2024-03-12')).toBe('Τρίτη 12 Μαρτίου 2024');
  // As the browser's own Greek calendar writes the day.
  const full = new Intl.DateTimeFormat('el', { dateStyle: 'full', timeZone: 'UTC' });
  expect(el.weekdayDay('2024-03-12')).toBe(full.format(Date.UTC(2024, 2, 12)));
  expect(el.day('2024-05-01')).toBe('1 Μαΐου 2024');
  expect(el.month('2024-03')).toBe('Μάρτιος 2024');
  expect(el.monthName('2024-05')).toBe('Μάιος');
  expect(el.months[2]).toBe('Μαρτίου');
  expect(el.year('2024')).toBe('2024');
  const day = el.t('date.dayMonth', { day: '12', month: el.months[2] ?? '', number: 3 });
  expect(day).toBe('12 Μαρτίου');
  expect(el.t('onThisDay.none', { day })).toBe(
    'Κανένα άρθρο του αρχείου δεν δημοσιεύτηκε στις 12 Μαρτίου τα προηγούμενα χρόνια.',
  );
  expect(el.t('onThisDay.some', { count: 3, day })).toBe(
    '3 άρθρα που δημοσιεύτηκαν στις 12 Μαρτίου τα προηγούμενα χρόνια:',
  );
  expect(el.dateline(parseArticleDate('2025-01-20T08:30:00+02:00')!)).toBe('20 Ιανουαρίου 2025, 08:30 (UTC+02:00)');
  expect(el.dateline(parseArticleDate('2025-01-20T08:30:00Z')!)).toBe('20 Ιανουαρίου 2025, 08:30 (UTC)');
  expect(el.t('list.span', { first: el.day('2023-02-06'), last: el.day('2024-05-20') })).toBe(
    'Άρθρα από τις 6 Φεβρουαρίου 2023 έως τις 20 Μαΐου 2024',
  );
  expect(el.t('calendar.caption', { month: el.month('2024-03') })).toBe('Μάρτιος 2024: ημέρες με άρθρα');
  expect(el.t('year.months', { year: el.year('2024') })).toBe('Οι μήνες του 2024');
  expect(el.weekStartsOn).toBe(1);
  expect(el.weekdays.map(({ short }) => short)).toEqual(['Κυρ', 'Δευ', 'Τρί', 'Τετ', 'Πέμ', 'Παρ', 'Σάβ']);
  expect(el.weekdays.map(({ long }) => long)).toEqual([
    'Κυριακή',
    'Δευτέρα',
    'Τρίτη',
    'Τετάρτη',
    'Πέμπτη',
    'Παρασκευή',
    'Σάββατο',
  ]);
  // Every name in composed letters (Μαΐου's ΐ one code point), as keyboards and the search write them.
  const names = [...el.months, ...el.weekdays.flatMap(({ short, long }) => [short, long])];
  expect(names.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
});

test('Greek capitals: a day heading in capitals drops the tonos and keeps the diaeresis, under lang="el"', () => {
  const el = interfaceFor('el');
  // A month's day headings (.day-heading) are set in capitals by the stylesheet, in the page's language (<html
  // lang>, the interface's): Greek capitals carry no accent, where other rules keep it (ΤΡΊΤΗ).
  const heading = (day: string) => el.weekdayDay(day).toLocaleUpperCase(el.lang);
  expect([heading('2024-03-12'), heading('2024-05-01')]).toEqual(['ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2024', 'ΤΕΤΑΡΤΗ 1 ΜΑΪΟΥ 2024']);
  expect(el.weekdayDay('2024-03-12').toLocaleUpperCase('en')).toBe('ΤΡΊΤΗ 12 ΜΑΡΤΊΟΥ 2024');
});

test('Greek counts: one and other, Greek grouping; bylines of one and several writers; « » quotes', () => {
  const el = interfaceFor('el');
  expect([0, 1, 2, 5, 21, 1200].map((count) => el.t('list.count', { count }))).toEqual([
    '0 άρθρα',
    '1 άρθρο',
    '2 άρθρα',
    '5 άρθρα',
    '21 άρθρα',
    '1.200 άρθρα',
  ]);
  expect([1, 5].map((count) => el.t('facet.authors.count', { count }))).toEqual(['1 συντάκτης', '5 συντάκτες']);
  expect([1, 3].map((count) => el.t('facet.tags.count', { count }))).toEqual(['1 ετικέτα', '3 ετικέτες']);
  expect([1, 5].map((count) => el.t('home.browseAll', { count }))).toEqual([
    'Δείτε το 1 άρθρο ανά ημερομηνία →',
    'Δείτε και τα 5 άρθρα ανά ημερομηνία →',
  ]);
  expect(
    [1, 3].map((count) => el.t('archive.summary', { count, articles: el.t('list.count', { count: 120 }) })),
  ).toEqual(['120 άρθρα σε διάστημα 1 έτους', '120 άρθρα σε διάστημα 3 ετών']);
  expect([1, 4].map((count) => el.t('article.minutes', { count }))).toEqual([
    'Χρόνος ανάγνωσης: 1 λεπτό',
    'Χρόνος ανάγνωσης: 4 λεπτά',
  ]);
  expect(`2${el.t('calendar.articles', { count: 2 })}`).toBe('2 άρθρα');
  // The interface quotes as a Greek article is typeset: « » outside, “ ” for a phrase inside them.
  const { double, single } = typographyStyle('el');
  expect(el.t('search.countFor', { count: 3, query: 'λιμάνι' })).toBe(
    `3 αποτελέσματα για ${double[0]}λιμάνι${double[1]}`,
  );
  expect(el.t('search.quotedPhrase', { phrase: 'παλιό λιμάνι' })).toBe(`${single[0]}παλιό λιμάνι${single[1]}`);
  expect(el.t('search.countFor', { count: 1, query: 'λιμάνι' })).toBe('1 αποτέλεσμα για «λιμάνι»');
  const names = ['Μαρία Παπαδοπούλου', 'Γιώργος Νικολάου', 'Ελένη Γεωργίου'];
  expect([1, 2, 3].map((n) => el.byline('article.by', names.slice(0, n)))).toEqual([
    'Συντάκτης: Μαρία Παπαδοπούλου',
    'Συντάκτες: Μαρία Παπαδοπούλου και Γιώργος Νικολάου',
    'Συντάκτες: Μαρία Παπαδοπούλου, Γιώργος Νικολάου και Ελένη Γεωργίου',
  ]);
  expect(el.t('list.follow', { title: 'Πολιτική' })).toBe('Ακολουθήστε «Πολιτική» μέσω:');
  expect(el.t('offline.filesFailed', { count: 2, files: 'a.pf, b.pf' })).toBe(
    'Δεν ήταν δυνατή η αποθήκευση 2 αρχείων: a.pf, b.pf',
  );
});

test('Greek text is composed (NFC), as keyboards send it and the search reads it', () => {
  const table = findLanguage('el', LANGUAGES)?.messages ?? {};
  const texts = Object.values(table).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );
  expect(texts.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
  // Greek's question mark is the semicolon: no Latin ? in a Greek sentence.
  expect(texts.filter((text) => text.includes('?'))).toEqual([]);
});
