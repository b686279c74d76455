/**
 * Korean: every key translated, dates as Korean papers print them (2024년 5월 20일 (월)), a counter after the
 * number, weeks from Sunday, “ ” quotes.
 */
import { expect, test } from 'vitest';
import { interfaceFor } from '../../src/i18n/interface.ts';
import { findLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { parseArticleDate } from '../../src/lib/dates.ts';

// Every key: tests/unit/i18n.test.ts checks it of every shipped table.
test('a Korean archive gets a Korean interface without a warning', () => {
  expect(findLanguage('ko-KR', LANGUAGES)?.code).toBe('ko');
  const warnings: string[] = [];
  const ko = interfaceFor('ko-KR', (message) => warnings.push(message));
  expect([ko.lang, ko.dir]).toEqual(['ko-KR', 'ltr']);
  expect(ko.t('shell.searchPlaceholder')).toBe('기사 검색');
  expect(warnings).toEqual([]);
});

test('Korean dates: year first with 년 월 일, the weekday in brackets, weeks from Sunday', () => {
  const ko = interfaceFor('ko');
  expect(ko.day('2024-05-20')).toBe('2024년 5월 20일');
  expect(ko.weekdayDay('2024-05-20')).toBe('2024년 5월 20일 (월)');
  expect(ko.month('2024-05')).toBe('2024년 5월');
  expect(ko.monthName('2024-12')).toBe('12월');
  expect(ko.year('2024')).toBe('2024년');
  expect(ko.t('date.dayMonth', { day: '20', month: ko.months[4] ?? '', number: 5 })).toBe('5월 20일');
  expect(ko.dateline(parseArticleDate('2025-01-20T08:30:00+09:00')!)).toBe('2025년 1월 20일 08:30 (UTC+09:00)');
  expect(ko.t('article.updated', { date: ko.day('2024-05-21') })).toBe('수정 2024년 5월 21일');
  expect(ko.weekStartsOn).toBe(0);
  expect(ko.weekdays.map(({ short }) => short)).toEqual(['일', '월', '화', '수', '목', '금', '토']);
  expect(ko.weekdays[1]?.long).toBe('월요일');
});

test('Korean counts: the noun, the number and its counter, one form for any number; “ ” quotes', () => {
  const ko = interfaceFor('ko');
  expect([1, 5, 21, 1200].map((count) => ko.t('list.count', { count }))).toEqual([
    '기사 1건',
    '기사 5건',
    '기사 21건',
    '기사 1,200건',
  ]);
  expect([ko.t('facet.authors.count', { count: 3 }), ko.t('facet.sources.count', { count: 4 })]).toEqual([
    '기자 3명',
    '출처 4곳',
  ]);
  expect(ko.t('archive.summary', { count: 3, articles: ko.t('list.count', { count: 120 }) })).toBe(
    '3년에 걸친 기사 120건',
  );
  expect(ko.t('search.countFor', { count: 3, query: '항구' })).toBe('“항구” 검색 결과 3건');
  expect(ko.t('article.minutes', { count: 4 })).toBe('읽는 시간 4분');
  expect(ko.t('article.by', { names: ko.list(['홍길동']), count: 1 })).toBe('홍길동 기자');
  // Names joined by a middle dot, as Korean papers sign a story by several writers.
  expect(ko.t('article.by', { names: ko.list(['홍길동', '김철수']), count: 2 })).toBe('홍길동·김철수 기자');
  expect(ko.t('list.by', { names: ko.list(['홍길동', '김철수', '이영희']), count: 2 })).toBe(
    '홍길동·김철수·이영희 기자',
  );
  expect(ko.byline('list.by', ['홍길동', '김철수', '이영희'])).toBe('홍길동·김철수·이영희 기자');
});
