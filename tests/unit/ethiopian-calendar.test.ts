// Dates as Ethiopian papers write them: in the Ethiopian calendar (thirteen months, years 7 or 8 behind the
// Christian ones), in Amharic's spellings and sometimes in Ethiopic numerals, read as the Gregorian day they are,
// by the importer and by the search page's date fields.
import { describe, expect, test } from 'vitest';
import { ethiopicNumerals } from '../../src/lib/digits.ts';
import { amharicSpelling, hasAmharicVariants, writesAmharic } from '../../src/lib/ethiopic-letters.ts';
import { gregorianDay, withoutEthiopianYearMark, worldMonth } from '../../src/lib/world-calendars.ts';
import { monthNumber, onlyDateWords, writtenDate } from '../../src/lib/written-dates.ts';
import { parseDateBound } from '../../src/search/date-range.ts';

describe('the Ethiopian calendar', () => {
  test('its days are the Gregorian days the platform’s own calendar data gives', () => {
    // 1 Meskerem 2016 was 12 September 2023 (2024 being a leap year), 1 Meskerem 2017 11 September 2024.
    expect(gregorianDay('ethiopic', 2016, 1, 1)).toBe('2023-09-12');
    expect(gregorianDay('ethiopic', 2017, 1, 1)).toBe('2024-09-11');
    // Timket, 11 Tir, falls on 19 January, or the 20th in the year before a Gregorian leap year.
    expect(gregorianDay('ethiopic', 2016, 5, 11)).toBe('2024-01-20');
    expect(gregorianDay('ethiopic', 2017, 5, 11)).toBe('2025-01-19');
    // The thirteenth month, Pagume, has six days before a Gregorian leap year and five otherwise.
    expect(gregorianDay('ethiopic', 2015, 13, 6)).toBe('2023-09-11');
    expect(gregorianDay('ethiopic', 2016, 13, 6)).toBeUndefined();
    expect(gregorianDay('ethiopic', 2016, 12, 31)).toBeUndefined();
    expect(gregorianDay('ethiopic', 2016, 14, 1)).toBeUndefined();
  });

  test('its months are named in Amharic and Tigrinya, in each spelling their letters allow', () => {
    expect(worldMonth('ጥር')).toEqual({ month: 5, calendar: 'ethiopic' });
    expect(worldMonth('ጥሪ')).toEqual({ month: 5, calendar: 'ethiopic' });
    expect(worldMonth('መስከረም')).toEqual({ month: 1, calendar: 'ethiopic' });
    for (const spelling of ['ታኅሣሥ', 'ታህሳስ', 'ታሕሳስ'])
      expect(worldMonth(spelling), spelling).toEqual({ month: 4, calendar: 'ethiopic' });
    for (const spelling of ['ሚያዝያ', 'ሚያዚያ']) expect(worldMonth(spelling)).toEqual({ month: 8, calendar: 'ethiopic' });
    for (const spelling of ['ጳጉሜን', 'ጳጉሜ']) expect(worldMonth(spelling)).toEqual({ month: 13, calendar: 'ethiopic' });
    // Amharic also names the Gregorian months, for the world's news.
    expect(worldMonth('ጃንዋሪ')).toEqual({ month: 1, calendar: 'gregory' });
    // An Ethiopian month is no Gregorian month: its days fall in two of them.
    expect(monthNumber('ጥር')).toBeUndefined();
    expect(monthNumber('ጃንዋሪ')).toBe(1);
  });

  test('Ethiopic numerals add up as written: tens and units before a hundred multiply it', () => {
    expect(ethiopicNumerals('፲፪')).toBe('12');
    expect(ethiopicNumerals('፳፻፲፭')).toBe('2015');
    expect(ethiopicNumerals('፲፱፻፹፯ ዓ.ም')).toBe('1987 ዓ.ም');
    expect(ethiopicNumerals('፻')).toBe('100');
    expect(ethiopicNumerals('no numerals, 12')).toBe('no numerals, 12');
  });
});

describe('writtenDate: an Ethiopian paper’s date line', () => {
  test.each([
    ['ጥር 12 ቀን 2016 ዓ.ም', '2024-01-21'],
    ['መስከረም 1 ቀን 2017 ዓ.ም.', '2024-09-11'],
    ['ሰኞ፣ ጥር 13 ቀን 2016 ዓ.ም', '2024-01-22'],
    ['ጳጉሜን 3 ቀን 2015 ዓ.ም', '2023-09-08'],
    ['ሐምሌ ፲፪ ቀን ፳፻፲፭ ዓ.ም', '2023-07-19'],
    ['ግንቦት 28/2016 ዓ.ም', '2024-06-05'],
    ['ታህሳስ 5 ቀን 2016 ዓ/ም', '2023-12-15'],
    // In figures, day first, marked as the Ethiopian calendar's.
    ['12/5/2016 ዓ.ም', '2024-01-21'],
    ['12.5.2016 ዓ.ም', '2024-01-21'],
    ['30/5/2016 E.C.', '2024-02-08'],
    // A Gregorian date written in Amharic, with the word for day or the mark of the Gregorian calendar; in Oromo.
    ['Amajjii 24, 2024', '2024-01-24'],
    ['24 Onkoloolessa 2024', '2024-10-24'],
    ['ጃንዋሪ 30 ቀን 2024', '2024-01-30'],
    ['እ.ኤ.አ. ጃንዋሪ 30, 2024', '2024-01-30'],
  ])('%s is %s', (line, day) => {
    expect(writtenDate(line, { slashed: 'day-first' })).toBe(day);
    expect(onlyDateWords(line), 'a date line, nothing else').toBe(true);
  });

  test('figures without the mark are a Gregorian date, and a day the calendar does not have is none', () => {
    expect(writtenDate('12/5/2016', { slashed: 'day-first' })).toBe('2016-05-12');
    expect(writtenDate('6/13/2016 ዓ.ም', { slashed: 'day-first' })).toBeUndefined();
    expect(onlyDateWords('ጥር 12 ቀን ስብሰባ ተካሄደ')).toBe(false);
  });
});

describe('parseDateBound: an Ethiopian reader’s date in the search form', () => {
  test.each([
    ['ጥር 2016', 'from', { year: 2024, month: 1, day: 10 }],
    ['ጥር 2016', 'to', { year: 2024, month: 2, day: 8 }],
    ['2016 ዓ.ም', 'from', { year: 2023, month: 9, day: 12 }],
    ['2016 ዓ.ም', 'to', { year: 2024, month: 9, day: 10 }],
    ['12/5/2016 ዓ.ም', 'from', { year: 2024, month: 1, day: 21 }],
    ['ጥር 12 ቀን 2016 ዓ.ም', 'from', { year: 2024, month: 1, day: 21 }],
    ['ጳጉሜን 2015', 'to', { year: 2023, month: 9, day: 11 }],
  ] as const)('%s, %s: %j', (text, side, bound) => {
    expect(parseDateBound(text, 'am', side)).toEqual(bound);
  });

  test('a year without the mark is a Gregorian one', () => {
    expect(parseDateBound('2016', 'am')).toEqual({ year: 2016 });
    expect(withoutEthiopianYearMark('2016')).toBeUndefined();
  });
});

describe('Amharic’s letters that sound alike', () => {
  test('are written one way, letter for letter', () => {
    expect(amharicSpelling('ሥራ')).toBe('ስራ');
    expect(amharicSpelling('ሃገር')).toBe('ሀገር');
    expect(amharicSpelling('ዓመት')).toBe('አመት');
    expect(amharicSpelling('ሕጻናት')).toBe('ህጻናት');
    expect(amharicSpelling('ፀሐይ')).toBe('ጸሀይ');
    expect(amharicSpelling('መርካቶ')).toBe('መርካቶ');
    expect(hasAmharicVariants('ሥራ')).toBe(true);
    expect(hasAmharicVariants('መርካቶ')).toBe(false);
  });

  test('only in Amharic: Tigrinya tells them apart', () => {
    expect(writesAmharic('am')).toBe(true);
    expect(writesAmharic('am-ET')).toBe(true);
    expect(writesAmharic('ti')).toBe(false);
    expect(writesAmharic(undefined)).toBe(false);
  });
});
