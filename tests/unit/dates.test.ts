import { describe, expect, test } from 'vitest';
import {
  chicagoDay,
  daysInMonth,
  formatDateline,
  formatDay,
  formatMonth,
  isRealDay,
  missingDay,
  monthDayKey,
  parseArticleDate,
  risDay,
  shownUpdate,
  utcDayOf,
} from '../../src/lib/dates.ts';

describe('parseArticleDate', () => {
  test.each([
    ['2024-03-14', '2024-03-14', undefined],
    ['2024-02-29', '2024-02-29', undefined],
    ['2019-12-31T23:30:00-08:00', '2019-12-31', '23:30'],
    ['2020-01-01T00:15:00+13:00', '2020-01-01', '00:15'],
    ['2021-06-01T09:00Z', '2021-06-01', '09:00'],
    ['2021-06-01T09:00:00.250+05:30', '2021-06-01', '09:00'],
  ])('%s is the calendar day %s as written', (text, day, time) => {
    const parsed = parseArticleDate(text);
    expect(parsed?.day).toBe(day);
    expect(parsed?.time).toBe(time);
    expect(parsed?.written).toBe(text);
  });

  test.each([
    '2021-02-30',
    '2023-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-04-31',
    '2021-4-1',
    '14/03/2024',
    '2021-03-04T25:00:00Z',
    '2021-03-04T10:60:00Z',
    '2021-03-04T10:00:00',
    '2021-02-30T10:00:00Z',
    '2021-03-04T10:00:00+15:00',
    '',
    'yesterday',
  ])('refuses %j instead of rolling it over', (text) => {
    expect(parseArticleDate(text)).toBeUndefined();
  });

  test('the timestamp is the instant named, for sorting', () => {
    expect(parseArticleDate('2019-12-31T23:30:00-08:00')?.timestamp).toBe(Date.UTC(2020, 0, 1, 7, 30));
    expect(parseArticleDate('2024-03-14')?.timestamp).toBe(Date.UTC(2024, 2, 14));
  });
});

describe('calendar', () => {
  test.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => expect(daysInMonth(year, month)).toBe(days));

  test('isRealDay', () => {
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2023, 2, 29)).toBe(false);
    expect(isRealDay(2023, 0, 1)).toBe(false);
  });
});

describe('formatting never depends on the machine time zone', () => {
  // The test runner sets no TZ; these hold in every zone because formatting is in UTC of the written day.
  test('formatDay and formatMonth', () => {
    expect(formatDay('2024-03-14')).toBe('14 March 2024');
    expect(formatDay('2024-01-01', 'EEEE d MMMM yyyy')).toBe('Monday 1 January 2024');
    expect(formatMonth('2019-12')).toBe('December 2019');
  });

  test('a date-time keeps its own offset in the dateline', () => {
    expect(formatDateline(parseArticleDate('2019-12-31T23:30:00-08:00')!)).toBe('31 December 2019, 23:30 (UTC−08:00)');
    expect(formatDateline(parseArticleDate('2021-06-01T09:00:00Z')!)).toBe('1 June 2021, 09:00 (UTC)');
    expect(formatDateline(parseArticleDate('2021-06-01')!)).toBe('1 June 2021');
  });

  test('a language’s words join the day, the time and the zone', () => {
    const words = {
      dateTime: ({ day, time, zone }: { day: string; time: string; zone: string }) => `${day}، ${time} (${zone})`,
      zone: (offset: string) => `غرينتش${offset}`,
    };
    expect(formatDateline(parseArticleDate('2019-12-31T23:30:00-08:00')!, 'yyyy-MM-dd', undefined, words)).toBe(
      '2019-12-31، 23:30 (غرينتش−08:00)',
    );
    expect(formatDateline(parseArticleDate('2021-06-01T09:00:00+00:00')!, 'yyyy-MM-dd', undefined, words)).toBe(
      '2021-06-01، 09:00 (غرينتش)',
    );
  });
});

describe('years before 100', () => {
  test('stay themselves (Date.UTC alone maps them to the 1900s)', () => {
    expect(parseArticleDate('0050-01-01')?.timestamp).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(formatDay('0050-01-01', 'yyyy-MM-dd')).toBe('0050-01-01');
    expect(daysInMonth(0, 2)).toBe(29);
    expect(parseArticleDate('0000-02-29')?.day).toBe('0000-02-29');
  });

  test('year 0000 shows as written, not as 1 BC', () => {
    expect(formatDay('0000-01-01')).toBe('1 January 0000');
    expect(formatMonth('0000-02')).toBe('February 0000');
    expect(formatDay('0000-02-29', 'EEEE d MMMM yyyy')).toMatch(/ 29 February 0000$/);
  });
});

describe('day forms and keys', () => {
  test.each([
    ['2020-01-01', 'January 1, 2020', '2020/01/01/'],
    ['2024-02-29', 'February 29, 2024', '2024/02/29/'],
    ['0050-12-31', 'December 31, 0050', '0050/12/31/'],
  ])('%s: Chicago %j, RIS %j', (day, chicago, ris) => {
    expect(chicagoDay(day)).toBe(chicago);
    expect(chicagoDay(day)).toBe(formatDay(day, 'MMMM d, yyyy'));
    expect(risDay(day)).toBe(ris);
  });

  test('the MM-DD key and the UTC day of an instant', () => {
    expect(monthDayKey(2, 9)).toBe('02-09');
    expect(monthDayKey(12, 31)).toBe('12-31');
    expect(utcDayOf(new Date('2024-03-14T23:00:00-05:00'))).toBe('2024-03-15');
  });
});

describe('shownUpdate: an update the reader can tell from the publication', () => {
  const at = (written: string) => parseArticleDate(written)!;
  const enDateline = (date: ReturnType<typeof at>) => formatDateline(date);
  test.each([
    ['seconds later, the same minute shown', '2016-01-28T17:07:00+01:00', '2016-01-28T17:07:42+01:00', false],
    ['an hour later', '2016-01-28T17:07:00+01:00', '2016-01-28T18:15:00+01:00', true],
    ['a later day, without times', '2016-01-28', '2016-01-30', true],
    ['the same day, without times', '2016-01-28', '2016-01-28', false],
    ['earlier than the publication', '2016-01-28T17:07:00+01:00', '2016-01-27T09:00:00+01:00', false],
  ])('%s', (_, published, updated, shown) => {
    expect(shownUpdate(at(published), at(updated), enDateline) !== undefined).toBe(shown);
  });
  test('no update, nothing shown', () => {
    expect(shownUpdate(at('2016-01-28'), undefined, enDateline)).toBeUndefined();
  });
});

test('missingDay says why a date written as YYYY-MM-DD names no day', () => {
  expect(missingDay('2024-02-31')).toBe('February 2024 has 29 days');
  expect(missingDay('2023-02-29T10:00:00+01:00')).toBe('February 2023 has 28 days');
  expect(missingDay('2024-13-01')).toBe('there is no month 13');
  expect(missingDay('2024-02-29')).toBeUndefined();
  expect(missingDay('14 Juli 2023')).toBeUndefined();
});
