/**
 * Tamil: every key translated, dates as Tamil papers print them (12 மார்ச் 2024) in Latin figures, one and other
 * forms (1 செய்தி, 5 செய்திகள்), India's grouping, weeks from Sunday, “ ” quotes.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { messages as english } from '../../src/i18n/locales/en.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

test('a Tamil archive gets a Tamil interface without a warning, in India, Sri Lanka and Singapore', () => {
  for (const tag of ['ta-IN', 'ta-LK', 'ta-SG']) expect(findLanguage(tag, LANGUAGES)?.code).toBe('ta');
  const warnings: string[] = [];
  const ta = interfaceFor('ta-IN', (message) => warnings.push(message));
  expect([ta.lang, ta.dir]).toEqual(['ta-IN', 'ltr']);
  expect(ta.t('shell.searchPlaceholder')).toBe('செய்தி தேடல்');
  expect(ta.t('shell.searchButton')).toBe('தேடு');
  expect(warnings).toEqual([]);
  // Each message keeps the placeholders of the English one, and each plural has the forms Tamil counts with.
  const table = findLanguage('ta', LANGUAGES)?.messages ?? {};
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
  for (const [key, message] of Object.entries(english)) {
    const tamil = table[key as keyof typeof english];
    expect(tamil, key).toBeDefined();
    const expected = names(typeof message === 'string' ? message : message.other).filter((name) => name !== 'count');
    const forms = typeof tamil === 'string' ? { other: tamil } : (tamil ?? { other: '' });
    for (const text of Object.values(forms))
      expect(
        names(text).filter((name) => name !== 'count'),
        key,
      ).toEqual(expected);
    if (typeof tamil === 'object') expect(['one', 'other'], key).toEqual(expect.arrayContaining(Object.keys(tamil)));
  }
});

test('Tamil dates: day, month, year, the weekday first, weeks from Sunday as Tamil calendars have them', () => {
  const ta = interfaceFor('ta');
  expect(ta.day('2024-03-12')).toBe('12 மார்ச் 2024');
  expect(ta.weekdayDay('2024-03-12')).toBe('செவ்வாய், 12 மார்ச் 2024');
  expect(ta.day('2024-05-01')).toBe('1 மே 2024');
  expect(ta.month('2024-03')).toBe('மார்ச் 2024');
  expect(ta.monthName('2024-08')).toBe('ஆகஸ்ட்');
  expect(ta.year('2024')).toBe('2024');
  // Month and weekday names as CLDR spells them, as the browser writes them.
  const month = new Intl.DateTimeFormat('ta', { month: 'long', timeZone: 'UTC' });
  expect(ta.months).toEqual(Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2024, m, 1))));
  const long = new Intl.DateTimeFormat('ta', { weekday: 'long', timeZone: 'UTC' });
  expect(ta.weekdays.map(({ long }) => long)).toEqual(
    Array.from({ length: 7 }, (_, d) => long.format(Date.UTC(2024, 0, 7 + d))),
  );
  const day = ta.t('date.dayMonth', { day: '12', month: ta.months[2] ?? '', number: 3 });
  expect(day).toBe('12 மார்ச்');
  expect(ta.t('onThisDay.none', { day })).toBe('முந்தைய ஆண்டுகளில் 12 மார்ச் அன்று வெளியான செய்தி எதுவும் காப்பகத்தில் இல்லை.');
  expect(ta.dateline(parseArticleDate('2025-01-20T08:30:00+05:30')!)).toBe('20 ஜனவரி 2025, 08:30 (UTC+05:30)');
  expect(ta.t('list.span', { first: ta.day('2023-02-06'), last: ta.day('2024-05-20') })).toBe(
    '6 பிப்ரவரி 2023 முதல் 20 மே 2024 வரையிலான செய்திகள்',
  );
  expect(ta.t('year.months', { year: ta.year('2024') })).toBe('2024ஆம் ஆண்டின் மாதங்கள்');
  expect(ta.weekStartsOn).toBe(0);
  expect(ta.weekdays.map(({ short }) => short)).toEqual(['ஞா', 'தி', 'செ', 'பு', 'வி', 'வெ', 'ச']);
});

test('Tamil counts: -கள் after any number but 1, India’s grouping, Latin figures', () => {
  const ta = interfaceFor('ta');
  expect([0, 1, 2, 5, 21, 1200, 1234567].map((count) => ta.t('list.count', { count }))).toEqual([
    '0 செய்திகள்',
    '1 செய்தி',
    '2 செய்திகள்',
    '5 செய்திகள்',
    '21 செய்திகள்',
    '1,200 செய்திகள்',
    '12,34,567 செய்திகள்',
  ]);
  expect([1, 3].map((count) => ta.t('facet.authors.count', { count }))).toEqual(['1 எழுத்தாளர்', '3 எழுத்தாளர்கள்']);
  expect([1, 4].map((count) => ta.t('facet.tags.count', { count }))).toEqual(['1 குறிச்சொல்', '4 குறிச்சொற்கள்']);
  expect([1, 5].map((count) => ta.t('home.browseAll', { count }))).toEqual([
    '1 செய்தியைத் தேதி வாரியாகப் பார்க்கவும் →',
    'அனைத்து 5 செய்திகளையும் தேதி வாரியாகப் பார்க்கவும் →',
  ]);
  expect(
    [1, 3].map((count) => ta.t('archive.summary', { count, articles: ta.t('list.count', { count: 120 }) })),
  ).toEqual(['1 ஆண்டில் 120 செய்திகள்', '3 ஆண்டுகளில் 120 செய்திகள்']);
  expect([1, 4].map((count) => ta.t('article.minutes', { count }))).toEqual([
    'படிக்கும் நேரம்: 1 நிமிடம்',
    'படிக்கும் நேரம்: 4 நிமிடங்கள்',
  ]);
  expect(`2${ta.t('calendar.articles', { count: 2 })}`).toBe('2 செய்திகள்');
  expect(ta.t('search.countFor', { count: 3, query: 'துறைமுகம்' })).toBe('“துறைமுகம்” என்பதற்கு 3 முடிவுகள்');
  expect(ta.t('search.quotedPhrase', { phrase: 'பழைய துறைமுகம்' })).toBe('‘பழைய துறைமுகம்’');
  const names = ['கவிதா ராஜன்', 'முருகன் செல்வம்', 'அருண் குமார்'];
  expect([1, 2, 3].map((n) => ta.byline('article.by', names.slice(0, n)))).toEqual([
    'எழுதியவர்: கவிதா ராஜன்',
    'எழுதியவர்கள்: கவிதா ராஜன் மற்றும் முருகன் செல்வம்',
    'எழுதியவர்கள்: கவிதா ராஜன், முருகன் செல்வம் மற்றும் அருண் குமார்',
  ]);
  // One digit set on the page: no Tamil numeral beside the Latin figures of dates and counts.
  const shown = [
    ta.weekdayDay('2024-03-12'),
    ta.t('search.count', { count: 12 }),
    ta.t('article.citeStyle'),
    ta.t('pager.page', { page: 3 }),
    ta.t('year.months', { year: ta.year('2024') }),
  ];
  expect(shown.filter((text) => /[௦-௺]/u.test(text))).toEqual([]);
});

test('Tamil text is composed (NFC), as keyboards send it and the search reads it', () => {
  const table = findLanguage('ta', LANGUAGES)?.messages ?? {};
  const texts = Object.values(table).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );
  expect(texts.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
  const ta = interfaceFor('ta');
  const names = [...ta.months, ...ta.weekdays.flatMap(({ short, long }) => [short, long])];
  expect(names.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
});
