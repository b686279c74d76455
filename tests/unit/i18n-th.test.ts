/**
 * Thai: every key translated, dates as Thai papers print them in Buddhist Era years, one form after any number,
 * weeks from Sunday, “ ” quotes.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

// Every key: tests/unit/i18n.test.ts checks it of every shipped table.
test('a Thai archive gets a Thai interface without a warning', () => {
  expect(findLanguage('th-TH', LANGUAGES)?.code).toBe('th');
  const warnings: string[] = [];
  const th = interfaceFor('th', (message) => warnings.push(message));
  expect([th.lang, th.dir]).toEqual(['th', 'ltr']);
  expect(th.t('shell.searchPlaceholder')).toBe('ค้นหาบทความ');
  expect(warnings).toEqual([]);
});

test('Thai dates: years of the Buddhist Era as Thai papers and calendars count them, the weekday after วัน, weeks from Sunday', () => {
  const th = interfaceFor('th');
  expect(th.day('2023-07-14')).toBe('14 กรกฎาคม 2566');
  // As the browser's own Thai calendar writes the day (Intl counts Thai years from the Buddha too).
  const thaiCalendar = new Intl.DateTimeFormat('th', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  expect(th.day('2023-07-14')).toBe(thaiCalendar.format(Date.UTC(2023, 6, 14)));
  expect(th.weekdayDay('2023-07-14')).toBe('วันศุกร์ที่ 14 กรกฎาคม 2566');
  expect(th.month('2023-07')).toBe('กรกฎาคม 2566');
  expect(th.year('2023')).toBe('2566');
  expect(th.t('date.dayMonth', { day: '14', month: th.months[6] ?? '', number: 7 })).toBe('14 กรกฎาคม');
  expect(th.dateline(parseArticleDate('2025-01-20T08:30:00+07:00')!)).toBe('20 มกราคม 2568 เวลา 08:30 น. (UTC+07:00)');
  expect(th.weekStartsOn).toBe(0);
  expect(th.weekdays.map(({ short }) => short)).toEqual(['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.']);
  // Other languages keep the Christian year.
  expect(interfaceFor('en').year('2023')).toBe('2023');
});

test('Thai counts: one form after any number, in Latin digits; “ ” quotes', () => {
  const th = interfaceFor('th');
  expect([1, 5, 21, 1200].map((count) => th.t('list.count', { count }))).toEqual([
    '1 บทความ',
    '5 บทความ',
    '21 บทความ',
    '1,200 บทความ',
  ]);
  expect(th.t('search.countFor', { count: 3, query: 'ท่าเรือ' })).toBe('พบ 3 รายการสำหรับ “ท่าเรือ”');
  expect(th.t('article.minutes', { count: 4 })).toBe('อ่าน 4 นาที');
});
