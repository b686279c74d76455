/**
 * Article dates, carried as written.
 *
 * An article's date is the calendar day its author wrote, in the author's own
 * offset: `2019-12-31T23:30:00-08:00` is 31 December, on any build machine.
 * Nothing here reads the machine's clock or time zone.
 */
// The function's own module: the package's index loads every one of its hundreds of modules,
// 2 to 4 s in each process and worker thread that imports this one (measured on 2 cores).
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns';
import { memoized } from './memoized.ts';
import { primaryLanguage } from './language-tags.ts';

/** A validated article date: the day as written, and the instant it names. */
export interface ArticleDate {
  /** The text as written in the frontmatter. */
  readonly written: string;
  /** Calendar day in the writer's own offset, `YYYY-MM-DD`. */
  readonly day: string;
  /** Milliseconds since the epoch (a date alone counts as midnight UTC): for sorting. */
  readonly timestamp: number;
  /** `HH:mm` as written, when a time was given. */
  readonly time?: string;
  /** The offset as written (`Z`, `+05:30`), when a time was given. */
  readonly offset?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `year-month-day` is a day that exists (rejects 2021-02-30, 2023-02-29). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Midnight UTC of a calendar day, as epoch milliseconds. Unlike `Date.UTC`
 * alone, years 0–99 stay themselves instead of becoming 1900–1999.
 * @example utcDay(50, 1, 1) === Date.parse('0050-01-01T00:00:00Z') // true
 */
export function utcDay(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * Why a date written as YYYY-MM-DD (perhaps with a time) names no day, for a message: the month's number, or the
 * days its month has; undefined when it names one, or is not written so.
 * @example missingDay('2024-02-31') // 'February 2024 has 29 days'
 * @example missingDay('2024-13-01') // 'there is no month 13'
 */
export function missingDay(text: string): string | undefined {
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!written) return undefined;
  const [year, month, day] = written.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1) return 'there is no day 0';
  const days = daysInMonth(year, month);
  return day > days ? `${MONTH_NAMES[month - 1]} ${year} has ${days} days` : undefined;
}

/** Days in a month of the proleptic Gregorian calendar. @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month + 1, 0)).getUTCDate();
}

/**
 * A year as the Christian era counts it, from one a Thai reader or paper wrote: a year from 2301 to 2799 is
 * counted from the Buddha (the Buddhist Era, 543 years earlier: 2567 is 2024; no archive's news is dated in those
 * centuries); a lower one is a Christian year, as Thai papers also print; a higher one is none of the Buddhist
 * Era's (4357 is a year of Korea's old calendar) and stays as written.
 * @example fromBuddhistEra(2567) // 2024
 * @example fromBuddhistEra(2024) // 2024
 */
export function fromBuddhistEra(year: number): number {
  return year > 2300 && year < 2800 ? year - 543 : year;
}

/**
 * A year written in figures, as its four figures in the Christian era (fromBuddhistEra): how a day's text is made
 * from a year a Thai page may have written in the Buddhist Era.
 * @example christianYear('2567') // '2024'
 * @example christianYear('812') // '0812'
 */
export function christianYear(year: string): string {
  return String(fromBuddhistEra(Number(year))).padStart(4, '0');
}

/** Whether readers of `lang` count years from the Buddha (Thai). @example writesBuddhistEra('th-TH') // true */
export function writesBuddhistEra(lang: string): boolean {
  return primaryLanguage(lang) === 'th';
}

/**
 * A year as readers of `lang` count it, in four figures: Thai readers from the Buddha, 543 years more (2024 is
 * 2567), as Thai papers and Thai calendars print it; everyone else as the Christian era does ("0812" stays so).
 * Addresses and data keep the Christian year.
 * @example yearInEra('2024', 'th') // '2567'
 * @example yearInEra('2024', 'en') // '2024'
 */
export function yearInEra(year: string, lang: string): string {
  return String(Number(year) + (writesBuddhistEra(lang) ? 543 : 0)).padStart(4, '0');
}

/**
 * Parses `YYYY-MM-DD` or an ISO date-time with an offset, refusing impossible
 * days and times instead of rolling them over. Returns `undefined` when invalid.
 * @example parseArticleDate('2019-12-31T23:30:00-08:00')?.day // '2019-12-31'
 */
export function parseArticleDate(text: string): ArticleDate | undefined {
  const written = text.trim();
  const dayMatch = DAY.exec(written);
  if (dayMatch) {
    const [year, month, day] = [Number(dayMatch[1]), Number(dayMatch[2]), Number(dayMatch[3])];
    if (!isRealDay(year, month, day)) return undefined;
    return { written, day: written, timestamp: utcDay(year, month, day) };
  }
  const m = DATE_TIME.exec(written);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = m[7] as string;
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) return undefined;
  return {
    written,
    day: written.slice(0, 10),
    timestamp: Date.parse(written),
    time: written.slice(11, 16),
    offset,
  };
}

/**
 * Compares two article dates the way a reader would: by instant when both
 * carry a time, by calendar day otherwise (a bare date names no instant).
 * Negative when `a` is earlier, 0 when they are the same, positive when later.
 * @example compareArticleDates(parseArticleDate('2024-03-14')!, parseArticleDate('2024-03-14T23:00:00Z')!) // 0
 */
export function compareArticleDates(a: ArticleDate, b: ArticleDate): number {
  if (a.time && b.time) return a.timestamp - b.timestamp;
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}

/**
 * The update an article page shows under its dateline, if any: one later than
 * the publication that the reader can tell from it as shown. An update seconds
 * after publishing (a feed's entry saved twice), or on its day when no time is
 * given, reads as the same date twice.
 * @param shown how the page writes a date (the dateline's words)
 * @example shownUpdate(parseArticleDate('2016-01-28T17:07:00+01:00')!, parseArticleDate('2016-01-28T17:07:42+01:00'), d => d.written.slice(0, 16)) // undefined
 */
export function shownUpdate(
  published: ArticleDate,
  updated: ArticleDate | undefined,
  shown: (date: ArticleDate) => string,
): ArticleDate | undefined {
  return updated && compareArticleDates(updated, published) > 0 && shown(updated) !== shown(published)
    ? updated
    : undefined;
}

/** Splits a `YYYY-MM-DD` day into its parts (as strings, zero-padded). */
export function dayParts(day: string): { year: string; month: string; day: string } {
  return { year: day.slice(0, 4), month: day.slice(5, 7), day: day.slice(8, 10) };
}

// A calendar day as the machine's local noon, formatted in the machine's zone:
// the day can never shift, in any zone (noon, because a few zones skip a
// midnight for daylight saving). No time-zone library: the browser's bundles
// that use the plain day forms below then carry no date library at all.
function dayAsLocalNoon(day: string): Date {
  const { year, month, day: d } = dayParts(day);
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(Number(year), Number(month) - 1, Number(d));
  return date;
}

/** What formatDay formats: a day, a date-fns pattern and a locale. */
interface DayFormat {
  day: string;
  pattern: string;
  locale: Locale | undefined;
}

// Formatting is slow (a build formats the same few thousand
// days hundreds of thousands of times), and a day's text never changes.
const formatted = memoized(
  ({ day, pattern, locale }: DayFormat) => {
    // The year as written: date-fns counts years of an era, so year 0000 would print as 0001 (1 BC). In the era its
    // readers count (yearInEra: Thai's Buddhist one), which date-fns does not know.
    const { year } = dayParts(day);
    const shown = locale ? yearInEra(year, locale.code ?? '') : year;
    return format(dayAsLocalNoon(day), pattern.replace(/yyyy/g, `'${shown}'`), locale ? { locale } : undefined);
  },
  ({ day, pattern, locale }) => `${locale?.code ?? ''}\0${pattern}\0${day}`,
);

/**
 * Formats a `YYYY-MM-DD` day with a date-fns pattern, in a date-fns locale
 * (month and weekday names; default English).
 * @example formatDay('2024-03-14') // '14 March 2024'
 * @example formatDay('2024-05-12', 'd MMMM yyyy', fr) // '12 mai 2024'
 */
export function formatDay(day: string, pattern = 'd MMMM yyyy', locale?: Locale): string {
  return formatted({ day, pattern, locale });
}

/** Formats a month key `YYYY-MM`. @example formatMonth('2024-03') // 'March 2024' */
export function formatMonth(month: string, pattern = 'MMMM yyyy', locale?: Locale): string {
  return formatDay(`${month}-01`, pattern, locale);
}

// One formatter for each language and calendar asked for: making one costs far more than formatting with it.
const calendarFormat = memoized(
  ({ lang, calendar }: { lang: string; calendar: string }) =>
    new Intl.DateTimeFormat(`${lang}-u-ca-${calendar}-nu-latn`, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  ({ lang, calendar }) => `${lang}\0${calendar}`,
);

/**
 * A `YYYY-MM-DD` day in another calendar its readers count days in, in their language's words as Unicode's CLDR
 * writes them (Intl), in ASCII figures: the Solar Hijri day Iranian readers date their news by.
 * @example dayInCalendar('2024-05-12', 'fa', 'persian') // '23 اردیبهشت 1403'
 * @example dayInCalendar('2024-05-12', 'fa-AF', 'persian') // '23 ثور 1403'
 */
export function dayInCalendar(day: string, lang: string, calendar: string): string {
  const { year, month, day: d } = dayParts(day);
  // Without its era: CLDR adds one (AP, "ه‍.ش.") where a language's own calendar is not its default.
  return calendarFormat({ lang, calendar })
    .formatToParts(utcDay(Number(year), Number(month), Number(d)))
    .filter(({ type }) => type !== 'era')
    .map(({ value }) => value)
    .join('')
    .trim();
}

/**
 * How a language writes a dateline's time: the words that join the day, the
 * time and its zone, and the name of a zone by its offset.
 */
export interface DatelineWords {
  /** The day, the time and the zone put together (English: `3 November 2021, 18:45 (UTC−05:00)`). */
  dateTime(parts: { day: string; time: string; zone: string }): string;
  /** The zone of an offset (`+05:30`, `−05:00`, with a minus sign), or of offset zero when `offset` is ''. */
  zone(offset: string): string;
}

/** English: a comma after the day, the zone named from UTC in brackets. */
const ENGLISH_DATELINE: DatelineWords = {
  dateTime: ({ day, time, zone }) => `${day}, ${time} (${zone})`,
  zone: (offset) => `UTC${offset}`,
};

/**
 * The dateline shown on an article: the day, and the time with its own offset
 * when one was written, in a language's `words` (default English); `shownDay`
 * makes the day's text from the day and its formatted text (another calendar's day beside it).
 * @example formatDateline(parseArticleDate('2021-11-03T18:45:00-05:00')!)
 * // '3 November 2021, 18:45 (UTC−05:00)'
 */
export function formatDateline(
  date: ArticleDate,
  pattern = 'd MMMM yyyy',
  locale?: Locale,
  words: DatelineWords = ENGLISH_DATELINE,
  shownDay: (day: string, text: string) => string = (_day, text) => text,
): string {
  const day = shownDay(date.day, formatDay(date.day, pattern, locale));
  if (!date.time || !date.offset) return day;
  const offset = date.offset === 'Z' || date.offset === '+00:00' ? '' : date.offset.replace('-', '−');
  return words.dateTime({ day, time: date.time, zone: words.zone(offset) });
}

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Three-letter month abbreviations, lower case, January first: RFC 822 dates and BibTeX's month macros. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The key of a calendar day in any year, `MM-DD`: how "on this day" files are named.
 * @example monthDayKey(2, 9) // '02-09'
 */
export function monthDayKey(month: number, day: number): string {
  return `${pad2(month)}-${pad2(day)}`;
}

/**
 * Today's calendar day in UTC, `YYYY-MM-DD`, from a given instant (passed
 * in, so tests and placeholders never depend on the clock).
 * @example utcDayOf(new Date('2024-03-14T23:00:00Z')) // '2024-03-14'
 */
export function utcDayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A reader's calendar day, `YYYY-MM-DD`, in their own time zone (the browser's).
 * @example localDay(new Date(2024, 1, 29, 23, 59)) // '2024-02-29'
 */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/**
 * A `YYYY-MM-DD` day the way a Chicago citation writes it: month, day, year.
 * Plain text, no date library: the browser writes the reader's access day with it.
 * @example chicagoDay('2020-01-01') // 'January 1, 2020'
 */
export function chicagoDay(day: string): string {
  const { year, month, day: d } = dayParts(day);
  return `${MONTH_NAMES[Number(month) - 1] ?? month} ${Number(d)}, ${year}`;
}

/**
 * A `YYYY-MM-DD` day the way an RIS record writes it.
 * @example risDay('2020-01-01') // '2020/01/01/'
 */
export function risDay(day: string): string {
  return `${day.replaceAll('-', '/')}/`;
}
