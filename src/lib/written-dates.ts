/**
 * Dates as people write them in visible text ("13 March 2015", "1. listopadu
 * 2021", "4 mai 2015", "Sept. 10, 2015", "13 de marzo de 2015", "20 يناير 2025",
 * "٢٠ كانون الثاني ٢٠٢٥", "2025年1月20日", "12 березня 2003 р.", "१२ मार्च २०१९", "12 مارچ 2019"), in the major
 * European languages, Arabic (both sets of month names, either digits), Hindi and Urdu (digits of their scripts or
 * ASCII), Bengali (both spellings papers use, its ordinal days: "১২ই মার্চ ২০২৪") and Tamil, Chinese, Japanese and
 * Korean. Machine dates (ISO 8601, RFC 822) are read by dates.ts;
 * this module is for `<time>` elements without `datetime`, datelines and file
 * names. Only a calendar day is returned: written dates carry no offset.
 */
import { primaryLanguage, scriptAndRegion } from './language-tags.ts';
import { asciiDigits, ethiopicNumerals } from './digits.ts';
import { amharicSpelling } from './ethiopic-letters.ts';
import { christianYear, parseArticleDate } from './dates.ts';
import { escapeRegExp } from './regexp.ts';
import { BETWEEN_WORDS } from './word-characters.ts';
import {
  ETHIOPIAN_YEAR_MARK,
  gregorianDay,
  isSolarHijriYear,
  isWorldWeekday,
  nameKey,
  worldMonth,
  languageMonth,
  worldMonthNames,
  type NamedMonth,
} from './world-calendars.ts';

// Full month names (nominative and, where the language inflects dates, genitive: Ukrainian "12 березня"), January first.
const EUROPEAN_MONTH_NAMES: readonly string[][] = [
  [
    'january',
    'janvier',
    'januar',
    'jänner',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'januar',
    'stycznia',
    'styczeń',
    'ledna',
    'leden',
    'января',
    'січня',
    'січень',
  ],
  [
    'february',
    'février',
    'februar',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'lutego',
    'luty',
    'února',
    'únor',
    'февраля',
    'лютого',
    'лютий',
  ],
  [
    'march',
    'mars',
    'märz',
    'marzo',
    'março',
    'maart',
    'marca',
    'marzec',
    'března',
    'březen',
    'марта',
    'березня',
    'березень',
  ],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'dubna', 'duben', 'апреля', 'квітня', 'квітень'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'maja', 'května', 'květen', 'мая', 'травня', 'травень'],
  [
    'june',
    'juin',
    'juni',
    'junio',
    'giugno',
    'junho',
    'czerwca',
    'czerwiec',
    'června',
    'červen',
    'июня',
    'червня',
    'червень',
  ],
  [
    'july',
    'juillet',
    'juli',
    'julio',
    'luglio',
    'julho',
    'lipca',
    'lipiec',
    'července',
    'červenec',
    'июля',
    'липня',
    'липень',
  ],
  [
    'august',
    'août',
    'agosto',
    'augustus',
    'augusti',
    'sierpnia',
    'sierpień',
    'srpna',
    'srpen',
    'августа',
    'серпня',
    'серпень',
  ],
  [
    'september',
    'septembre',
    'septiembre',
    'settembre',
    'setembro',
    'września',
    'wrzesień',
    'září',
    'сентября',
    'вересня',
    'вересень',
  ],
  [
    'october',
    'octobre',
    'oktober',
    'octubre',
    'ottobre',
    'outubro',
    'października',
    'październik',
    'října',
    'říjen',
    'октября',
    'жовтня',
    'жовтень',
  ],
  [
    'november',
    'novembre',
    'noviembre',
    'novembro',
    'listopada',
    'listopad',
    'listopadu',
    'ноября',
    'листопада',
    'листопад',
  ],
  [
    'december',
    'décembre',
    'dezember',
    'diciembre',
    'dicembre',
    'dezembro',
    'grudnia',
    'grudzień',
    'prosince',
    'prosinec',
    'декабря',
    'грудня',
    'грудень',
  ],
];

// Arabic has two sets: the Egyptian and Gulf names (يناير) and the Levantine and Iraqi ones (كانون الثاني).
const ARABIC_MONTH_NAMES: readonly string[][] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'ابريل', 'نيسان'],
  ['مايو', 'أيار', 'ايار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['أغسطس', 'اغسطس', 'آب'],
  ['سبتمبر', 'أيلول', 'ايلول'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];

// Hindi and Urdu write the English months in their scripts, Hindi in two spellings (सितंबर with the anusvara,
// सितम्बर with the nasal consonant; फ़रवरी with the nukta or without it, as many keyboards type it).
const HINDI_URDU_MONTH_NAMES: readonly string[][] = [
  ['जनवरी', 'جنوری'],
  ['फ़रवरी', 'फरवरी', 'فروری'],
  ['मार्च', 'مارچ'],
  ['अप्रैल', 'अप्रेल', 'اپریل'],
  ['मई', 'مئی'],
  ['जून', 'جون'],
  ['जुलाई', 'جولائی'],
  ['अगस्त', 'اگست'],
  ['सितंबर', 'सितम्बर', 'ستمبر'],
  ['अक्टूबर', 'अक्तूबर', 'اکتوبر'],
  ['नवंबर', 'नवम्बर', 'نومبر'],
  ['दिसंबर', 'दिसम्बर', 'دسمبر'],
];

// Spellings beside the locale data's (world-calendars.ts): Bengali papers end January and February with the long ী
// as often as with CLDR's ি (জানুয়ারী, ফেব্রুয়ারী; both are here, so that their abbreviations read too) and write
// আগষ্ট beside আগস্ট; Sri Lankan Tamil papers write the months as they are said there (பெப்ரவரி, ஓகஸ்ட்,
// செப்டெம்பர், ஒக்டோபர்), India's Tamil as CLDR does.
const BENGALI_TAMIL_MONTH_NAMES: readonly string[][] = [
  ['জানুয়ারি', 'জানুয়ারী'],
  ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'பெப்ரவரி'],
  [],
  [],
  [],
  [],
  [],
  ['আগষ্ট', 'ஓகஸ்ட்'],
  ['செப்டெம்பர்'],
  ['ஒக்டோபர்'],
  [],
  [],
];

// Compared in NFC: फ़ typed as one code point (U+095E) is फ and a nukta once normalized, as these names are (and
// Bengali য়, U+09DF, is য and a nukta).
const MONTH_NAMES = EUROPEAN_MONTH_NAMES.map((names, month) =>
  [
    ...names,
    ...(ARABIC_MONTH_NAMES[month] ?? []),
    ...(HINDI_URDU_MONTH_NAMES[month] ?? []),
    ...(BENGALI_TAMIL_MONTH_NAMES[month] ?? []),
  ].map((name) => name.normalize('NFC')),
);

/**
 * The month a word names and its calendar: a name of this module's table, whole
 * or abbreviated ("Sept", "déc", "Okt"), or a whole name or abbreviation the
 * locale data writes (world-calendars.ts: "Şubat", "Φεβρουαρίου", "بهمن");
 * undefined when the word is not a month or is ambiguous. In the text's language
 * first, when it is known: "listopada" is October in Croatian, November in Polish.
 * @example writtenMonth('Sept') // { month: 9, calendar: 'gregory' }
 * @example writtenMonth('بهمن') // { month: 11, calendar: 'persian' }
 * @example writtenMonth('listopada', 'hr') // { month: 10, calendar: 'gregory' }
 */
export function writtenMonth(word: string, lang?: string): NamedMonth | undefined {
  const own = lang ? languageMonth(word, lang) : undefined;
  if (own) return own;
  const token = nameKey(word).replace(/\.$/, '');
  // Whole names of any length (آب is August), abbreviations of at least three letters.
  const exact = MONTH_NAMES.findIndex((names) => names.includes(token));
  if (exact >= 0) return { month: exact + 1, calendar: 'gregory' };
  const world = worldMonth(token);
  if (world) return world;
  if (token.length < 3) return undefined;
  const found = new Set<number>();
  MONTH_NAMES.forEach((names, index) => {
    if (names.some((name) => name === token || name.startsWith(token))) found.add(index + 1);
  });
  return found.size === 1 ? { month: [...found][0]!, calendar: 'gregory' } : undefined;
}

/**
 * The Gregorian month (1–12) a word names, in full or abbreviated ("Sept",
 * "déc", "Okt", "Şubat"), or undefined when the word is not a month of that
 * calendar (a Solar Hijri month's days fall in two of its months) or is ambiguous.
 * @example monthNumber('Sept') // 9
 * @example monthNumber('März') // 3
 */
export function monthNumber(word: string, lang?: string): number | undefined {
  const named = writtenMonth(word, lang);
  // A Thai month is a Gregorian one; a Solar Hijri or Ethiopian month's days fall in two of them.
  return named && (named.calendar === 'gregory' || named.calendar === 'buddhist') ? named.month : undefined;
}

/**
 * A text's figures in ASCII, whatever script's digits they were written in (asciiDigits) or in Ethiopic numerals,
 * and composed, as month names are compared.
 */
const inFigures = (text: string) => ethiopicNumerals(asciiDigits(text)).normalize('NFC');

/**
 * The endings Bengali reads a day of the month with, written onto its figures: ১লা (1st), ২রা, ৩রা, ৪ঠা, ১২ই, ২১শে.
 * A regular-expression alternation.
 */
const BENGALI_DAY_ENDING = 'লা|রা|ঠা|ই|শে';

/**
 * The words Urdu, Persian and Arabic write the first day of a month with, in the place of its figure: یکم (first;
 * also typed يكم) and Persian's اول, "یکم ستمبر 2023", "اول مهر ۱۴۰۲"; Arabic's الأول, mostly before من (of),
 * "الأول من أكتوبر 2023". Read as 1 only before a month's name: كانون الأول is December, and اول a word of prose.
 */
const FIRST_DAY = /(?<![\p{L}\p{M}])(?:[یي][کك]م|اول|ال[أا]ول(?:\s+من)?)(?=\s)/gu;

/**
 * A text with the first of a month written as a word (FIRST_DAY) written as the figure 1.
 * @example withFirstDay('یکم ستمبر 2023') // '1 ستمبر 2023'
 * @example withFirstDay('15 كانون الأول 2023') // '15 كانون الأول 2023'
 */
function withFirstDay(text: string): string {
  return text.replace(FIRST_DAY, (word, at: number) => {
    const rest = text.slice(at + word.length).trimStart();
    const next = /^[\p{L}\p{M}]+/u.exec(rest)?.[0] ?? '';
    const month =
      writtenMonth(next) !== undefined ||
      MONTH_NAMES.some((names) => names.some((name) => name.includes(' ') && rest.startsWith(name)));
    return month ? '1' : word;
  });
}

/** The little words Romance languages write inside a date: "2 de septiembre del 2023", "2 di settembre". */
export const DATE_CONNECTORS: readonly string[] = ['de', 'del', 'di'];

const CONNECTOR = DATE_CONNECTORS.join('|');

/** The patterns of dates written with a month's name, built once the first date is read. */
interface NamedDatePatterns {
  dayFirst: RegExp;
  /** A day, a month's name and the last two figures of the year: "15 ม.ค. 67", as Thai papers print the Buddhist Era. */
  dayFirstShortYear: RegExp;
  monthFirst: RegExp;
  yearFirst: RegExp;
  /** The year with Armenian's mark, then the month and the day: "2015 թ. մարտի 12". */
  yearMarkMonthDay: RegExp;
  /** The year with its word, then the day and the month: Uzbek "2020-yil 14-avgust", "2012 йил 9 июнь", Kazakh. */
  yearWordDayMonth: RegExp;
  monthAndDay: RegExp;
}
let namedDatePatterns: NamedDatePatterns | undefined;

function namedPatterns(): NamedDatePatterns {
  if (namedDatePatterns) return namedDatePatterns;
  // A month name: a word of three letters or more (its vowel signs and viramas, combining marks, within it: मार्च),
  // or one of the names that are shorter, of two words or written with other marks (دی, كانون الثاني, ม.ค., ינו׳).
  const special = [...MONTH_NAMES.flat(), ...worldMonthNames()]
    .filter((name) => name.length < 3 || /[^\p{L}\p{M}]/u.test(name.replace(/\.$/, '')))
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp);
  // Persian may write "month" after its name: ۸ بهمن‌ماه ۱۴۰۱, ۸ بهمن ماه ۱۴۰۱.
  const word = String.raw`((?:${special.join('|')})\.?|\p{L}[\p{L}\p{M}]{2,}\.?)(?:[\s\u200c]ماه)?`;
  namedDatePatterns = {
    // 13 March 2015 · 13. März 2015 · 1er mai 2015 · 13 de marzo de 2015 · 2 de septiembre del 2023 · 2 di settembre
    // 2023 · 15 مارس، 2019 (Arabic's comma where a comma may stand, here and month first) · ১২ই মার্চ ২০২৪
    dayFirst: new RegExp(
      String.raw`(?<![\d\p{L}\p{M}])(\d{1,2})(?:\.|er|st|nd|rd|th|º|${BENGALI_DAY_ENDING})?\s+(?:(?:${CONNECTOR})\s+)?${word}[,،]?\s+(?:(?:${CONNECTOR}|พ\.ศ\.|ค\.ศ\.)\s*)?(\d{4})(?!\d)`,
      'u',
    ),
    dayFirstShortYear: new RegExp(
      // The year ends the date, or a time follows ("15 ม.ค. 67 10:30 น.", "เวลา 10:30"): "5 ม.ค. 20 คน" is 20 people.
      String.raw`(?<![\d\p{L}\p{M}])(\d{1,2})\s+${word}\s+(?:พ\.ศ\.\s*)?(\d{2})(?![\d:.])(?=\s*(?:$|[^\p{L}\s]|เวลา))`,
      'u',
    ),
    // March 13, 2015 · Sept. 10 2015 · Fri Mar 13 21:30:09 EST 2015 · ጥር 12 ቀን 2016 (Amharic: "Tir 12, day, 2016")
    // · ግንቦት 28/2016
    monthFirst: new RegExp(
      String.raw`(?<![\p{L}\p{M}])${word}\s+(\d{1,2})(?:st|nd|rd|th|\s+ቀን)?(?:[,،]?\s+|\/)(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?:\p{L}{2,5}\s+)?)?(\d{4})(?!\d)`,
      'iu',
    ),
    // The year first, as Hungarian and Lithuanian write it, the month in lower case and the day closed as they close
    // it: 2023. február 6., 2023 m. vasario 6 d. (so "in 2021. May 5 was…" is no date).
    yearFirst: new RegExp(
      String.raw`(?<![\d.])(\d{4})(?:\.|\s+m\.)\s+(?=\p{Ll})${word}\s+(\d{1,2})(?:\.|\s*d\.)(?![\d\p{L}])`,
      'u',
    ),
    yearMarkMonthDay: new RegExp(String.raw`(?<![\d.])(\d{4})\s*թ\.?\s+${word}\s+(\d{1,2})(?![\d\p{L}])`, 'u'),
    yearWordDayMonth: new RegExp(
      String.raw`(?<![\d.])(\d{4})-?\s*(?:yil|йил|жылы|жылғы|ж\.)\s*,?\s+(\d{1,2})(?:-|\s+)${word}(?![\p{L}\p{M}])`,
      'iu',
    ),
    // The month's name a whole word: "۸ مهر" is 8 Mehr, no May (مه) and the rest of a word.
    monthAndDay: new RegExp(
      String.raw`(?<![\p{L}\p{M}])${word}\s+(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})(?:\.|${BENGALI_DAY_ENDING})?\s+${word}(?![\p{L}\p{M}])`,
      'gu',
    ),
  };
  return namedDatePatterns;
}

const NUMERIC = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// 2019/03/15 · 2019/3/5: year first, so one way only
const YEAR_FIRST_SLASHED = /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/;
// 2024.05.20 · 2024. 5. 20.: year first with stops, as Korean and Chinese papers print it, the month and day in two
// figures each or, spaced, with the day's closing stop; not a version (v2024.05.20, 2024.04.1, 2024.05.20-rc1,
// 2024.05.20.1) nor a sentence's end ("in 2024. 3. 5 people").
const YEAR_FIRST_DOTTED =
  /(?<![\p{L}\p{N}.])(\d{4})(?:\.(\d{2})\.(\d{2})|\. (\d{1,2})\. (\d{1,2})\.)(?![\p{L}\p{N}-]|\.\d)/u;
// 2025年1月20日 (Chinese, Japanese) · 2025년 1월 20일 (Korean); a year of an era (below) counted from the era's first
// year: 民國108年3月12日 (Taiwan's Republic of China calendar), 平成31年4月30日, 令和元年5月1日 (Japan's).
const YEAR_MONTH_DAY =
  /(?<!\d)(?:((?:中華|中华)?民[國国]|令和|平成|昭和)\s*(\d{1,3}|元)|(\d{4})|(1\d{2})(?=\s*年))\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
// The year before an era's first: 民國1年 is 1912, 令和1年 2019. A bare three-digit year (108年3月12日) is a Republic
// of China year too, as Taiwan writes dates without the era's name, but only with 年 (Korean 100년 is a count) and
// only up to this year (創校120年3月1日 is a school's 120th year, not 2031); a bare two-digit one ("98年") is not
// read: it is 2009 in Taiwan and 1998 in the mainland's shorthand.
const ERA_START: Readonly<Record<string, number>> = { 民國: 1911, 民国: 1911, 令和: 2018, 平成: 1988, 昭和: 1925 };

/** The Gregorian year of a YEAR_MONTH_DAY match. */
function yearOfEra(match: RegExpExecArray): string | undefined {
  const [, era, eraYear, year, republic] = match;
  if (year) return year;
  if (republic) {
    const gregorian = Number(republic) + ERA_START['民國']!;
    return gregorian <= new Date().getUTCFullYear() ? String(gregorian) : undefined;
  }
  if (!era || !eraYear) return undefined;
  return String((eraYear === '元' ? 1 : Number(eraYear)) + (ERA_START[era.slice(-2)] ?? 0));
}
// Vietnamese writes the month as a number after the word for month: "ngày 6 tháng 2 năm 2023" (day 6, month 2, year
// 2023), "6 tháng 2, 2023", "06 tháng 02 năm 2023"; one way only, day first.
const VIETNAMESE = /(?<!\d)(\d{1,2})\s+th[áa]ng\s+(\d{1,2})(?:\s*,\s*|\s+n[ăa]m\s+|\s+)(\d{4})(?!\d)/iu;
// 13.03.2015 (day first, as Europe writes it)
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/;
// 05/10/2018: day first in most of the world, month first in the United States
// and 15-3-2019, written with dashes (Arabic and Indian news sites), read as a slashed date is
const SLASHED = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])/;

/** How a page writes a slashed date, when its language tells: 05/10/2018 is 5 October or May 10. */
export type SlashedOrder = 'day-first' | 'month-first';

/**
 * What a text's language tells about its dates, where it is known: the order of a slashed date, and whose month
 * names come first ("12. listopada 2015." is in October in Croatian, in November in Polish).
 */
export interface DateReading {
  readonly slashed?: SlashedOrder | undefined;
  readonly lang?: string | undefined;
}

/**
 * How dates are read in a language (slashedOrder, its month names first).
 * @example dateReading('hr') // { slashed: 'day-first', lang: 'hr' }
 */
export function dateReading(lang: string | undefined): DateReading {
  return lang ? { slashed: slashedOrder(lang), lang } : {};
}

/**
 * The order of a slashed date in a language: month first in American English
 * (and English not told apart, most often American on the web), day first in
 * every other language and in the other Englishes (en-GB, en-IN, en-AU…).
 * @example slashedOrder('pt-BR') // 'day-first'
 * @example slashedOrder('en-Latn-US') // 'month-first'
 */
export function slashedOrder(lang: string | undefined): SlashedOrder | undefined {
  if (!lang) return undefined;
  const tag = scriptAndRegion(lang);
  if (!tag) return undefined;
  // en, en-US, en-Latn-US, en_US: American; en-GB, en-IN, en-AU…: day first.
  return tag.language === 'en' && (tag.region === undefined || tag.region === 'US') ? 'month-first' : 'day-first';
}

/** Languages whose readers count years in the Solar Hijri calendar (Persian, for Iran and Afghanistan; Pashto). */
const SOLAR_HIJRI_READERS = new Set(['fa', 'prs', 'ps', 'pbt', 'pbu']);

/**
 * The first calendar day written in a text, or undefined. A slashed date
 * (05/10/2018) is read in the order given; without one, only when it cannot
 * be read two ways (25/10/2018, 10/25/2018, 05/05/2018).
 * @example writtenDate('Publié le 4 mai 2015 à 19h12') // '2015-05-04'
 * @example writtenDate('Updated Sept. 10, 2015, 4:01 PM') // '2015-09-10'
 * @example writtenDate('05/10/2018 - Publicado por', { slashed: 'day-first' }) // '2018-10-05'
 * @example writtenDate('12. listopada 2015.', dateReading('hr')) // '2015-10-12'
 */
export function writtenDate(written: string, reading: DateReading = {}): string | undefined {
  const text = withFirstDay(inFigures(written));
  const { lang } = reading;
  const candidates: { at: number; day: string | undefined }[] = [];
  const { dayFirst, dayFirstShortYear, monthFirst, yearFirst, yearMarkMonthDay, yearWordDayMonth } = namedPatterns();
  const named = (match: RegExpExecArray | null, year: number, month: number, dayOfMonth: number) => {
    if (match) candidates.push({ at: match.index, day: namedDay(match[year], match[month], match[dayOfMonth], lang) });
  };
  named(dayFirst.exec(text), 3, 2, 1);
  named(monthFirst.exec(text), 3, 1, 2);
  named(yearFirst.exec(text), 1, 2, 3);
  named(yearMarkMonthDay.exec(text), 1, 2, 3);
  named(yearWordDayMonth.exec(text), 1, 3, 2);
  // Two figures of a year only with a month of the Buddhist calendar's names: Thai papers' "15 ม.ค. 67" is 2567 (2024).
  const short = dayFirstShortYear.exec(text);
  if (short && writtenMonth(short[2] ?? '')?.calendar === 'buddhist')
    candidates.push({ at: short.index, day: namedDay(String(2500 + Number(short[3])), short[2], short[1], lang) });
  // Iran writes its own dates year first in figures (1401/11/08, ۱۴۰۱-۱۱-۰۸): a year from 1300 to 1499 is a Solar
  // Hijri one, as no archive of news dates its articles in the Middle Ages; slashed in ASCII or Persian figures, and
  // with dashes, which ISO 8601 also writes, only in Persian ones. Not in the Arabic-Indic figures of Arabic papers,
  // nor before هـ: those are the lunar Hijri years of Saudi Arabia's calendar (1445/03/01هـ).
  const persianFigures = /[۰-۹]/.test(written);
  const arabicFigures = /[٠-٩]/.test(written);
  for (const pattern of [NUMERIC, YEAR_FIRST_SLASHED, YEAR_FIRST_DOTTED]) {
    const numeric = pattern.exec(text);
    if (!numeric) continue;
    // (The dotted pattern's spaced form gives its month and day as the fourth and fifth groups.)
    const dayText = numeric[3] ?? numeric[5] ?? '';
    const [year, month, dayOfMonth] = [Number(numeric[1]), Number(numeric[2] ?? numeric[4]), Number(dayText)];
    const after = text.slice(numeric.index + numeric[0].length);
    if (ETHIOPIAN_YEAR_MARK.test(amharicSpelling(after))) {
      candidates.push({ at: numeric.index, day: ethiopianDay(year, month, dayOfMonth) });
      continue;
    }
    const hijriYears = isSolarHijriYear(year);
    if (hijriYears && LUNAR_HIJRI_MARK.test(after)) continue;
    // In ASCII figures with dashes, as ISO 8601 writes a day, a Hijri year is Solar only where its readers count so
    // (a Persian or Pashto page); elsewhere it is no day at all, never one of the Christian Middle Ages.
    const solarReaders = lang !== undefined && SOLAR_HIJRI_READERS.has(primaryLanguage(lang));
    if (hijriYears && pattern === NUMERIC && !persianFigures && !solarReaders) continue;
    const solarHijri = hijriYears && !arabicFigures;
    candidates.push({
      at: numeric.index,
      day: solarHijri ? solarHijriDay(year, month, dayOfMonth) : day(numeric[1], month, dayText),
    });
  }
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd) candidates.push({ at: ymd.index, day: day(yearOfEra(ymd), Number(ymd[5]), ymd[6]) });
  const dotted = DOTTED.exec(text);
  if (dotted) candidates.push({ at: dotted.index, day: dayFirstDay(text, dotted, undefined) });
  const vietnamese = VIETNAMESE.exec(text);
  if (vietnamese)
    candidates.push({ at: vietnamese.index, day: day(vietnamese[3], Number(vietnamese[2]), vietnamese[1]) });
  const slash = SLASHED.exec(text);
  if (slash) candidates.push({ at: slash.index, day: dayFirstDay(text, slash, reading.slashed) });
  return candidates.filter((c) => c.day).sort((a, b) => a.at - b.at)[0]?.day;
}

/**
 * A month and day without a year, as datelines write them ("Sept. 10").
 * @example monthAndDay('LONDON, Sept. 10 (Reuters) -') // { month: 9, day: 10 }
 * @example monthAndDay('新华社上海3月12日电') // { month: 3, day: 12 }
 */
export function monthAndDay(written: string, lang?: string): { month: number; day: number } | undefined {
  const text = withFirstDay(inFigures(written));
  const han = /(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u.exec(text);
  if (han && Number(han[1]) <= 12 && Number(han[2]) >= 1 && Number(han[2]) <= 31)
    return { month: Number(han[1]), day: Number(han[2]) };
  for (const match of text.matchAll(namedPatterns().monthAndDay)) {
    const month = monthNumber(match[1] ?? match[4] ?? '', lang);
    const dayOfMonth = Number(match[2] ?? match[3]);
    if (month && dayOfMonth >= 1 && dayOfMonth <= 31) return { month, day: dayOfMonth };
  }
  return undefined;
}

/**
 * The day of a date written day first in figures, with dots (13.03.2015) or slashes and dashes (SLASHED): one of the
 * Ethiopian calendar when the year is marked as one of it ("12/5/2016 ዓ.ም", as Ethiopian papers write them, day
 * first), else Gregorian.
 */
function dayFirstDay(text: string, match: RegExpExecArray, slashed: SlashedOrder | undefined): string | undefined {
  const dotted = match.length === 4;
  const [first, second, year] = dotted ? [match[1], match[2], match[3]] : [match[1], match[3], match[4]];
  if (ETHIOPIAN_YEAR_MARK.test(amharicSpelling(text.slice(match.index + match[0].length))))
    return ethiopianDay(Number(year), Number(second), Number(first));
  if (dotted) return day(year, Number(second), first);
  return slashedDay(Number(first), Number(second), year, slashed);
}

/** A slashed date's day: a number over 12 is the day whatever the order; otherwise the order given decides. */
function slashedDay(
  first: number,
  second: number,
  year: string | undefined,
  order: SlashedOrder | undefined,
): string | undefined {
  const known = first > 12 ? 'day-first' : second > 12 || first === second ? 'month-first' : order;
  if (known === undefined) return undefined;
  return known === 'month-first' ? day(year, first, String(second)) : day(year, second, String(first));
}

/** The Gregorian day of a date written with a month's name, in that name's calendar. */
function namedDay(
  year: string | undefined,
  name: string | undefined,
  dayOfMonth: string | undefined,
  lang: string | undefined,
): string | undefined {
  const named = writtenMonth(name ?? '', lang);
  if (!year || !named || !dayOfMonth) return undefined;
  if (named.calendar === 'persian') return solarHijriDay(Number(year), named.month, Number(dayOfMonth));
  const gregorian = gregorianDay(named.calendar, Number(year), named.month, Number(dayOfMonth));
  return gregorian && parseArticleDate(gregorian) ? gregorian : undefined;
}

// هـ after a date (its tatweel perhaps left out): a year of the lunar Hijri calendar.
const LUNAR_HIJRI_MARK = /^\s*هـ?(?!\p{L})/u;

/** An Ethiopian calendar day's Gregorian day, no later than today. */
function ethiopianDay(year: number, month: number, dayOfMonth: number): string | undefined {
  const gregorian = gregorianDay('ethiopic', year, month, dayOfMonth);
  return gregorian && gregorian <= new Date().toISOString().slice(0, 10) ? gregorian : undefined;
}

/**
 * A Solar Hijri day's Gregorian day, for years from 1300 (1921) to 1499 and no later than today: a later day is a
 * lunar Hijri date (1445/03/01 is 2023 in that calendar, 2066 in this one), a file number or a typing slip.
 */
function solarHijriDay(year: number, month: number, dayOfMonth: number): string | undefined {
  if (!isSolarHijriYear(year)) return undefined;
  const gregorian = gregorianDay('persian', year, month, dayOfMonth);
  return gregorian && gregorian <= new Date().toISOString().slice(0, 10) ? gregorian : undefined;
}

/**
 * A day written in figures. A year of the Buddhist Era is read as one (christianYear), as Thai pages write their
 * dates in figures too (15/01/2567 is 15 January 2024): no archive dates its news in those centuries.
 */
function day(year: string | undefined, month: number | undefined, dayOfMonth: string | undefined): string | undefined {
  if (!year || !month || !dayOfMonth) return undefined;
  const text = `${christianYear(year)}-${String(month).padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`;
  return parseArticleDate(text) ? text : undefined;
}

// Words a date may hold besides its month: Persian "month" after the name (بهمن ماه), Lithuanian year and day marks
// (2023 m. vasario 6 d.), Thai eras (พ.ศ. 2566 of the Buddhist one, ค.ศ. 2023 of the Christian).
// The word for "year" after a year, as Polish, Russian, Ukrainian and the languages of former Yugoslavia write it
// ("14 lipca 2023 r.", "12 марта 2003 г.", "2. siječnja 2020. godine"), Polish "dnia" (on the day) before one, and
// Lithuanian's "m." and "d."; Persian's ماه after a month, Thai's eras and time words.
const OTHER_DATE_WORDS = new Set([
  'ماه',
  'm.',
  'd.',
  'พ.ศ.',
  'ค.ศ.',
  // Thai: "the day" before it, "at" and "o'clock" around the time ("11 เมษายน 2567 เวลา 15:30 น.").
  'วันที่',
  'เวลา',
  'น.',
  'r.',
  'roku',
  'dnia',
  'г.',
  'года',
  'р.',
  'року',
  'godine',
  'god.',
  // Urdu's "on the day", "on the date", "dated" and era's mark apart ("بروز اتوار، 3 ستمبر 2023", "2023 ء"); Persian's
  // and Arabic's "day" ("روز سه‌شنبه", "يوم الثلاثاء").
  'بروز',
  'بتاریخ',
  'مورخہ',
  'ء',
  'روز',
  'يوم',
  // Amharic's "day" between the day and the year ("ጥር 12 ቀን 2016"), and the marks of the Ethiopian calendar's years
  // (ዓ.ም, ETHIOPIAN_YEAR_MARK) and the Gregorian's (እ.ኤ.አ., "as the Europeans count").
  'ቀን',
  'ዓ.ም',
  'ዓ.ም.',
  'ዓ/ም',
  'E.C.',
  'እ.ኤ.አ',
  'እ.ኤ.አ.',
]);
// Vietnamese: day, month, year, "at", the hour, and the weekdays ("Thứ Hai" is "day two", Monday; "Chủ nhật", Sunday).
const VIETNAMESE_DATE_WORD = /^(?:ngày|tháng|năm|lúc|giờ|thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật)$/iu;
// Words of the time a date may carry: "at 2:26 PM HST", "4:00 am CST"; a weekday before it ("Tue, Nov 19").
// The words around a time of day: "at 2:26 PM", « à 00 h 20 », "um 10 Uhr", "alle ore 10", "a las 10:30", "às 10h".
const TIME_WORD = /^(?:at|[ap]m|noon|midnight|à|h|heures?|um|uhr|alle|ore|às|a|las|horas?|hs)$/i;
// Indonesia's own: WIB, WITA (WIT is of the pattern).
const TIME_ZONE = /^(?:[A-Z]{1,4}T|UTC|GMT|WIB|WITA)$/;
const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda|ter[cç]a|quarta|quinta|sexta|feira|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|måndag|tisdag|onsdag|torsdag|fredag|lørdag|lördag|søndag|söndag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п[’'ʼ]ятниця|субота|неділя|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार|پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار)$/i;

/**
 * The labels Korean pages print before the time a story was published: 입력 (entered), 기사입력, 등록 (registered),
 * 승인 (approved): "입력 2024.05.20 09:10".
 */
export const KOREAN_PUBLISHED_LABEL_SOURCE = '(?:기사\\s*)?(?:입력|등록|승인)';

// A weekday (星期二, 週二, 周二, 禮拜二, 火曜日, 화요일, or 二 alone in brackets after a date), the time of day (上午, 午後,
// 오전) or the word "published" or "updated" before it (發布, 更新, 掲載; Korean's published labels, not its 수정,
// "modified"), in Chinese, Japanese and Korean.
const HAN_DATE_WORD = new RegExp(
  `(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|[月火水木金土日]曜日?|[월화수목금토일]요일|[（(][一二三四五六日天月火水木金土][）)]|[上下中]午|午[前後后]|[오전후]{2}|(?:發布|发布|發佈|更新|掲載|公開|刊登|出版)(?:日期|時間|时间|日時)?|${KOREAN_PUBLISHED_LABEL_SOURCE}|[:：\\s]`,
  'gu',
);

/**
 * Whether a part holds nothing but a date, however many words it takes: numbers, month
 * and weekday names, the time of day ("22 Dec, 2016", even printed twice over;
 * "November 18, 2019 at 2:26 PM HST"), no other word that would make it a
 * sentence about a date.
 * @example onlyDateWords('22 Dec, 2016 22 Dec, 2016') // true
 * @example onlyDateWords('November 18, 2019 at 2:26 PM HST') // true
 * @example onlyDateWords('Council met 22 Dec, 2016') // false
 * @example onlyDateWords('2019年3月12日（星期二）') // true
 * @example onlyDateWords('2019年3月12日，颱風登陸。') // false
 */
export function onlyDateWords(part: string): boolean {
  // "segunda-feira" is two words here, each a weekday's; a month named in two words (كانون الثاني) is one.
  const words = withFirstDay(inFigures(part))
    .replace(twoWordMonths(), ' 1 ')
    // Chinese, Japanese and Korean write a date without spaces, with its weekday and time: each is a word here.
    .replace(new RegExp(YEAR_MONTH_DAY.source, 'gu'), ' 1 ')
    .replace(HAN_DATE_WORD, ' ')
    .split(/[\s-]+/);
  // A word as written but for the commas and brackets around it (abbreviations keep their stops: ก.พ., m.), or with
  // nothing but its letters and figures; a word Persian joins with a zero-width non-joiner, whole (سه‌شنبه,
  // Tuesday) or each of its parts (بهمن‌ماه, the month Bahman).
  const isDatePart = (word: string) =>
    !word.replace(BETWEEN_WORDS, '') ||
    [word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''), word.replace(BETWEEN_WORDS, '')].some(isDateWord);
  return words.every((word) => isDatePart(word) || word.split('\u200c').every(isDatePart));
}

let twoWordMonthPattern: RegExp | undefined;

/** The months' names written in more than one word (Arabic's كانون الثاني, تشرين الأول), built on first need. */
function twoWordMonths(): RegExp {
  if (twoWordMonthPattern) return twoWordMonthPattern;
  const names = [...MONTH_NAMES.flat(), ...worldMonthNames()].filter((name) => /\s/u.test(name));
  twoWordMonthPattern = new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${names
      .sort((x, y) => y.length - x.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{M}])`,
    'gu',
  );
  return twoWordMonthPattern;
}

const ORDINAL_DAY = new RegExp(`^\\p{N}+(?:er|º|ª|st|nd|rd|th|${BENGALI_DAY_ENDING})?$`, 'u');
// A year with the mark of its era written onto it: Urdu's ء (عیسوی, of the Christian era), "2024ء", Arabic's م
// (ميلادي), "2024م".
const MARKED_YEAR = /^\p{N}{4}[ءم]$/u;

/** Whether a word belongs in a date: a number, a month, a weekday, a connecting word, the time of day. */
function isDateWord(word: string): boolean {
  return (
    // A number, or an ordinal day: 1er, 1º, 3rd, ১২ই; a year with its era's mark: 2024ء.
    ORDINAL_DAY.test(word) ||
    MARKED_YEAR.test(word) ||
    writtenMonth(word) !== undefined ||
    WEEKDAY.test(word) ||
    isWorldWeekday(word) ||
    OTHER_DATE_WORDS.has(word) ||
    VIETNAMESE_DATE_WORD.test(word) ||
    DATE_CONNECTORS.includes(word.toLowerCase()) ||
    TIME_WORD.test(word) ||
    TIME_ZONE.test(word)
  );
}

/** The article or preposition a date may be written after: « le 8 juin », "am 3. Mai", "op 6 juni", "on 7 May". */
export const BEFORE_DAY = /^(?:le|el|il|am|den|op|on|the)\s+(?=\p{N})/iu;

/**
 * A place, a comma, then the rest (the date): "Bruxelles, le 11 octobre 1997", "Sint-Niklaas, 2 januari 2000"; the
 * place may name its province after a comma ("Rembang, Jawa Tengah, 3 Februari 2024"). A day written with its stop,
 * as Czech, Slovak and German write it, opens the date without the comma: "Brno 15. března 2024". In a script without
 * capitals the place is any word, and the comma may be Arabic's: "کوئٹہ، 3 ستمبر 2023", "مشهد، ۹ مهر ۱۴۰۲".
 */
const PLACE_THEN_DATE =
  /^((?:\p{Lu}|\p{Lo})[\p{L}\p{M}\u200c'’.-]*(?:\s[\p{L}\p{M}\u200c'’.-]+){0,3}(?:,\s*\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?:\s[\p{L}\p{M}'’.-]+){0,2})?)(?:[,،፣]\s*|\s+(?=\p{N}{1,2}\.\s))(.+)$/u;

/**
 * Words that label a date and name no place, which a day with its stop may follow as a place's name does ("Stand 15.
 * März 2024", as of; "Dne 15. března 2024", on the day): German Stand, vom, heute, gestern, Datum, aktualisiert,
 * veröffentlicht, erschienen; Czech and Slovak dne, dňa, dnes, včera, vydáno, upraveno, aktualizováno, publikováno,
 * zveřejněno (and their Slovak forms), datum; Polish dnia, dziś, dzisiaj, wczoraj, data, aktualizacja, opublikowano;
 * a picture's or a text's credit, Foto, Text. Compared in lower case.
 */
const DATE_LABEL_WORDS = new Set(
  [
    ...['stand', 'vom', 'heute', 'gestern', 'datum', 'aktualisiert', 'veröffentlicht', 'erschienen', 'geändert'],
    ...['dne', 'dňa', 'dnes', 'včera', 'vydáno', 'vydané', 'upraveno', 'upravené', 'aktualizováno', 'aktualizované'],
    ...['publikováno', 'publikované', 'zveřejněno', 'uverejnené', 'dnia', 'dziś', 'dzisiaj', 'wczoraj', 'data'],
    ...['aktualizacja', 'zaktualizowano', 'opublikowano', 'foto', 'fotó', 'fot.', 'text', 'tekst'],
  ].map((word) => word.normalize('NFC')),
);

/**
 * Whether a line is a place, a comma (or a day with its stop) and then nothing but a date, as a local paper's
 * dateline or a letter's signature stands on a line of its own. A weekday before the comma ("Monday, 8 June 1997",
 * "Pazartesi, 6 Şubat 2023", "Pondělí 15. března 2024") is part of the date, no place; so is a word that labels the
 * date (DATE_LABEL_WORDS: "Stand 15. März 2024", "Dne 15. března 2024").
 * @example isPlaceAndDate('Namur, le 8 juin 1997') // true
 * @example isPlaceAndDate('Brno 15. března 2024') // true
 * @example isPlaceAndDate('کوئٹہ، 3 ستمبر 2023ء') // true
 * @example isPlaceAndDate('Monday, 8 June 1997') // false
 * @example isPlaceAndDate('Stand 15. März 2024') // false
 * @example isPlaceAndDate('Paris, a city of light') // false
 * @example isPlaceAndDate('Hà Nội, 6-2-2023 09:15', { slashed: 'day-first' }) // true
 */
export function isPlaceAndDate(line: string, reading?: DateReading): boolean {
  const placed = PLACE_THEN_DATE.exec(line.trim());
  // A weekday's name of two words is no place either: Hebrew's "יום שני" (Monday).
  if (!placed || onlyDateWords(placed[1]!) || isWorldWeekday(placed[1]!)) return false;
  if (placed[1]!.split(/\s+/).some((word) => DATE_LABEL_WORDS.has(word.normalize('NFC').toLowerCase()))) return false;
  const date = placed[2]!.replace(BEFORE_DAY, '');
  return writtenDate(date, reading) !== undefined && onlyDateWords(date);
}
