/**
 * Turkish: every key translated, dates as Turkish papers print them (6 Şubat 2023 Pazartesi), one form after any
 * number, weeks from Monday, capitals by Turkish rules (İ for i, I for ı), “ ” quotes.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

// Every key: tests/unit/i18n.test.ts checks it of every shipped table.
test('a Turkish archive gets a Turkish interface without a warning', () => {
  expect(findLanguage('tr-TR', LANGUAGES)?.code).toBe('tr');
  const warnings: string[] = [];
  const tr = interfaceFor('tr-TR', (message) => warnings.push(message));
  expect([tr.lang, tr.dir]).toEqual(['tr-TR', 'ltr']);
  expect(tr.t('shell.searchPlaceholder')).toBe('Haber ara');
  expect(warnings).toEqual([]);
});

test('Turkish dates: the weekday after the date, weeks from Monday', () => {
  const tr = interfaceFor('tr');
  expect(tr.day('2023-02-06')).toBe('6 Şubat 2023');
  expect(tr.weekdayDay('2023-02-06')).toBe('6 Şubat 2023 Pazartesi');
  // As the browser's own Turkish calendar writes the day.
  const full = new Intl.DateTimeFormat('tr', { dateStyle: 'full', timeZone: 'UTC' });
  expect(tr.weekdayDay('2023-02-06')).toBe(full.format(Date.UTC(2023, 1, 6)));
  expect(tr.month('2023-08')).toBe('Ağustos 2023');
  expect(tr.year('2023')).toBe('2023');
  const day = tr.t('date.dayMonth', { day: '6', month: tr.months[1] ?? '', number: 2 });
  expect(day).toBe('6 Şubat');
  expect(tr.t('onThisDay.none', { day })).toBe('Arşivde önceki yıllarda 6 Şubat tarihinde yayımlanmış haber yok.');
  expect(tr.dateline(parseArticleDate('2025-01-20T08:30:00+03:00')!)).toBe('20 Ocak 2025, 08:30 (UTC+03:00)');
  expect(tr.t('list.span', { first: tr.day('2023-02-06'), last: tr.day('2024-05-20') })).toBe(
    '6 Şubat 2023 ile 20 Mayıs 2024 arasındaki haberler',
  );
  expect(tr.weekStartsOn).toBe(1);
  expect(tr.weekdays.map(({ short }) => short)).toEqual(['Paz', 'Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt']);
  expect(tr.weekdays.map(({ long }) => long)).toEqual([
    'Pazar',
    'Pazartesi',
    'Salı',
    'Çarşamba',
    'Perşembe',
    'Cuma',
    'Cumartesi',
  ]);
});

test('Turkish capitals: a month alone keeps its letters, a heading in capitals writes İ for i and I for ı', () => {
  const tr = interfaceFor('tr');
  // Every month alone as CLDR names it: capitalising it leaves ğ, ı, ş and ü as they are (Ağustos, Kasım, Aralık).
  const alone = new Intl.DateTimeFormat('tr', { month: 'long', timeZone: 'UTC' });
  expect(Array.from({ length: 12 }, (_, m) => tr.monthName(`2023-${String(m + 1).padStart(2, '0')}`))).toEqual(
    Array.from({ length: 12 }, (_, m) => alone.format(Date.UTC(2023, m, 1))),
  );
  expect([tr.monthName('2023-08'), tr.monthName('2023-11'), tr.monthName('2023-12')]).toEqual([
    'Ağustos',
    'Kasım',
    'Aralık',
  ]);
  // A month's day headings (.day-heading) are set in capitals by the stylesheet, in the page's language (<html
  // lang>, the interface's): in Turkish, Pazartesi's i is İ and Salı's ı is I, where English rules give PAZARTESI.
  const heading = (day: string) => tr.weekdayDay(day).toLocaleUpperCase(tr.lang);
  expect([heading('2023-02-06'), heading('2023-02-07'), heading('2023-02-11')]).toEqual([
    '6 ŞUBAT 2023 PAZARTESİ',
    '7 ŞUBAT 2023 SALI',
    '11 ŞUBAT 2023 CUMARTESİ',
  ]);
  expect(tr.weekdayDay('2023-02-06').toLocaleUpperCase('en')).toBe('6 ŞUBAT 2023 PAZARTESI');
});

test('Turkish counts: one form after any number, the noun singular; bylines of one, two and three names', () => {
  const tr = interfaceFor('tr');
  expect([1, 5, 21, 1200].map((count) => tr.t('list.count', { count }))).toEqual([
    '1 haber',
    '5 haber',
    '21 haber',
    '1.200 haber',
  ]);
  expect([1, 3].map((count) => tr.t('home.browseAll', { count }))).toEqual([
    '1 habere tarihe göre göz atın →',
    'Tüm 3 habere tarihe göre göz atın →',
  ]);
  expect([tr.t('facet.authors.count', { count: 3 }), tr.t('facet.sources.count', { count: 1 })]).toEqual([
    '3 yazar',
    '1 kaynak',
  ]);
  expect(tr.t('archive.summary', { count: 3, articles: tr.t('list.count', { count: 120 }) })).toBe(
    '3 yıla yayılan 120 haber',
  );
  expect(tr.t('search.countFor', { count: 3, query: 'liman' })).toBe('“liman” için 3 sonuç');
  expect(tr.t('search.quotedPhrase', { phrase: 'eski liman' })).toBe('‘eski liman’');
  expect(tr.t('article.minutes', { count: 4 })).toBe('Okuma süresi: 4 dakika');
  const names = ['Ayşe Yılmaz', 'Mehmet Demir', 'İpek Şahin'];
  expect(
    [1, 2, 3].map((n) => tr.t('article.by', { names: tr.list(names.slice(0, n)), count: Math.min(n, 2) })),
  ).toEqual([
    'Yazan: Ayşe Yılmaz',
    'Yazan: Ayşe Yılmaz ve Mehmet Demir',
    'Yazan: Ayşe Yılmaz, Mehmet Demir ve İpek Şahin',
  ]);
  expect(tr.t('facet.authors.title', { name: 'Ayşe Yılmaz' })).toBe('Ayşe Yılmaz imzalı haberler');
});
