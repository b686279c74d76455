/**
 * Bengali as Bangladesh writes it: every key translated, dates and counts as Bangladeshi papers print them, in Bengali
 * figures (the interface's one digit set), a classifier after the number (৫টি প্রতিবেদন, ৩ জন লেখক), weeks from Sunday,
 * “ ” quotes.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

// Every key: tests/unit/i18n.test.ts checks it of every shipped table.
test('a Bengali archive gets a Bengali interface without a warning, in Bangladesh and India', () => {
  expect(findLanguage('bn-BD', LANGUAGES)?.code).toBe('bn');
  expect(findLanguage('bn-IN', LANGUAGES)?.code).toBe('bn');
  const warnings: string[] = [];
  const bn = interfaceFor('bn-BD', (message) => warnings.push(message));
  expect([bn.lang, bn.dir]).toEqual(['bn-BD', 'ltr']);
  expect(bn.t('shell.searchPlaceholder')).toBe('খবর খুঁজুন');
  expect(warnings).toEqual([]);
});

test('Bengali dates: day, month, year, the weekday first, weeks from Sunday as CLDR has them in Bangladesh', () => {
  const bn = interfaceFor('bn');
  expect(bn.day('2023-02-06')).toBe('৬ ফেব্রুয়ারি ২০২৩');
  expect(bn.weekdayDay('2023-02-06')).toBe('সোমবার, ৬ ফেব্রুয়ারি ২০২৩');
  // Thursday without the space date-fns writes after it ("বৃহস্পতিবার , 9 …").
  expect(bn.weekdayDay('2023-02-09')).toBe('বৃহস্পতিবার, ৯ ফেব্রুয়ারি ২০২৩');
  expect(bn.month('2023-02')).toBe('ফেব্রুয়ারি ২০২৩');
  expect(bn.monthName('2023-09')).toBe('সেপ্টেম্বর');
  // Month names as CLDR spells them, in composed letters (date-fns writes য় as one code point, U+09DF).
  const month = new Intl.DateTimeFormat('bn', { month: 'long', timeZone: 'UTC' });
  expect(bn.months).toEqual(Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2023, m, 1))));
  expect(bn.months.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
  expect(bn.year('2023')).toBe('২০২৩');
  // The browser's on-this-day writes the day in the interface's digits itself (src/client/on-this-day.ts).
  const day = bn.t('date.dayMonth', { day: bn.figures('6'), month: bn.months[1] ?? '', number: 2 });
  expect(day).toBe('৬ ফেব্রুয়ারি');
  expect(bn.t('onThisDay.none', { day })).toBe('আগের বছরগুলোতে ৬ ফেব্রুয়ারি তারিখে আর্কাইভের কোনো প্রতিবেদন প্রকাশিত হয়নি।');
  expect(bn.dateline(parseArticleDate('2025-01-20T08:30:00+06:00')!)).toBe('২০ জানুয়ারি ২০২৫, ০৮:৩০ (UTC+০৬:০০)');
  expect(bn.t('list.span', { first: bn.day('2023-02-06'), last: bn.day('2024-05-20') })).toBe(
    '৬ ফেব্রুয়ারি ২০২৩ থেকে ২০ মে ২০২৪ পর্যন্ত প্রতিবেদন',
  );
  expect(bn.t('year.months', { year: bn.year('2023') })).toBe('২০২৩ সালের মাসগুলো');
  const week = new Intl.Locale('bn-BD') as Intl.Locale & { getWeekInfo?: () => { firstDay: number } };
  expect(bn.weekStartsOn).toBe(0);
  if (week.getWeekInfo) expect(week.getWeekInfo().firstDay % 7).toBe(bn.weekStartsOn);
  expect(bn.weekdays.map(({ short }) => short)).toEqual(['রবি', 'সোম', 'মঙ্গল', 'বুধ', 'বৃহস্পতি', 'শুক্র', 'শনি']);
  // The full names are CLDR's, as the browser writes them.
  const long = new Intl.DateTimeFormat('bn', { weekday: 'long', timeZone: 'UTC' });
  expect(bn.weekdays.map(({ long }) => long)).toEqual(
    Array.from({ length: 7 }, (_, d) => long.format(Date.UTC(2024, 0, 7 + d))),
  );
});

test('Bengali counts: টি or জন after the number, one form for any number, Bangladesh’s grouping, Bengali figures', () => {
  const bn = interfaceFor('bn');
  expect([1, 5, 21, 1200, 1234567].map((count) => bn.t('list.count', { count }))).toEqual([
    '১টি প্রতিবেদন',
    '৫টি প্রতিবেদন',
    '২১টি প্রতিবেদন',
    '১,২০০টি প্রতিবেদন',
    '১২,৩৪,৫৬৭টি প্রতিবেদন',
  ]);
  expect([bn.t('facet.authors.count', { count: 3 }), bn.t('facet.sections.count', { count: 4 })]).toEqual([
    '৩ জন লেখক',
    '৪টি বিভাগ',
  ]);
  expect([1, 5].map((count) => bn.t('home.browseAll', { count }))).toEqual([
    'তারিখ অনুযায়ী ১টি প্রতিবেদন দেখুন →',
    'তারিখ অনুযায়ী সব ৫টি প্রতিবেদন দেখুন →',
  ]);
  // A calendar's count, read with the words after it: the classifier joined to the number.
  expect(`${bn.number(2)}${bn.t('calendar.articles', { count: 2 })}`).toBe('২টি প্রতিবেদন');
  expect(bn.t('archive.summary', { count: 3, articles: bn.t('list.count', { count: 120 }) })).toBe(
    '৩ বছরে ১২০টি প্রতিবেদন',
  );
  expect(bn.t('search.countFor', { count: 3, query: 'বন্দর' })).toBe('“বন্দর” খুঁজে ৩টি ফলাফল');
  expect(bn.t('article.minutes', { count: 4 })).toBe('পড়তে লাগবে ৪ মিনিট');
  const names = ['রহিম উদ্দিন', 'নাসরিন আক্তার', 'কামরুল হাসান'];
  expect(
    [1, 2, 3].map((n) => bn.t('article.by', { names: bn.list(names.slice(0, n)), count: Math.min(n, 2) })),
  ).toEqual([
    'লেখক: রহিম উদ্দিন',
    'লেখক: রহিম উদ্দিন এবং নাসরিন আক্তার',
    'লেখক: রহিম উদ্দিন, নাসরিন আক্তার এবং কামরুল হাসান',
  ]);
  // One digit set on the page, Bengali: no Latin figure beside them in dates, counts, pages, a calendar's day.
  const shown = [
    bn.weekdayDay('2023-02-06'),
    bn.dateline(parseArticleDate('2025-01-20T08:30:00-05:00')!),
    bn.t('search.count', { count: 12 }),
    bn.t('article.citeStyle'),
    bn.t('pager.page', { page: 3 }),
    bn.number(31),
    bn.figures('2024'),
  ];
  expect(shown.filter((text) => /[0-9]/u.test(text))).toEqual([]);
});
