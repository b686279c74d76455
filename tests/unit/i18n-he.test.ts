/**
 * Hebrew: every key translated, laid out right to left as Arabic is, dates as Israeli papers print them (the month
 * after ב), one, two and other forms, weeks from Sunday, arrows and date forms that read in its direction.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { typographyStyle } from '../../src/markdown/typography-styles.ts';
import { findLanguage, LANGUAGES, textDirection } from '../../src/i18n/languages.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

// Every key: tests/unit/i18n.test.ts checks it of every shipped table.
test('a Hebrew archive gets a Hebrew interface, right to left, without a warning', () => {
  expect(findLanguage('he-IL', LANGUAGES)?.code).toBe('he');
  const warnings: string[] = [];
  const he = interfaceFor('he-IL', (message) => warnings.push(message));
  expect([he.lang, he.dir]).toEqual(['he-IL', 'rtl']);
  expect([interfaceFor('he').dir, interfaceFor('ar').dir, textDirection('he')]).toEqual(['rtl', 'rtl', 'rtl']);
  expect(he.t('shell.searchPlaceholder')).toBe('חיפוש כתבות');
  expect(warnings).toEqual([]);
});

test('Hebrew dates: the month after ב, weekday first, weeks from Sunday', () => {
  const he = interfaceFor('he');
  expect(he.day('2024-05-20')).toBe('20 במאי 2024');
  expect(he.weekdayDay('2024-05-20')).toBe('יום שני, 20 במאי 2024');
  expect(he.month('2024-05')).toBe('מאי 2024');
  expect(he.monthName('2024-03')).toBe('מרץ');
  expect(he.year('2024')).toBe('2024');
  expect(he.t('date.dayMonth', { day: '20', month: he.months[4] ?? '', number: 5 })).toBe('20 במאי');
  expect(he.t('onThisDay.none', { day: he.t('date.dayMonth', { day: '20', month: he.months[4] ?? '' }) })).toBe(
    'שום כתבה בארכיון לא פורסמה ב־20 במאי בשנים קודמות.',
  );
  expect(he.dateline(parseArticleDate('2025-01-20T08:30:00+02:00')!)).toBe('20 בינואר 2025, 08:30 (UTC+02:00)');
  expect(he.t('list.span', { first: he.day('2023-07-14'), last: he.day('2024-05-20') })).toBe(
    'כתבות מ־14 ביולי 2023 עד 20 במאי 2024',
  );
  expect(he.weekStartsOn).toBe(0);
  expect(he.weekdays.map(({ short }) => short)).toEqual(['א׳', 'ב׳', 'ג׳', 'ד׳', 'ה׳', 'ו׳', 'ש׳']);
  expect(he.weekdays[6]?.long).toBe('יום שבת');
});

test('Hebrew counts: one, the dual where Hebrew has one, the plural after a number; ” ” quotes, as Hebrew articles are set', () => {
  const he = interfaceFor('he');
  expect([1, 2, 5, 21, 1200].map((count) => he.t('list.count', { count }))).toEqual([
    'כתבה אחת',
    '2 כתבות',
    '5 כתבות',
    '21 כתבות',
    '1,200 כתבות',
  ]);
  expect([1, 2, 4].map((count) => he.t('article.minutes', { count }))).toEqual([
    'זמן קריאה: דקה',
    'זמן קריאה: דקתיים',
    'זמן קריאה: 4 דקות',
  ]);
  expect(he.t('archive.summary', { count: 2, articles: he.t('list.count', { count: 14 }) })).toBe(
    '14 כתבות לאורך שנתיים',
  );
  expect(he.t('search.countFor', { count: 3, query: 'נמל' })).toBe('3 תוצאות עבור ”נמל”');
  // The interface quotes as a Hebrew article is typeset.
  const { double } = typographyStyle('he');
  expect(he.t('search.noneFor', { query: 'נמל' })).toContain(`${double[0]}נמל${double[1]}`);
  expect(he.t('article.by', { names: he.list(['דנה כהן', 'יוסי לוי']), count: 2 })).toBe('מאת דנה כהן ויוסי לוי');
  // Arrows point the way a right-to-left page turns: back to the right, on to the left.
  expect([he.t('pager.newer'), he.t('pager.older')]).toEqual(['→ חדשות יותר', 'ישנות יותר ←']);
});
