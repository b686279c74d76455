/**
 * Month and weekday names in the world's languages, as the platform's own
 * locale data (Intl, from Unicode CLDR) writes them, and the calendars they
 * belong to: the Gregorian months of Turkish, Greek, Hungarian, Persian,
 * Hebrew, Indonesian… ("6 Şubat 2023", "6 Φεβρουαρίου 2023"), the Solar Hijri
 * months of Iran and Afghanistan ("۸ بهمن ۱۴۰۱", "۸ دلو ۱۴۰۱") and Thai months,
 * whose years papers count from the Buddha ("6 กุมภาพันธ์ 2566"). Read by
 * written-dates.ts after its own table, which knows spellings CLDR does not.
 */
import { fromBuddhistEra, utcDay } from './dates.ts';
import { withoutAccents } from './accents.ts';

/** The calendars a written date is read in: its day is always given back as a Gregorian one. */
export type WrittenCalendar = 'gregory' | 'persian' | 'buddhist';

/** A month a name gives: 1–12 of its calendar. */
export interface NamedMonth {
  month: number;
  calendar: WrittenCalendar;
}

// Languages of news whose month names CLDR holds, as locale tags. Vietnamese, Chinese, Japanese and Korean write months
// as numbers ("tháng 2", 2月) and are read by written-dates.ts's patterns; Persian twice, for the Gregorian months
// Iranian papers print for foreign news and the Solar Hijri ones of their own dates.
const DATE_LOCALES: readonly string[] = [
  ...['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'ru', 'uk', 'be', 'bg', 'mk', 'sr', 'sr-Latn'],
  ...['hr', 'bs', 'sl', 'hu', 'ro', 'el', 'tr', 'az', 'sv', 'da', 'nb', 'nn', 'fi', 'et', 'lv', 'lt', 'is', 'ga'],
  ...['cy', 'ca', 'eu', 'gl', 'sq', 'ka', 'hy', 'kk', 'uz', 'ky', 'mn', 'he', 'ar', 'fa-u-ca-gregory', 'ur', 'hi'],
  ...['mr', 'ne', 'bn', 'pa', 'gu', 'ta', 'te', 'kn', 'ml', 'si', 'id', 'ms', 'fil', 'sw', 'af', 'am', 'ha', 'yo'],
  ...['zu', 'so', 'ku', 'ckb', 'my', 'km', 'lo'],
];
const SOLAR_HIJRI_LOCALES: readonly string[] = ['fa', 'fa-AF', 'ps'];
const BUDDHIST_LOCALES: readonly string[] = ['th'];

const SAMPLE_YEAR = 2023;
const DAY_MS = 86_400_000;

/** Lower case, in NFC, as month names are compared. */
export function nameKey(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

// Variants people type: Greek capitals drop their accents (ΦΕΒΡΟΥΑΡΙΟΥ), Turkish and Romanian set without their
// letters (Subat, Ianuarie), Dari's سنبلهٔ written without its hamza. Only the marks, never a letter.
function typedVariants(name: string): string[] {
  const bare = withoutAccents(name);
  return bare === name ? [name] : [name, bare];
}

// How a month is written: in a date, alone, before a year (Greek "Μάρτιος 2024", where alone gives "Μαρτίου");
// abbreviated in a date, alone.
const MONTH_FORMS = [
  { day: 'numeric', month: 'long' },
  { month: 'long' },
  { month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short' },
  { month: 'short' },
] as const;
const WHOLE_FORMS = 3;

/**
 * A name as written, as a month or weekday name: Catalan's "de gener" is "gener", a final stop goes (looked up
 * without it). None when written with digits (1월, thg 2), or a Latin whole name of less than three letters. A
 * whole name in another script counts whatever its length, as it is the word its language has for the month:
 * Bengali মে and Tamil மே (May) are one letter and its vowel sign. An abbreviation counts only with four letters
 * ("szept", "márc") or marked as one inside (ก.พ., ינו׳): the shorter ones are words of other languages ("des",
 * "lun", "tem", "sat", "to", "car"), and this table's own abbreviations (written-dates.ts) cover the languages it
 * holds.
 */
function calendarName(written: string | undefined, abbreviated: boolean): string | undefined {
  const name = written
    ?.trim()
    // The word "de" and its space, never the letters: Indonesian, Norwegian and Icelandic "desember" begins with them.
    .replace(/^(?:de\s+|d[’']\s*)/i, '')
    .replace(/\.$/, '');
  if (!name || /\d/.test(name)) return undefined;
  const letters = name.match(/\p{L}/gu)?.length ?? 0;
  if (abbreviated) return letters >= 4 || (letters >= 2 && /[^\p{L}\p{M}]/u.test(name)) ? name : undefined;
  return letters >= 3 || (letters >= 1 && !/\p{Script=Latin}/u.test(name)) ? name : undefined;
}

/** The month each name gives, names that two months or calendars share left out as ambiguous. */
function buildMonthNames(): ReadonlyMap<string, NamedMonth> {
  const found = new Map<string, NamedMonth | null>();
  const file = (name: string, month: NamedMonth) => {
    const earlier = found.get(name);
    if (earlier === undefined) found.set(name, month);
    else if (earlier && (earlier.month !== month.month || earlier.calendar !== month.calendar)) found.set(name, null);
  };
  const add = (locales: readonly string[], calendar: WrittenCalendar) => {
    for (const locale of locales) {
      const ownNumber = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'numeric', numberingSystem: 'latn' });
      const forms = MONTH_FORMS.map((form) => new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' }));
      // The 15th of each Gregorian month falls in a different month of the locale's calendar (a Solar Hijri year
      // starts in March): the name is filed under that month's own number.
      for (let index = 0; index < 12; index++) {
        const when = Date.UTC(SAMPLE_YEAR, index, 15);
        const month = Number(monthPart(ownNumber, when));
        // Whole names also as typed without their marks; abbreviations only as written.
        const names = forms.flatMap((form, at) => {
          const name = calendarName(monthPart(form, when), at >= WHOLE_FORMS);
          return !name ? [] : at < WHOLE_FORMS ? typedVariants(name) : [name];
        });
        // Hebrew writes the month after ב ("in"): 6 בפברואר 2023.
        if (locale === 'he') names.push(...names.map((name) => `ב${name}`));
        for (const name of names) file(nameKey(name), { month, calendar });
      }
    }
  };
  add(DATE_LOCALES, 'gregory');
  add(SOLAR_HIJRI_LOCALES, 'persian');
  add(BUDDHIST_LOCALES, 'buddhist');
  const names = new Map<string, NamedMonth>();
  for (const [name, month] of found) if (month) names.set(name, month);
  return names;
}

function monthPart(format: Intl.DateTimeFormat, when: number): string | undefined {
  return format.formatToParts(when).find((part) => part.type === 'month')?.value;
}

function buildWeekdayNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const locale of [...DATE_LOCALES, ...SOLAR_HIJRI_LOCALES, ...BUDDHIST_LOCALES]) {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      // 2 January 2023 was a Monday: a week from it.
      for (let day = 2; day <= 8; day++) {
        // Hungarian abbreviates Monday to "H": calendarName keeps no such letter, nor "Sat" or "Car".
        const name = calendarName(format.format(Date.UTC(SAMPLE_YEAR, 0, day)), weekday === 'short');
        if (!name) continue;
        for (const variant of weekday === 'long' ? typedVariants(name) : [name]) names.add(nameKey(variant));
      }
    }
  }
  return names;
}

let monthNames: ReadonlyMap<string, NamedMonth> | undefined;
let weekdayNames: ReadonlySet<string> | undefined;

/**
 * The month a whole name gives in the locale data (not an abbreviation of
 * one: written-dates.ts reads those from its own table), or undefined.
 * @example worldMonth('Şubat') // { month: 2, calendar: 'gregory' }
 * @example worldMonth('بهمن') // { month: 11, calendar: 'persian' }
 */
export function worldMonth(word: string): NamedMonth | undefined {
  monthNames ??= buildMonthNames();
  const key = nameKey(word).replace(/\.$/, '');
  // Typed with other marks than the locale data's (Greek capitals keep the diaeresis, ΜΑΪΟΥ, and drop the accent):
  // the whole names are held without their marks too (typedVariants).
  return monthNames.get(key) ?? monthNames.get(withoutAccents(key));
}

/** Every month name of the locale data, for patterns that must know the short and the unusual ones. */
export function worldMonthNames(): string[] {
  monthNames ??= buildMonthNames();
  return [...monthNames.keys()];
}

/**
 * Whether a word is a weekday's name, whole or abbreviated, in the locale data.
 * @example isWorldWeekday('Pazartesi') // true
 */
export function isWorldWeekday(word: string): boolean {
  weekdayNames ??= buildWeekdayNames();
  return weekdayNames.has(nameKey(word).replace(/\.$/, ''));
}

// Nowruz, the Solar Hijri year's first day, falls on 19–22 March of the Gregorian year 621 later.
const PERSIAN_PARTS = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function persianParts(time: number): { year: number; month: number; day: number } {
  const parts = PERSIAN_PARTS.formatToParts(time);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * Whether a year in figures may be one of the Solar Hijri calendar an archive's dates are written in: 1300 (1921) to
 * 1499 (2120), years no archive of news dates its articles in as Christian ones. (A lunar Hijri year, 1445, is in the
 * same span: what else is written tells them apart.)
 * @example isSolarHijriYear(1403) // true
 * @example isSolarHijriYear(2024) // false
 */
export function isSolarHijriYear(year: number): boolean {
  return year >= 1300 && year <= 1499;
}

/**
 * The Gregorian day (`YYYY-MM-DD`) of a day of a calendar, undefined when that
 * day does not exist (30 Esfand of a common year). A Thai year above 2300 is
 * counted from the Buddha (543 before the Christian era); a lower one is a
 * Christian year, as Thai papers also print.
 * @example gregorianDay('persian', 1401, 11, 8) // '2023-01-28'
 * @example gregorianDay('buddhist', 2566, 2, 6) // '2023-02-06'
 */
export function gregorianDay(calendar: WrittenCalendar, year: number, month: number, day: number): string | undefined {
  if (calendar === 'gregory') return isoDay(year, month, day);
  if (calendar === 'buddhist') return isoDay(fromBuddhistEra(year), month, day);
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return undefined;
  let nowruz: number | undefined;
  for (let march = 19; march <= 22 && nowruz === undefined; march++) {
    const time = utcDay(year + 621, 3, march);
    const parts = persianParts(time);
    if (parts.month === 1 && parts.day === 1) nowruz = time;
  }
  if (nowruz === undefined) return undefined;
  const dayOfYear = (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const time = nowruz + dayOfYear * DAY_MS;
  const back = persianParts(time);
  if (back.year !== year || back.month !== month || back.day !== day) return undefined;
  return new Date(time).toISOString().slice(0, 10);
}

function isoDay(year: number, month: number, day: number): string | undefined {
  const time = utcDay(year, month, day);
  const date = new Date(time);
  if (date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
