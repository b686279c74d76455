/**
 * The interface in one language: translated text, dates in that language's
 * words and order, the week's first day, lists of names ("A, B et C"), and the
 * writing direction. Built once per build for the site's language
 * (src/i18n/site-interface.ts); pure given its language.
 */
import {
  dayInCalendar,
  formatDateline,
  formatDay,
  formatMonth,
  yearInEra,
  type ArticleDate,
  type DatelineWords,
} from '../lib/dates.ts';
import { inDigits } from '../lib/digits.ts';
import { memoized } from '../lib/memoized.ts';
import { textDirection } from './direction.ts';
import { ENGLISH, FALLBACK_MESSAGES, findLanguage, LANGUAGES, type Language } from './languages.ts';
import type { MessageKey } from './locales/en.ts';
import { createTranslator, type Message, type Translate } from './translate.ts';

export interface Interface {
  /**
   * The language tag as configured (`fr`, `pt-BR`), or `en` when the interface falls back to English (no
   * table for the language): the language its words are in, as `lang` attributes mark them for screen readers.
   * `dir` is that language's too: the archive's own words (its name, its articles) mark their language and direction.
   */
  lang: string;
  dir: 'ltr' | 'rtl';
  t: Translate<MessageKey>;
  /** The digits of its dates and counts, as Intl names numbering systems: 'latn', or the table's own ('beng'). */
  digits: string;
  /** A number alone (a calendar's day, a count beside a name), in those digits: "১২". */
  number(value: number): string;
  /** A text's ASCII figures in those digits: a year the interface writes from an address ("2024" as "২০২৪"). */
  figures(text: string): string;
  /** "12 mai 2024". */
  day(day: string): string;
  /** "dimanche 12 mai 2024". */
  weekdayDay(day: string): string;
  /**
   * "Mai 2024"; `monthName` alone: "Mai". Capitalised, as a month stands only on its own here (a page's
   * heading and title, a link to it, a calendar's label), where languages that write months in lower case
   * in a sentence ("12 mai", "12 березня") start with a capital ("Березень 2003").
   */
  month(month: string): string;
  monthName(month: string): string;
  /** A year alone, as the language writes it: "2024", "2024年". */
  year(year: string): string;
  /** The day, and the time with its offset when one was written. */
  dateline(date: ArticleDate): string;
  /** First day of the week in this language's calendars: 0 Sunday … 6 Saturday. */
  weekStartsOn: number;
  /** Weekday names from Sunday (0) to Saturday, short and full. */
  weekdays: readonly { short: string; long: string }[];
  /** Twelve full month names, January first (for the browser's on-this-day). */
  months: readonly string[];
  /** "A, B and C" in the language's own words. */
  list(names: readonly string[]): string;
  /**
   * A byline, "By A, B and C", in the sentence `message` names (an article's, a listing's), which gets the number
   * of writers as `count` for languages whose "By" follows it (Ukrainian "Автор:", "Автори:").
   */
  byline(message: 'article.by' | 'list.by', names: readonly string[]): string;
  /** Resolved messages for these keys (fallbacks included), for a browser script. */
  messagesFor(keys: readonly MessageKey[]): Partial<Record<MessageKey, Message>>;
}

/**
 * The interface for a language tag. A missing table or key falls back to
 * English and is reported through `warn`.
 */
export function interfaceFor(lang: string, warn: (message: string) => void = () => undefined): Interface {
  const found = findLanguage(lang, LANGUAGES);
  if (!found)
    warn(
      `no interface translation for "${lang}": the interface is in English. Add src/i18n/locales/${lang.split('-')[0]}.ts (see "Languages" in README.md).`,
    );
  const language: Language = found ?? ENGLISH;
  const digits = language.digits ?? 'latn';
  // date-fns writes a date's figures in ASCII, whatever the locale: each text the interface makes of them is rewritten.
  const written = (text: string) => inDigits(text, digits);
  const numbers = new Intl.NumberFormat(language.code, { numberingSystem: digits, useGrouping: false });
  const t = createTranslator<MessageKey>({
    lang: language.code,
    digits,
    table: language.messages,
    fallback: FALLBACK_MESSAGES,
    onMissing: (key) =>
      warn(
        `src/i18n/locales/${language.code}.ts has no "${key}": English is shown instead. Add the key to translate it.`,
      ),
  });
  const locale = language.dateLocale;
  const listFormat = new Intl.ListFormat(language.code, { style: 'long', type: 'conjunction' });
  const { localize } = locale;
  /** A day pattern for `day`: on the first of a month, the day number takes the language's suffix (1er). */
  const onFirst = (pattern: string, day: string) => {
    const suffix = t('date.firstDaySuffix');
    return suffix && day.endsWith('-01') ? pattern.replace(/\bd\b/, `d'${suffix}'`) : pattern;
  };
  const datelineWords: DatelineWords = {
    dateTime: (parts) => t('date.dateTime', parts),
    zone: (offset) => (offset ? t('date.zone', { offset }) : t('date.zoneZero')),
  };
  const list = memoized(
    (names: readonly string[]) =>
      language.namesJoinedBy ? names.join(language.namesJoinedBy) : listOfNames(listFormat, names),
    (names) => JSON.stringify(names),
  );
  const messagesFor = (keys: readonly MessageKey[]) =>
    Object.fromEntries(keys.map((key) => [key, language.messages[key] ?? FALLBACK_MESSAGES[key]]));
  const shown = found ? lang : ENGLISH.code;
  // Where readers count days in a calendar of their own (Iran's Solar Hijri), a day they read whole, an article's or
  // a day's heading, is given in it first and in the Christian calendar the archive is filed by after it.
  const { readersCalendar } = language;
  const withReadersDay = (day: string, text: string) =>
    readersCalendar ? `${dayInCalendar(day, shown, readersCalendar)} (${text})` : text;
  /** A day in the language's day pattern, its figures still ASCII. */
  const dayText = (day: string) => formatDay(day, onFirst(t('date.day'), day), locale);
  return {
    lang: shown,
    // The direction of the interface's words, which frame every page: a Persian archive with an English interface is
    // laid out left to right, as an English archive with Persian articles is, and each headline and story in Persian
    // carries its own `dir` (an English date or count in a right-to-left page reads "January 2023 28").
    dir: textDirection(shown),
    t,
    digits,
    number: (value) => numbers.format(value),
    figures: written,
    // Each text computed once: listings write the same days and bylines line after line.
    day: memoized((day) => written(dayText(day))),
    weekdayDay: memoized((day) =>
      written(
        readersCalendar
          ? `${formatDay(day, 'EEEE', locale)} ${withReadersDay(day, dayText(day))}`
          : formatDay(day, onFirst(t('date.weekdayDay'), day), locale),
      ),
    ),
    month: memoized((month) => written(capitalised(formatMonth(month, t('date.month'), locale), language.code))),
    monthName: memoized((month) => capitalised(formatMonth(month, 'LLLL', locale), language.code)),
    // In the era the language counts (a Thai reader's 2567 for 2024); the address keeps the Christian year.
    year: (year) => written(t('date.year', { year: yearInEra(year, language.code) })),
    // A date is its text as written: the same text, the same dateline.
    dateline: memoized(
      (date) => written(formatDateline(date, onFirst(t('date.day'), date.day), locale, datelineWords, withReadersDay)),
      (date) => date.written,
    ),
    weekStartsOn: locale.options?.weekStartsOn ?? 1,
    weekdays: Array.from({ length: 7 }, (_, day) => ({
      // 7 January 2024 was a Sunday: day 0.
      short: formatDay(`2024-01-${String(7 + day).padStart(2, '0')}`, t('date.weekdayHead'), locale),
      long: localize.day(day as 0, { width: 'wide' }),
    })),
    months: Array.from({ length: 12 }, (_, month) =>
      localize.month(month as 0, { width: 'wide', context: 'formatting' }),
    ),
    list,
    byline: (message, names) => t(message, { names: list(names), count: Math.min(names.length, 2) }),
    messagesFor,
  };
}

/**
 * Names joined as the language lists them, told apart where a name has a space in it: Thai joins a list with
 * spaces alone and writes และ ("and") against the next word, which leaves no way to see where "สมชาย ใจดี" ends
 * in "สมชาย ใจดี นภาพร แก้วมณี และปิยะนุช ทองคำ". There a comma stands between names, and a space before a joining word.
 * @example listOfNames(new Intl.ListFormat('th', { type: 'conjunction' }), ['สมชาย ใจดี', 'นภาพร แก้วมณี']) // 'สมชาย ใจดี และนภาพร แก้วมณี'
 */
export function listOfNames(format: Intl.ListFormat, names: readonly string[]): string {
  if (!names.some((name) => /\s/.test(name)) || !listsWithSpacesAlone(format)) return format.format(names);
  return format
    .formatToParts(names)
    .map(({ type, value }) => {
      if (type !== 'literal') return value;
      if (/^\s+$/.test(value)) return ', ';
      return /^[\p{L}\p{M}]/u.test(value) ? ` ${value}` : value;
    })
    .join('');
}

/** Whether a language lists three items with spaces alone between the first ones, as Thai does ("ก ข และค"). */
const listsWithSpacesAlone = memoized(
  (format: Intl.ListFormat) =>
    format.formatToParts(['a', 'b', 'c']).some(({ type, value }) => type === 'literal' && /^\s+$/.test(value)),
  (format) => format.resolvedOptions().locale,
);

/**
 * A label with its first letter a capital, in the language's own rules.
 * @example capitalised('березень 2003', 'uk') // 'Березень 2003'
 */
function capitalised(label: string, lang: string): string {
  const first = label.codePointAt(0);
  if (first === undefined) return label;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(lang) + label.slice(letter.length);
}
