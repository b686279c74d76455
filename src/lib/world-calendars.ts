/**
 * Month and weekday names in the world's languages, as the platform's own
 * locale data (Intl, from Unicode CLDR) writes them, and the calendars they
 * belong to: the Gregorian months of Turkish, Greek, Hungarian, Persian,
 * Hebrew, Indonesian… ("6 Şubat 2023", "6 Φεβρουαρίου 2023"), the Solar Hijri
 * months of Iran and Afghanistan ("۸ بهمن ۱۴۰۱", "۸ دلو ۱۴۰۱"), Thai months,
 * whose years papers count from the Buddha ("6 กุมภาพันธ์ 2566"), and the
 * Ethiopian calendar's thirteen, in Amharic and Tigrinya ("ጥር 12 ቀን 2016"). Read by
 * written-dates.ts after its own table, which knows spellings CLDR does not.
 */
import { fromBuddhistEra, utcDay } from './dates.ts';
import { withoutAccents } from './accents.ts';
import { amharicSpelling } from './ethiopic-letters.ts';

/** The calendars a written date is read in: its day is always given back as a Gregorian one. */
export type WrittenCalendar = 'gregory' | 'persian' | 'buddhist' | 'ethiopic';

/** A month a name gives: 1–12 of its calendar (1–13 of the Ethiopian one, whose first is መስከረም, from 11 September). */
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
  ...['zu', 'so', 'om', 'ku', 'ckb', 'my', 'km', 'lo'],
  // North Africa: Algeria's and Tunisia's Arabic months (جانفي, أفريل, جويلية, أوت) and Morocco's (يوليوز, غشت,
  // شتنبر), and Tamazight's, in Latin letters (Kabyle, Central Atlas: Yennayer, Meɣres, Yebrir) and Tifinagh.
  ...['ar-DZ', 'ar-MA', 'kab', 'tzm', 'zgh', 'shi'],
  // Afghanistan's Persian names of the Christian months (فبروری, می, جولای, سپتمبر), which Iran's are not.
  'fa-AF-u-ca-gregory',
];
const SOLAR_HIJRI_LOCALES: readonly string[] = ['fa', 'fa-AF', 'ps'];
const BUDDHIST_LOCALES: readonly string[] = ['th'];
// Ethiopia's and Eritrea's own calendar, in which their papers date their news: twelve months of thirty days and
// ጳጉሜን, of five or six, its years 7 or 8 behind the Christian ones (2016 began on 12 September 2023).
const ETHIOPIC_LOCALES: readonly string[] = ['am-u-ca-ethiopic', 'ti-u-ca-ethiopic'];

const SAMPLE_YEAR = 2023;
const DAY_MS = 86_400_000;

/** Lower case, in NFC, as month names are compared. */
export function nameKey(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

// Variants people type: Greek capitals drop their accents (ΦΕΒΡΟΥΑΡΙΟΥ), Turkish and Romanian set without their
// letters (Subat, Ianuarie), Dari's سنبلهٔ written without its hamza, Persian's ی and ک typed as Arabic's ي and ك. Only the marks, never a letter; but Amharic's
// months in the spelling of its letters that sound alike (ታኅሣሥ and ታህሳስ, ኅዳር and ህዳር), each of them common.
function typedVariants(name: string): string[] {
  const bare = amharicSpelling(withoutAccents(name));
  // Persian's and Pashto's ی and ک as an Arabic keyboard types them (شهريور, ميزان), as many Iranian sites long did.
  const arabicKeyboard = name.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك');
  return [...new Set([name, bare, arabicKeyboard])];
}

/** Spellings of the Ethiopian months that are more than letters alike: ሚያዚያ beside ሚያዝያ, ጳጉሜ beside ጳጉሜን. */
const ETHIOPIC_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ሚያዝያ', ['ሚያዚያ']],
  ['ጳጉሜን', ['ጳጉሜ']],
]);

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

/** The month each name gives, in the locales given, names that two months or calendars share left out as ambiguous. */
function buildMonthNames(locales: readonly (readonly [string, WrittenCalendar])[]): ReadonlyMap<string, NamedMonth> {
  const found = new Map<string, NamedMonth | null>();
  const file = (name: string, month: NamedMonth) => {
    const earlier = found.get(name);
    if (earlier === undefined) found.set(name, month);
    else if (earlier && (earlier.month !== month.month || earlier.calendar !== month.calendar)) found.set(name, null);
  };
  for (const [locale, calendar] of locales) {
    const ownNumber = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'numeric', numberingSystem: 'latn' });
    const forms = MONTH_FORMS.map((form) => new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' }));
    // The 15th of each Gregorian month falls in a different month of the locale's calendar (a Solar Hijri year
    // starts in March): the name is filed under that month's own number.
    // The 15th of each Gregorian month, and 8 September, in the Ethiopian calendar's thirteenth month.
    for (let index = 0; index < 13; index++) {
      if (index === 12 && calendar !== 'ethiopic') break;
      const when = index === 12 ? Date.UTC(SAMPLE_YEAR, 8, 8) : Date.UTC(SAMPLE_YEAR, index, 15);
      const month = Number(monthPart(ownNumber, when));
      // Whole names also as typed without their marks; abbreviations only as written.
      const names = forms.flatMap((form, at) => {
        const name = calendarName(monthPart(form, when), at >= WHOLE_FORMS);
        return !name ? [] : at < WHOLE_FORMS ? typedVariants(name) : [name];
      });
      // Hebrew writes the month after ב ("in"): 6 בפברואר 2023.
      if (locale === 'he') names.push(...names.map((name) => `ב${name}`));
      names.push(...names.flatMap((name) => ETHIOPIC_SPELLINGS.get(name) ?? []));
      for (const name of names) file(nameKey(name), { month, calendar });
    }
  }
  const names = new Map<string, NamedMonth>();
  for (const [name, month] of found) if (month) names.set(name, month);
  return names;
}

/** Every locale whose months are read, with its calendar. */
const ALL_LOCALES: readonly (readonly [string, WrittenCalendar])[] = [
  ...DATE_LOCALES.map((locale) => [locale, 'gregory'] as const),
  ...SOLAR_HIJRI_LOCALES.map((locale) => [locale, 'persian'] as const),
  ...BUDDHIST_LOCALES.map((locale) => [locale, 'buddhist'] as const),
  ...ETHIOPIC_LOCALES.map((locale) => [locale, 'ethiopic'] as const),
];

function monthPart(format: Intl.DateTimeFormat, when: number): string | undefined {
  return format.formatToParts(when).find((part) => part.type === 'month')?.value;
}

function buildWeekdayNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const locale of [...DATE_LOCALES, ...SOLAR_HIJRI_LOCALES, ...BUDDHIST_LOCALES, ...ETHIOPIC_LOCALES]) {
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
  monthNames ??= buildMonthNames(ALL_LOCALES);
  const key = nameKey(word).replace(/\.$/, '');
  // Typed with other marks than the locale data's (Greek capitals keep the diaeresis, ΜΑΪΟΥ, and drop the accent):
  // the whole names are held without their marks too (typedVariants).
  return monthNames.get(key) ?? monthNames.get(amharicSpelling(withoutAccents(key)));
}

const languageMonthNames = new Map<string, ReadonlyMap<string, NamedMonth>>();

/**
 * The Gregorian locale of DATE_LOCALES a language tag is written in: the tag itself, its language and script, or its
 * language (sr-Latn-RS is sr-Latn, hr-HR is hr); none for a language outside them or of another calendar's months.
 */
function dateLocaleOf(lang: string): string | undefined {
  const parts = lang.replace(/_/g, '-').toLowerCase().split('-');
  const script = parts[1] && /^[a-z]{4}$/.test(parts[1]) ? `${parts[0]}-${parts[1]}` : undefined;
  const known = (tag: string | undefined) => DATE_LOCALES.find((locale) => locale.toLowerCase() === tag);
  return known(parts.join('-')) ?? known(script) ?? known(parts[0]);
}

/**
 * The month a whole name gives in one language's own locale data, where the text's language is known: the same
 * word names different months in different languages (Croatian "listopada" is October, Polish and Czech write
 * November so), and the table of every language leaves such a word to whichever it holds first, or out.
 * @example languageMonth('listopada', 'hr') // { month: 10, calendar: 'gregory' }
 * @example languageMonth('listopada', 'pl') // { month: 11, calendar: 'gregory' }
 */
export function languageMonth(word: string, lang: string): NamedMonth | undefined {
  const locale = dateLocaleOf(lang);
  if (!locale) return undefined;
  let names = languageMonthNames.get(locale);
  if (!names) {
    names = buildMonthNames([[locale, 'gregory']]);
    languageMonthNames.set(locale, names);
  }
  const key = nameKey(word).replace(/\.$/, '');
  return names.get(key) ?? names.get(withoutAccents(key));
}

/** Every month name of the locale data, for patterns that must know the short and the unusual ones. */
export function worldMonthNames(): string[] {
  monthNames ??= buildMonthNames(ALL_LOCALES);
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

const PERSIAN_PARTS = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

const ETHIOPIC_PARTS = new Intl.DateTimeFormat('en-u-ca-ethiopic-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function calendarParts(format: Intl.DateTimeFormat, time: number): { year: number; month: number; day: number } {
  const parts = format.formatToParts(time);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * The mark of the Ethiopian calendar's years after a date, as Ethiopian papers write it: ዓ.ም (ዓመተ ምሕረት, "year of
 * mercy"), ዓ/ም, or "E.C." in English (Ethiopian calendar); read in the one spelling of Amharic's letters that sound
 * alike, so also አ.ም. Without it, a date in figures is a Gregorian one: Ethiopian papers date the world's news in it too.
 */
export const ETHIOPIAN_YEAR_MARK = /^\s*(?:አ\s?[./]\s?ም\.?|አመተ\s+ምህረት|E\.\s?C\.)(?![\p{L}\p{M}])/u;

/**
 * A date with the Ethiopian calendar's year mark after it (ETHIOPIAN_YEAR_MARK), without the mark; undefined when it
 * has none.
 * @example withoutEthiopianYearMark('12/5/2016 ዓ.ም') // '12/5/2016'
 */
export function withoutEthiopianYearMark(text: string): string | undefined {
  const mark = new RegExp(`${ETHIOPIAN_YEAR_MARK.source.slice(1)}\\s*$`, 'u').exec(amharicSpelling(text));
  return mark ? text.slice(0, mark.index).trim() : undefined;
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
 * day does not exist (30 Esfand of a common year, 6 Pagume of one). A Thai year above 2300 is
 * counted from the Buddha (543 before the Christian era); a lower one is a
 * Christian year, as Thai papers also print.
 * @example gregorianDay('persian', 1401, 11, 8) // '2023-01-28'
 * @example gregorianDay('buddhist', 2566, 2, 6) // '2023-02-06'
 * @example gregorianDay('ethiopic', 2016, 5, 12) // '2024-01-21'
 */
export function gregorianDay(calendar: WrittenCalendar, year: number, month: number, day: number): string | undefined {
  if (calendar === 'gregory') return isoDay(year, month, day);
  if (calendar === 'buddhist') return isoDay(fromBuddhistEra(year), month, day);
  if (calendar === 'ethiopic') {
    if (month < 1 || month > 13 || day < 1 || day > (month <= 12 ? 30 : 6)) return undefined;
    // Its year begins on 11 September, or the 12th before a Gregorian leap year.
    return dayOfCalendar(ETHIOPIC_PARTS, utcDay(year + 7, 9, 10), 4, year, month, day, (month - 1) * 30 + day - 1);
  }
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return undefined;
  // Nowruz, its first day, falls on 19–22 March of the Gregorian year 621 later.
  const dayOfYear = (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  return dayOfCalendar(PERSIAN_PARTS, utcDay(year + 621, 3, 19), 4, year, month, day, dayOfYear);
}

/**
 * The Gregorian day of a calendar's day, from the span of `days` days from `from` in which its year begins, checked
 * against the platform's own reading of that calendar (`format`).
 */
function dayOfCalendar(
  format: Intl.DateTimeFormat,
  from: number,
  days: number,
  year: number,
  month: number,
  day: number,
  dayOfYear: number,
): string | undefined {
  let first: number | undefined;
  for (let time = from; time < from + days * DAY_MS && first === undefined; time += DAY_MS) {
    const parts = calendarParts(format, time);
    if (parts.month === 1 && parts.day === 1) first = time;
  }
  if (first === undefined) return undefined;
  const time = first + dayOfYear * DAY_MS;
  const back = calendarParts(format, time);
  if (back.year !== year || back.month !== month || back.day !== day) return undefined;
  return new Date(time).toISOString().slice(0, 10);
}

function isoDay(year: number, month: number, day: number): string | undefined {
  const time = utcDay(year, month, day);
  const date = new Date(time);
  if (date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
