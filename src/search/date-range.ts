/**
 * Date ranges for search: `?from=1998&to=2003-06`, bounds by year, month or
 * day. Pagefind 1.6 filters match whole values and have no ranges (its sort
 * keys order results but cannot narrow them), so a range is covered by the
 * fewest whole years, months and days (every record carries all three as
 * filters, src/search/record.ts) and searched as "any of these".
 * 1998 to 2003-06 is five years and six months: eleven values.
 */
import { withoutAccents } from '../lib/accents.ts';
import { daysInMonth, fromBuddhistEra, isRealDay, writesBuddhistEra, yearInEra } from '../lib/dates.ts';
import { asciiDigits, ethiopicNumerals } from '../lib/digits.ts';
import { primaryLanguage } from '../lib/language-tags.ts';
import {
  gregorianDay,
  isSolarHijriYear,
  isWorldWeekday,
  withoutEthiopianYearMark,
  worldMonth,
} from '../lib/world-calendars.ts';
import { DATE_FILTERS } from './record.ts';

/** A bound as written: a year, a month or a day. */
export interface DateBound {
  year: number;
  month?: number;
  day?: number;
}

/** The values covering a range, by unit, oldest first. */
export interface DateCover {
  years: string[];
  months: string[];
  days: string[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in any script's digits and with
 * `/`, `.` or `,` between the parts (a phone's number pad has no hyphen, only its decimal mark),
 * and a date as readers of `lang` write it (localDateParts): « 15/03/1998 », « mars 1998 », in Thai with the
 * year of the Buddhist Era (« มีนาคม 2567 » is March 2024); undefined for anything else, impossible days
 * included (2023-02-29). A month named in another of the world's languages is read too (« březen 2024 » in a Greek
 * archive with Czech stories), and a date of the Solar Hijri calendar Iran and Afghanistan count in (« ۱۴۰۳/۰۱/۰۱ »,
 * « فروردین ۱۴۰۳ », a year from 1300 to 1499 typed in Persian digits or by a reader of Persian or Pashto, before any
 * printed news as a Christian one; never an Arabic reader's, whose 1445 is of the lunar Hijri calendar), as the Gregorian day it
 * is; a month or a year of it, which starts and ends within Gregorian months, as its first day `from` and its
 * last day as the end of a range (`side`); so is a date of the Ethiopian calendar, its month named (« ጥር 2016 ») or
 * its year marked as Ethiopian papers mark it (« 12/5/2016 ዓ.ም », « 2016 ዓ.ም »).
 * @example parseDateBound('2003-06') // { year: 2003, month: 6 }
 * @example parseDateBound('٢٠٠٣/٠٦') // { year: 2003, month: 6 }
 * @example parseDateBound('15/03/1998', 'fr') // { year: 1998, month: 3, day: 15 }
 * @example parseDateBound('۱۴۰۳/۰۱/۰۱') // { year: 2024, month: 3, day: 20 }
 * @example parseDateBound('فروردین ۱۴۰۳', 'fa', 'to') // { year: 2024, month: 4, day: 19 }
 * @example parseDateBound('ጥር 2016', 'am') // { year: 2024, month: 1, day: 10 }
 */
export function parseDateBound(text: string, lang = 'en', side: 'from' | 'to' = 'from'): DateBound | undefined {
  // Composed, as the months' names are: a Bengali keyboard may type য় as one character. A weekday written before or
  // after the date, as the archive's own day headings print it ("12 Mart 2024 Salı", "Thứ Ba, 12/3/2024"), adds nothing.
  const figures = withoutWeekday(ethiopicNumerals(asciiDigits(text.trim().normalize('NFC'))), lang);
  // A year marked as the Ethiopian calendar's: the date before the mark is of that calendar, day first.
  const ethiopian = withoutEthiopianYearMark(figures);
  const written = ethiopian ?? figures;
  const parts = dateParts(written, lang) ?? dateParts(withoutWorldWeekday(written), lang);
  if (!parts) return undefined;
  const [year, month, day, named] = parts;
  const calendar =
    ethiopian === undefined ? named : named === undefined || named === 'ethiopic' ? 'ethiopic' : undefined;
  if (calendar === 'ethiopic') return calendarBound('ethiopic', year, month, day, side);
  if (calendar === 'persian')
    return isSolarHijriYear(year) ? calendarBound('persian', year, month, day, side) : undefined;
  if (calendar === undefined && isSolarHijriYear(year) && (PERSIAN_DIGIT.test(text) || countsSolarHijri(lang)))
    return calendarBound('persian', year, month, day, side);
  // A Thai reader types the year of the Buddhist Era (2567), the URL writes the Christian one (2024): the day is
  // checked in the Christian year (29 February 2567 is 29 February 2024, a leap year's).
  return bound(writesBuddhistEra(lang) ? fromBuddhistEra(year) : year, month, day);
}

/**
 * A date as written, before its month and day are checked: the year, then the month and day if given, and the
 * calendar a named month belongs to.
 */
type DateParts = [
  year: number,
  month?: string | number | undefined,
  day?: string | number | undefined,
  calendar?: 'gregory' | 'persian' | 'ethiopic' | undefined,
];

/** A date's parts, numbers as the URL writes them or as a reader of `lang` writes a date. */
function dateParts(written: string, lang: string): DateParts | undefined {
  // Year first, as the URL writes it, and as Hungarian, Korean and Chinese readers do, each part closed by a stop and
  // perhaps a space: "2009.03.15.", "2009. 03. 15.".
  const match = /^(\d{4})(?:\s*[-/.,]\s*(\d{1,2})(?:\s*[-/.,]\s*(\d{1,2}))?)?\.?$/.exec(written);
  return match ? [Number(match[1]), match[2], match[3]] : localDateParts(written, lang);
}

/**
 * A date without a weekday of another of the world's languages, one word at either end ("úterý 5. 3. 2013" in a
 * Greek archive with Czech stories): tried once the date did not read with it.
 */
function withoutWorldWeekday(text: string): string {
  const first = /^([\p{L}\p{M}.]+),?\s+/u.exec(text);
  if (first && isWorldWeekday(first[1]!)) return text.slice(first[0].length);
  const last = /,?\s+([\p{L}\p{M}.]+)$/u.exec(text);
  if (last && isWorldWeekday(last[1]!)) return text.slice(0, last.index);
  return text;
}

/** Persian's own digits (۱۴۰۳), which Arabic's (١٤٤٥) are not. */
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/u;
/** Languages whose readers count years in the Solar Hijri calendar: Persian (Iran, Afghanistan; Dari's own code too) and Pashto. */
const countsSolarHijri = (lang: string) => ['fa', 'prs', 'ps', 'pbt', 'pbu'].includes(primaryLanguage(lang));

/**
 * A bound of the Solar Hijri or the Ethiopian calendar as the Gregorian day it starts (`from`) or ends (`to`) on, for
 * a month or a year: their months begin in the middle of a Gregorian one (the 20th or so; the 9th to the 11th).
 */
function calendarBound(
  calendar: 'persian' | 'ethiopic',
  year: number,
  month: string | number | undefined,
  day: string | number | undefined,
  side: 'from' | 'to',
): DateBound | undefined {
  const [first, last] = month === undefined ? [1, calendar === 'ethiopic' ? 13 : 12] : [Number(month), Number(month)];
  // A month's last day: 31 to 29 in the Solar Hijri calendar; 30, or the thirteenth month's 6 or 5, in the Ethiopian.
  const days = day !== undefined ? [Number(day)] : side === 'from' ? [1] : [31, 30, 29, 6, 5];
  for (const each of days) {
    const iso = gregorianDay(calendar, year, side === 'from' ? first : last, each);
    if (iso) return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
  }
  return undefined;
}

/** A bound from its parts, if the month and day exist. */
function bound(year: number, month?: string | number, day?: string | number): DateBound | undefined {
  if (month === undefined) return { year };
  const m = Number(month);
  if (!Number.isInteger(m) || m < 1 || m > 12) return undefined;
  if (day === undefined) return { year, month: m };
  const d = Number(day);
  return isRealDay(year, m, d) ? { year, month: m, day: d } : undefined;
}

/**
 * Vietnamese writes the month as a number after the word for month, the weekday and the words for day and year
 * around: "ngày 6 tháng 2 năm 2022", "Thứ Hai, 6 tháng 2, 2022", "tháng 2 năm 2022", "tháng 2/2022".
 */
const VIETNAMESE_DATE =
  /^(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?(?:(?:ngày\s+)?(\d{1,2})\s+)?th[áa]ng\s+(\d{1,2})(?:\s*[,/-]\s*|\s+n[ăa]m\s+|\s+)(\d{4})$/iu;

/**
 * A date as a reader of `lang` types it in the search form: the day first, then the month, as most of the
 * world writes numbers (« 15/03/1998 », „15.03.1998“, « 03/1998 »; in English only where the order cannot be
 * mistaken: 25/12/1998 or 12/25/1998, not 03/04/1998), the month named in the interface's language or in
 * English, long or short (« mars 1998 », « 15 mars 1998 », "March 15, 1998", „3. März 1998“, "15 марта 1998"),
 * or the year, month and day of Chinese, Japanese and Korean (1998年3月15日, 1998년 3월 15일), or Vietnamese's
 * (VIETNAMESE_DATE), in whatever language the archive is.
 */
function localDateParts(text: string, lang: string): DateParts | undefined {
  const han = /^(\d{4})\s*[年년]\s*(?:(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?)?$/u.exec(text);
  if (han) return [Number(han[1]), han[2], han[3]];
  // Czech and Slovak papers space the parts after their stops: "5. 3. 2013"; Serbian and Croatian put one after the
  // year too: "12. 3. 2014.", "12.03.2014.".
  const numeric = /^(\d{1,2})\s*[-/.,]\s*(\d{1,2})\s*[-/.,]\s*(\d{4})\.?$/.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (primaryLanguage(lang) !== 'en' || first > 12) return [year, second, first];
    return second > 12 ? [year, first, second] : undefined;
  }
  const monthYear = /^(\d{1,2})\s*[-/.,]\s*(\d{4})\.?$/.exec(text);
  if (monthYear) return [Number(monthYear[2]), monthYear[1]];
  const vietnamese = VIETNAMESE_DATE.exec(text);
  if (vietnamese) return [Number(vietnamese[3]), vietnamese[2], vietnamese[1]];
  // Words: a year of four digits, a month's name, perhaps a day ("1er", "3.", "15th").
  const words = text
    .toLocaleLowerCase(lang)
    .split(/[\s,]+/u)
    .filter(Boolean);
  const names = monthNames(lang);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let calendar: 'gregory' | 'persian' | 'ethiopic' | undefined;
  for (const word of words) {
    const number = DAY_OR_YEAR.exec(word);
    // The language's own names first; else any language's whole name, and the calendar it counts in.
    const own = names.has(monthKey(word));
    const world = own || number || CONNECTORS.includes(word) ? undefined : worldMonth(word);
    // The month named tells the calendar: the language's own names are of the Gregorian months.
    if (month === undefined && (own || world))
      calendar = world?.calendar === 'persian' || world?.calendar === 'ethiopic' ? world.calendar : 'gregory';
    const named = names.get(monthKey(word)) ?? world?.month;
    if (number && number[1]!.length === 4 && year === undefined) year = Number(number[1]);
    else if (number && number[1]!.length <= 2 && day === undefined) day = Number(number[1]);
    else if (named !== undefined && month === undefined) month = named;
    // Thai papers' two figures of the Buddhist year after a day and a month: "1 มี.ค. 67" is 1 March 2567 (2024).
    else if (number?.[1]?.length === 2 && month !== undefined && year === undefined && writesBuddhistEra(lang))
      year = 2500 + Number(number[1]);
    else if (!CONNECTORS.includes(word)) return undefined;
  }
  // A year alone with its era's name ("พ.ศ. 2567"); a day needs its month.
  if (year === undefined || (month === undefined && day !== undefined)) return undefined;
  return [year, month, day, calendar];
}

/**
 * Words a date is written with between its parts ("15 de marzo de 1998", Amharic's ቀን, "day": "ጥር 12 ቀን 2016"), and
 * Thai's names of its eras: "พ.ศ." (Buddhist), "ค.ศ." (Christian).
 */
const CONNECTORS: readonly string[] = ['de', 'del', 'di', 'le', 'the', 'of', 'den', 'am', 'พ.ศ.', 'ค.ศ.', 'ቀን'];

/**
 * A day or a year in figures, with the ending a language may write after a day: « 1er », „3.", "15th", Bengali's
 * ১২ই, ২১শে, ১লা, ২রা, ৪ঠা (digits already ASCII here).
 */
const DAY_OR_YEAR = /^(\d{1,4})(?:\.|er|e|º|ª|st|nd|rd|th|ই|শে|লা|রা|ঠা)?$/u;

/**
 * A month's name as it is looked up: lowercase, without accents or a closing full stop, and in Bengali with the
 * long ী that papers write for the short ি of the platform's names (ফেব্রুয়ারী, ফেব্রুয়ারি).
 */
function monthKey(name: string): string {
  return withoutAccents(name.replace(/\.$/u, '')).replaceAll('\u09C0', '\u09BF');
}

const namesOfWeekdays = new Map<string, string[]>();

/**
 * A date without the weekday written before or after it, in `lang` or English, long or short ("Salı", "Thứ Ba",
 * "Tue"), with the comma that sets it apart.
 * @example withoutWeekday('12 Mart 2024 Salı', 'tr') // '12 Mart 2024'
 */
function withoutWeekday(text: string, lang: string): string {
  let names = namesOfWeekdays.get(lang);
  if (!names) {
    const found = new Set<string>();
    for (const locale of [lang, 'en'])
      for (let day = 0; day < 7; day++)
        for (const weekday of ['long', 'short'] as const)
          found.add(
            new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' })
              .format(new Date(Date.UTC(2024, 0, 7 + day)))
              .toLocaleLowerCase(lang),
          );
    // The longest first, so "Thứ Ba" goes whole, never leaving "Ba"; not one that is also a month's name (Spanish
    // "mar" is martes and marzo).
    const months = monthNames(lang);
    names = [...found]
      .filter((name) => /\p{L}/u.test(name) && !months.has(monthKey(name)))
      .sort((a, b) => b.length - a.length);
    namesOfWeekdays.set(lang, names);
  }
  const lower = text.toLocaleLowerCase(lang);
  for (const name of names) {
    if (lower.startsWith(name) && /^[\s,]/u.test(text.slice(name.length)))
      return text.slice(name.length).replace(/^[\s,]+/u, '');
    if (lower.endsWith(name) && /[\s,]$/u.test(text.slice(0, -name.length)))
      return text.slice(0, -name.length).replace(/[\s,]+$/u, '');
  }
  return text;
}

const namesOfMonths = new Map<string, Map<string, number>>();

/**
 * The months' names in `lang` and in English, long and short, as they stand alone and in a date (Russian
 * "март" and "марта"), lowercase, without a closing full stop: name → month number.
 */
function monthNames(lang: string): Map<string, number> {
  let names = namesOfMonths.get(lang);
  if (names) return names;
  names = new Map();
  for (const locale of [lang, 'en']) {
    for (let month = 1; month <= 12; month++) {
      const day = new Date(Date.UTC(2001, month - 1, 15));
      for (const style of ['long', 'short'] as const) {
        // Gregorian months, whatever the language counts in by default (Persian's is the Solar Hijri calendar).
        const gregorian = { calendar: 'gregory', timeZone: 'UTC' } as const;
        const alone = new Intl.DateTimeFormat(locale, { month: style, ...gregorian }).format(day);
        const inDate = new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', ...gregorian })
          .formatToParts(day)
          .find((part) => part.type === 'month')?.value;
        // Before a year, some languages write the month as it stands alone, where `alone` gives it as in a date
        // (Greek "Μάιος 2023", alone "Μαΐου").
        const withYear = new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', ...gregorian })
          .formatToParts(day)
          .find((part) => part.type === 'month')?.value;
        for (const name of [alone, inDate, withYear])
          if (name && !/^\d+$/u.test(name)) names.set(monthKey(name.toLocaleLowerCase(lang)), month);
      }
    }
  }
  namesOfMonths.set(lang, names);
  return names;
}

/**
 * A bound as the URL writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @example formatDateBound({ year: 2003, month: 6 }) // '2003-06'
 */
export function formatDateBound(bound: DateBound): string {
  return [pad(bound.year, 4), ...(bound.month ? [pad(bound.month)] : []), ...(bound.day ? [pad(bound.day)] : [])].join(
    '-',
  );
}

/**
 * A bound as the URL writes it, shown in the era readers of `lang` count their years in (yearInEra): a Thai reader
 * reads and types 2567, which parseDateBound reads back as 2024.
 * @example boundInEra('2024-03', 'th') // '2567-03'
 * @example boundInEra('2024-03', 'en') // '2024-03'
 */
export function boundInEra(bound: string, lang: string): string {
  return bound.replace(/^\d{4}/, (year) => yearInEra(year, lang));
}

/** A calendar day as a comparable triple. */
type Day = [year: number, month: number, day: number];

const compare = (a: Day, b: Day) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The first day a bound covers. */
function firstDay(bound: DateBound): Day {
  return [bound.year, bound.month ?? 1, bound.day ?? 1];
}

/** The last day a bound covers. */
function lastDay(bound: DateBound): Day {
  const month = bound.month ?? 12;
  return [bound.year, month, bound.day ?? daysInMonth(bound.year, month)];
}

function nextDay([year, month, day]: Day): Day {
  if (day < daysInMonth(year, month)) return [year, month, day + 1];
  return month < 12 ? [year, month + 1, 1] : [year + 1, 1, 1];
}

/**
 * Whether a range starts after it ends, so no day can be in it.
 * @example isBackward(parseDateBound('2005'), parseDateBound('2001-06')) // true
 */
export function isBackward(from: DateBound | undefined, to: DateBound | undefined): boolean {
  return from !== undefined && to !== undefined && compare(firstDay(from), lastDay(to)) > 0;
}

/**
 * The fewest whole years, months and days covering `from`–`to` (both
 * inclusive, either open), an open end bounded by the archive's span
 * (`YYYY-MM` months), widened to whole years. Undefined when the range holds no day (from after to).
 * @example coverRange(parseDateBound('1998'), parseDateBound('2003-06'), { first: '1990-01', last: '2024-12' })
 * // { years: ['1998', …, '2002'], months: ['2003-01', …, '2003-06'], days: [] }
 */
export function coverRange(
  from: DateBound | undefined,
  to: DateBound | undefined,
  span: { first: string; last: string },
): DateCover | undefined {
  const spanFirst = parseDateBound(span.first);
  const spanLast = parseDateBound(span.last);
  if (!spanFirst || !spanLast)
    throw new Error(`date range: the archive's span must be YYYY-MM months, not ${span.first}–${span.last}`);
  // Clamped to the archive's whole years: no article lies outside them, and
  // whole years are the fewest values (an open end never costs a list of months).
  const floor = firstDay({ year: spanFirst.year });
  const ceiling = lastDay({ year: spanLast.year });
  let start = firstDay(from ?? { year: spanFirst.year });
  if (compare(start, floor) < 0) start = floor;
  let end = lastDay(to ?? { year: spanLast.year });
  if (compare(end, ceiling) > 0) end = ceiling;
  if (isBackward(from, to)) return undefined;
  if (compare(start, end) > 0) return { years: [], months: [], days: [] };
  const cover: DateCover = { years: [], months: [], days: [] };
  let cursor = start;
  while (compare(cursor, end) <= 0) {
    const [year, month, day] = cursor;
    if (month === 1 && day === 1 && compare([year, 12, 31], end) <= 0) {
      cover.years.push(pad(year, 4));
      cursor = [year + 1, 1, 1];
    } else if (day === 1 && compare([year, month, daysInMonth(year, month)], end) <= 0) {
      cover.months.push(`${pad(year, 4)}-${pad(month)}`);
      cursor = month < 12 ? [year, month + 1, 1] : [year + 1, 1, 1];
    } else {
      cover.days.push(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
      cursor = nextDay(cursor);
    }
  }
  return cover;
}

/** A Pagefind compound filter: any of the listed values of any of the filters. */
export interface AnyFilter {
  any: Record<string, { any: string[] }>[];
}

/**
 * The Pagefind filter for a cover: "any of these years, months or days".
 * A cover with no values (a range outside the archive) matches no page.
 */
export function coverFilter(cover: DateCover): AnyFilter {
  const parts = [
    [DATE_FILTERS.year, cover.years],
    [DATE_FILTERS.month, cover.months],
    [DATE_FILTERS.day, cover.days],
  ] as const;
  const any = parts.filter(([, values]) => values.length > 0).map(([key, values]) => ({ [key]: { any: [...values] } }));
  // No value at all: a day no article has, so the search finds nothing rather than everything.
  return { any: any.length > 0 ? any : [{ [DATE_FILTERS.day]: { any: ['0000-00-00'] } }] };
}
