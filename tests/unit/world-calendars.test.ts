// Month names and calendars of the locale data, as the importer reads written dates with them.
import { expect, test } from 'vitest';
import { gregorianDay, isWorldWeekday, languageMonth, worldMonth } from '../../src/lib/world-calendars.ts';

test('Solar Hijri days become the Gregorian days history records', () => {
  // 22 Bahman 1357: 11 February 1979. Nowruz (1 Farvardin) on 20 March 2024 and 21 March 2025.
  expect(gregorianDay('persian', 1357, 11, 22)).toBe('1979-02-11');
  expect(gregorianDay('persian', 1403, 1, 1)).toBe('2024-03-20');
  expect(gregorianDay('persian', 1404, 1, 1)).toBe('2025-03-21');
  // The first six months have 31 days, the next five 30, Esfand 29 or 30.
  expect(gregorianDay('persian', 1402, 6, 31)).toBe('2023-09-22');
  expect(gregorianDay('persian', 1402, 7, 31)).toBeUndefined();
  expect(gregorianDay('persian', 1402, 13, 1)).toBeUndefined();
});

test('Thai years above 2300 count from the Buddha; Gregorian days that do not exist are refused', () => {
  expect(gregorianDay('buddhist', 2566, 2, 6)).toBe('2023-02-06');
  expect(gregorianDay('buddhist', 2023, 2, 6)).toBe('2023-02-06');
  expect(gregorianDay('gregory', 2023, 2, 29)).toBeUndefined();
  expect(gregorianDay('gregory', 2024, 2, 29)).toBe('2024-02-29');
});

test('names are found in any case and as typed without their marks; a name two months share is none', () => {
  expect(worldMonth('ŞUBAT')).toEqual({ month: 2, calendar: 'gregory' });
  expect(worldMonth('Ekim')).toEqual({ month: 10, calendar: 'gregory' });
  expect(worldMonth('مهر')).toEqual({ month: 7, calendar: 'persian' });
  expect(worldMonth('ژوئیه')).toEqual({ month: 7, calendar: 'gregory' });
  // Croatian listopad is October, Polish and Czech listopad November.
  expect(worldMonth('listopad')).toBeUndefined();
  expect(worldMonth('council')).toBeUndefined();
  expect(isWorldWeekday('Çarşamba')).toBe(true);
  expect(isWorldWeekday('Carsamba')).toBe(true);
  expect(isWorldWeekday('Belediye')).toBe(false);
});

test('a month whose name begins with "de" is read: December in Indonesian, Norwegian, Icelandic, Swahili, Romanian', () => {
  for (const name of ['Desember', 'desember', 'Desemba', 'decembrie'])
    expect(worldMonth(name), name).toEqual({ month: 12, calendar: 'gregory' });
  // Catalan's "de" before a month is still no part of its name.
  expect(worldMonth('desembre')).toEqual({ month: 12, calendar: 'gregory' });
});

test('a whole month name outside Latin letters counts however short: May is one letter and its vowel sign', () => {
  for (const name of ['মে', 'மே', 'मे', 'మే', 'ಮೇ', 'મે'])
    expect(worldMonth(name), name).toEqual({ month: 5, calendar: 'gregory' });
  // Abbreviations still need four letters: Tamil's ஜன. (January) is a word's start, no month.
  expect(worldMonth('ஜன.')).toBeUndefined();
});

test("where the text's language is known, its own month names decide what a name two languages share means", () => {
  // Croatian names its months after nature: listopad (leaves falling) is October, studeni November; Polish, Czech and
  // Ukrainian call November so.
  expect(languageMonth('listopada', 'hr')).toEqual({ month: 10, calendar: 'gregory' });
  expect(languageMonth('Listopad', 'hr-HR')).toEqual({ month: 10, calendar: 'gregory' });
  expect(languageMonth('studenoga', 'hr')).toEqual({ month: 11, calendar: 'gregory' });
  expect(languageMonth('listopada', 'pl')).toEqual({ month: 11, calendar: 'gregory' });
  expect(languageMonth('listopadu', 'cs')).toEqual({ month: 11, calendar: 'gregory' });
  // Croatian srpanj is July, Czech srpen August.
  expect(languageMonth('srpnja', 'hr')).toEqual({ month: 7, calendar: 'gregory' });
  expect(languageMonth('srpna', 'cs')).toEqual({ month: 8, calendar: 'gregory' });
  // Serbian in Latin letters by its script's tag, with a region.
  expect(languageMonth('avgust', 'sr-Latn-RS')).toEqual({ month: 8, calendar: 'gregory' });
  // A word the language does not name a month with, or a language outside the locale data: none, for the table of
  // every language to read.
  expect(languageMonth('listopada', 'en')).toBeUndefined();
  expect(languageMonth('listopada', 'tlh')).toBeUndefined();
});
