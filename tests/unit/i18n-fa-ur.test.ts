/**
 * Persian as Iran writes it and Urdu as Pakistan does: every key translated (tests/unit/i18n.test.ts), right to
 * left, dates and counts as their papers print them: Persian in Persian figures with Iran's names of the Christian
 * months and weeks from Saturday, Urdu in Latin figures with its own month names (date-fns has none) and its two
 * plural forms.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

const utc = (lang: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
const twelveMonths = (lang: string) =>
  Array.from({ length: 12 }, (_, m) => utc(lang, { month: 'long' }).format(Date.UTC(2023, m, 1)));
const sevenDays = (lang: string) =>
  Array.from({ length: 7 }, (_, d) => utc(lang, { weekday: 'long' }).format(Date.UTC(2024, 0, 7 + d)));

test('a Persian archive, in Iran or Afghanistan, gets a Persian interface right to left, without a warning', () => {
  expect(findLanguage('fa-IR', LANGUAGES)?.code).toBe('fa');
  expect(findLanguage('fa-AF', LANGUAGES)?.code).toBe('fa-AF');
  // Dari by its own code, as Unicode's aliases read it (Persian in Afghanistan), right to left too.
  expect(['prs', 'prs-AF'].map((tag) => findLanguage(tag, LANGUAGES)?.code)).toEqual(['fa-AF', 'fa-AF']);
  expect([interfaceFor('prs').dir, interfaceFor('pbt').dir]).toEqual(['rtl', 'ltr']);
  const warnings: string[] = [];
  const fa = interfaceFor('fa-IR', (message) => warnings.push(message));
  expect([fa.lang, fa.dir]).toEqual(['fa-IR', 'rtl']);
  expect(fa.t('shell.searchButton')).toBe('جستجو');
  expect(warnings).toEqual([]);
});

test('Persian dates: Iran’s names of the Christian months, Persian figures, weeks from Saturday', () => {
  const fa = interfaceFor('fa');
  expect(fa.day('2024-05-12')).toBe('۱۲ مه ۲۰۲۴');
  // A day read whole, a month page's heading or an article's dateline, first in the Solar Hijri calendar Iranian
  // readers date news by (as Intl's Persian writes it by default), then in the Christian one the archive is filed by.
  expect(fa.weekdayDay('2024-05-12')).toBe('یکشنبه ۲۳ اردیبهشت ۱۴۰۳ (۱۲ مه ۲۰۲۴)');
  const solar = utc('fa', { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(2024, 4, 12));
  expect(fa.weekdayDay('2024-05-12')).toContain(solar);
  // Nowruz, the Solar Hijri new year, falls on 20 March in 2024 and on 21 March in 2025.
  expect(fa.dateline(parseArticleDate('2024-03-20')!)).toBe('۱ فروردین ۱۴۰۳ (۲۰ مارس ۲۰۲۴)');
  expect(fa.dateline(parseArticleDate('2025-03-20')!)).toBe('۳۰ اسفند ۱۴۰۳ (۲۰ مارس ۲۰۲۵)');
  // Afghanistan's Persian names the Solar Hijri months and the Christian ones as its papers do (CLDR's fa-AF).
  const dari = interfaceFor('fa-AF');
  expect(dari.dateline(parseArticleDate('2024-05-12')!)).toBe('۲۳ ثور ۱۴۰۳ (۱۲ می ۲۰۲۴)');
  expect(dari.months).toEqual(twelveMonths('fa-AF-u-ca-gregory'));
  expect([dari.t('nav.home'), dari.digits, dari.weekStartsOn]).toEqual([fa.t('nav.home'), 'arabext', 6]);
  expect(fa.month('2024-06')).toBe('ژوئن ۲۰۲۴');
  expect(fa.year('2024')).toBe('۲۰۲۴');
  // The months and weekdays are the ones Unicode's CLDR gives Iran's Persian in the Christian calendar (not
  // date-fns's آپریل, می, جون, which are Afghanistan's).
  expect(fa.months).toEqual(twelveMonths('fa-u-ca-gregory'));
  expect(fa.weekdays.map(({ long }) => long)).toEqual(sevenDays('fa'));
  expect(fa.weekStartsOn).toBe(6);
  const week = new Intl.Locale('fa-IR') as Intl.Locale & { getWeekInfo?: () => { firstDay: number } };
  if (week.getWeekInfo) expect(week.getWeekInfo().firstDay % 7).toBe(fa.weekStartsOn);
  expect(fa.weekdays.map(({ short }) => short)).toEqual(['ی', 'د', 'س', 'چ', 'پ', 'ج', 'ش']);
  expect(fa.dateline(parseArticleDate('2025-01-20T08:30:00+03:30')!)).toBe(
    '۱ بهمن ۱۴۰۳ (۲۰ ژانویه ۲۰۲۵)، ساعت ۰۸:۳۰ (گرینویچ+۰۳:۳۰)',
  );
  // On this day: the browser writes the day's number in the interface's figures itself (src/client/on-this-day.ts).
  expect(fa.t('date.dayMonth', { day: fa.figures('12'), month: fa.months[4] ?? '', number: 5 })).toBe('۱۲ مه');
});

test('Persian counts: one form after any number, Persian figures and separators, « » quotes', () => {
  const fa = interfaceFor('fa');
  expect([1, 5, 1200].map((count) => fa.t('list.count', { count }))).toEqual(['۱ مطلب', '۵ مطلب', '۱٬۲۰۰ مطلب']);
  expect(fa.t('search.countFor', { count: 3, query: 'تهران' })).toBe('۳ نتیجه برای «تهران»');
  expect(fa.t('article.minutes', { count: 4 })).toBe('زمان مطالعه: ۴ دقیقه');
  expect(fa.t('pager.page', { page: 12 })).toBe('صفحهٔ ۱۲');
  // Suffixes joined by the zero-width non-joiner, as Persian keyboards type them, and Persian's own ی and ک
  // throughout (never Arabic's ي and ك, which Persian readers' search and fonts treat as other letters).
  expect(fa.t('nav.home')).toBe('تازه\u200cترین\u200cها');
  const every = Object.values(findLanguage('fa', LANGUAGES)?.messages ?? {}).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );
  expect(every.filter((text) => /[يك]/u.test(text))).toEqual([]);
  // One digit set on the page: no Latin figure in its dates, counts, pages (what the reader types aside).
  const shown = [
    fa.weekdayDay('2023-02-06'),
    fa.dateline(parseArticleDate('2025-01-20T08:30:00-05:00')!),
    fa.t('search.count', { count: 12 }),
    fa.t('article.citeStyle'),
    fa.number(31),
  ];
  expect(shown.filter((text) => /[0-9]/u.test(text))).toEqual([]);
});

test('an Urdu archive gets an Urdu interface right to left: its own month names, two plural forms, Latin figures', () => {
  const warnings: string[] = [];
  const ur = interfaceFor('ur-PK', (message) => warnings.push(message));
  expect([ur.lang, ur.dir]).toEqual(['ur-PK', 'rtl']);
  expect(ur.day('2024-05-12')).toBe('12 مئی 2024');
  expect(ur.weekdayDay('2024-05-09')).toBe('جمعرات، 9 مئی 2024');
  expect(ur.month('2024-08')).toBe('اگست 2024');
  expect(ur.dateline(parseArticleDate('2025-01-20T08:30:00+05:00')!)).toBe('20 جنوری 2025، 08:30 (UTC+05:00)');
  // CLDR's names, as the browser writes them (date-fns has no Urdu locale); weeks from Sunday, as in Pakistan.
  expect(ur.months).toEqual(twelveMonths('ur'));
  expect(ur.weekdays.map(({ long }) => long)).toEqual(sevenDays('ur'));
  expect(ur.weekdays.map(({ short }) => short)).toEqual(sevenDays('ur'));
  expect(ur.weekStartsOn).toBe(0);
  expect([1, 5].map((count) => ur.t('list.count', { count }))).toEqual(['1 خبر', '5 خبریں']);
  expect([1, 3].map((count) => ur.t('facet.authors.count', { count }))).toEqual(['1 مصنف', '3 مصنفین']);
  expect(ur.t('search.countFor', { count: 7, query: 'لاہور' })).toBe('“لاہور” کے 7 نتائج');
  expect(ur.byline('article.by', ['عائشہ خان', 'بلال احمد'])).toBe('تحریر: عائشہ خان اور بلال احمد');
  expect(warnings).toEqual([]);
});
