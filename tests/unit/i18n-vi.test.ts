/**
 * Vietnamese: every key translated, dates in figures as VnExpress prints them (Thứ hai, 6/2/2023), months by
 * number (Tháng 2/2023), one form after any number, weeks from Monday, “ ” quotes, letters composed (NFC).
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

// Every key: tests/unit/i18n.test.ts checks it of every shipped table.
test('a Vietnamese archive gets a Vietnamese interface without a warning', () => {
  expect(findLanguage('vi-VN', LANGUAGES)?.code).toBe('vi');
  const warnings: string[] = [];
  const vi = interfaceFor('vi-VN', (message) => warnings.push(message));
  expect([vi.lang, vi.dir]).toEqual(['vi-VN', 'ltr']);
  expect(vi.t('shell.searchPlaceholder')).toBe('Tìm bài viết');
  expect(warnings).toEqual([]);
});

test('Vietnamese dates: day first in figures, the weekday before it, months by number, weeks from Monday', () => {
  const vi = interfaceFor('vi');
  expect(vi.day('2023-02-06')).toBe('6/2/2023');
  expect(vi.weekdayDay('2023-02-06')).toBe('Thứ hai, 6/2/2023');
  expect(vi.weekdayDay('2023-02-05')).toBe('Chủ nhật, 5/2/2023');
  expect(vi.day('2024-12-01')).toBe('1/12/2024');
  // A month alone starts with a capital, as a heading does; in a sentence it is "tháng 2".
  expect(vi.month('2023-02')).toBe('Tháng 2/2023');
  expect(vi.monthName('2023-02')).toBe('Tháng 2');
  expect(vi.monthName('2023-12')).toBe('Tháng 12');
  expect(vi.months[1]).toBe('tháng 2');
  expect(vi.year('2023')).toBe('2023');
  const day = vi.t('date.dayMonth', { day: '6', month: vi.months[1] ?? '', number: 2 });
  expect(day).toBe('6/2');
  expect(vi.t('onThisDay.none', { day })).toBe(
    'Trong kho lưu trữ không có bài viết nào đăng vào ngày 6/2 của các năm trước.',
  );
  expect(vi.dateline(parseArticleDate('2025-01-20T08:30:00+07:00')!)).toBe('20/1/2025, 08:30 (GMT+07:00)');
  expect(vi.dateline(parseArticleDate('2025-01-20T08:30:00Z')!)).toBe('20/1/2025, 08:30 (GMT)');
  expect(vi.t('article.updated', { date: vi.day('2024-05-21') })).toBe('Cập nhật ngày 21/5/2024');
  expect(vi.t('calendar.caption', { month: vi.month('2023-02') })).toBe('Tháng 2/2023: những ngày có bài viết');
  expect(vi.weekStartsOn).toBe(1);
  expect(vi.weekdays.map(({ short }) => short)).toEqual(['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
  expect(vi.weekdays.map(({ long }) => long)).toEqual([
    'Chủ nhật',
    'Thứ hai',
    'Thứ ba',
    'Thứ tư',
    'Thứ năm',
    'Thứ sáu',
    'Thứ bảy',
  ]);
});

test('Vietnamese counts: one form after any number; bylines of one, two and three names; “ ” quotes', () => {
  const vi = interfaceFor('vi');
  expect([1, 5, 21, 1200].map((count) => vi.t('list.count', { count }))).toEqual([
    '1 bài viết',
    '5 bài viết',
    '21 bài viết',
    '1.200 bài viết',
  ]);
  expect(vi.t('archive.summary', { count: 3, articles: vi.t('list.count', { count: 120 }) })).toBe(
    '120 bài viết trong 3 năm',
  );
  expect(vi.t('search.countFor', { count: 3, query: 'cảng' })).toBe('3 kết quả cho “cảng”');
  expect(vi.t('search.quotedPhrase', { phrase: 'cảng cá' })).toBe('‘cảng cá’');
  expect(vi.t('article.minutes', { count: 4 })).toBe('4 phút đọc');
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường'];
  expect(
    [1, 2, 3].map((n) => vi.t('article.by', { names: vi.list(names.slice(0, n)), count: Math.min(n, 2) })),
  ).toEqual([
    'Tác giả: Nguyễn Văn An',
    'Tác giả: Nguyễn Văn An và Trần Thị Bình',
    'Tác giả: Nguyễn Văn An, Trần Thị Bình và Lê Hoàng Cường',
  ]);
});

test('Vietnamese text is composed (NFC), as keyboards send it and the search reads it', () => {
  const table = findLanguage('vi', LANGUAGES)?.messages ?? {};
  const texts = Object.values(table).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );
  expect(texts.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
  const vi = interfaceFor('vi');
  const names = [...vi.months, ...vi.weekdays.flatMap(({ short, long }) => [short, long])];
  expect(names.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
});
