/**
 * Publication dates as publishers write them (ISO 8601 in pages and Atom,
 * RFC 822 in RSS), turned into article dates that keep the publisher's own
 * calendar day and offset. Nothing is converted to the machine's time zone.
 */
import { christianYear, compareArticleDates, MONTH_ABBREVIATIONS, parseArticleDate } from '../lib/dates.ts';
import { KOREAN_PUBLISHED_LABEL_SOURCE, monthNumber, writtenMonth } from '../lib/written-dates.ts';
import { isSolarHijriYear, nameKey } from '../lib/world-calendars.ts';

/**
 * A verb of publishing and the word before the day, as pages and clippings label a date: "published on",
 * "publiziert am", "publicado em", "publié le", Czech "publikováno dne", Serbian, Croatian and Bosnian "objavljeno"
 * ("објављено"), Turkish "yayınlanma:" (its date, "yayınlanma tarihi:"), Greek "δημοσιεύθηκε", "δημοσίευση:",
 * Vietnamese "đăng lúc", "đăng:" (its nouns only before their colon: "Δημοσίευση αποτελεσμάτων", "Đăng ký" and a
 * writer named Hải Đăng are no labels). A pattern's source, for the readers that anchor it their way.
 */
export const PUBLISHED_LABEL_SOURCE =
  '(?:published|posted|publiziert|veröffentlicht|erschienen|publicado|postado|publi[ée]e?|pubblicato|gepubliceerd|opublikowano|publicerad|publisert|publiceret|julkaistu|publikováno|zveřejněno|publikované|uverejnené|objavljen[oa]?|објављен[оа]?|نشر|نُشر|yay[ıi][nm]land[ıi]|yay[ıi][nm]lanma(?:\\s+tar[iİ]h[iİ])?(?=\\s*:)|yay[ıi]n\\s+tar[iİ]h[iİ](?=\\s*:)|δημοσιεύθηκε|δημοσίευση(?=\\s*:)|ngày\\s+đăng|đăng\\s+lúc|đăng(?=\\s*:))(?:\\s+(?:on|am|em|le|il|op|el|en|den|in|at|dnia|dne|в|في|ngày))?\\s*:?';

/**
 * A Korean label before a story's time, published or modified: 수정 or 최종수정 (modified, which meta-line.ts's
 * UPDATED tells apart), "입력 2024.05.20 09:10 수정 2024.05.21 10:00".
 */
export const KOREAN_TIME_LABEL_SOURCE = `(?:${KOREAN_PUBLISHED_LABEL_SOURCE}|(?:최종\\s*)?수정)`;
const KOREAN_TIME_LABEL = new RegExp(`^${KOREAN_TIME_LABEL_SOURCE}\\s*:?\\s*`, 'u');

/**
 * Whether `later` is an instant (or, without times, a day) after `earlier`, both article dates: an update that
 * gives the publication's own moment, or its day without a time, is no update.
 * @example isLater('2023-03-13', '2023-03-12T10:15:00+02:00') // true
 * @example isLater('2023-03-12', '2023-03-12') // false
 */
export function isLater(later: string, earlier: string): boolean {
  const [a, b] = [parseArticleDate(later), parseArticleDate(earlier)];
  return !!a && !!b && compareArticleDates(a, b) > 0;
}

// RFC 822 names the North American zones; anything else unknown is refused.
const ZONES: Record<string, string> = {
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
// 2020/1/10 14:33:00 (year first, so never ambiguous); with no offset, only the day is kept. As Korean pages write
// it too: a space after each dot and one closing the day ("2024. 5. 20."), the time after 오전 or 오후 (a.m., p.m.).
const YEAR_FIRST =
  /^(\d{4})(?:\/|\.\s?)(\d{1,2})(?:\/|\.\s?)(\d{1,2})\.?(?:[ T](?:(?:오전|오후|[AaPp]\.?[Mm]\.?)\s?)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)?$/u;
// Also as feeds really write it: day and month names in the site's language ("Seg, 24 Set 2018"), a time without its colon.
const RFC822 =
  /^(?:\p{L}[\p{L}\p{M}]{1,8}\.?,?\s+)?(\d{1,2})\s+(\p{L}[\p{L}\p{M}]{2,})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):?(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?)?$/iu;

/**
 * An article date from a publisher's date text, or undefined when it cannot be
 * read without guessing. A time without an offset keeps only its day (the
 * instant is unknown, the day is not).
 * @example toArticleDate('Wed, 03 Nov 2021 18:45:00 -0500') // '2021-11-03T18:45:00-05:00'
 * @example toArticleDate('2021-11-03T23:30:00.000+0100') // '2021-11-03T23:30:00+01:00'
 * @example toArticleDate('2021-11-03T10:00:00') // '2021-11-03'
 * @example toArticleDate('2567-01-15') // '2024-01-15'
 * @example toArticleDate('1402/09/20 10:15') // undefined (a Solar Hijri day: writtenDate reads it)
 */
export function toArticleDate(text: string): string | undefined {
  const written = text.trim().replace(KOREAN_TIME_LABEL, '');
  const iso = ISO.exec(written);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    // A Hijri year (Solar, 1402 is 2023; or lunar, 1445) is writtenDate's to read in its calendar, or refuse.
    if (isSolarHijriYear(Number(y))) return undefined;
    return checked(`${christianYear(y ?? '')}-${mo}-${d}`, h, mi, s, zone === undefined ? undefined : isoOffset(zone));
  }
  const yearFirst = YEAR_FIRST.exec(written);
  if (yearFirst) {
    const [, y, mo, d] = yearFirst;
    // A Hijri year (Solar, 1402 is 2023; or lunar, 1445) is writtenDate's to read in its calendar, or refuse.
    if (isSolarHijriYear(Number(y))) return undefined;
    return checked(`${christianYear(y ?? '')}-${mo?.padStart(2, '0')}-${d?.padStart(2, '0')}`);
  }
  const rfc = RFC822.exec(written);
  if (rfc) {
    const [, d, monthName, y, h, mi, s, zone] = rfc;
    const english = MONTH_ABBREVIATIONS.indexOf((monthName ?? '').toLowerCase().slice(0, 3)) + 1;
    // A feed's machine date (its time written out) may abbreviate the month in three letters of the site's
    // language ("Sre, 12 Avg 2015 14:00:00 +0200"), shorter than a written date's are read.
    const month =
      english || monthNumber(monthName ?? '') || (h === undefined ? undefined : abbreviatedMonth(monthName ?? ''));
    if (!month || !d || !y) return undefined;
    // Two figures of a Buddhist Era year after a Thai month's name ("15 มกราคม 67" is 2567, 2024) are
    // writtenDate's to read: one home for that rule.
    if (y.length === 2 && writtenMonth(monthName ?? '')?.calendar === 'buddhist') return undefined;
    const year = y.length === 2 ? String((Number(y) < 50 ? 2000 : 1900) + Number(y)) : christianYear(y);
    const day = `${year.padStart(4, '0')}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}`;
    const offset = zone === undefined ? undefined : /^[+-]/.test(zone) ? isoOffset(zone) : ZONES[zone.toLowerCase()];
    if (zone !== undefined && offset === undefined) return checked(day); // an unknown zone name: the day is still right
    return checked(day, h?.padStart(2, '0'), mi, s, offset);
  }
  return undefined;
}

/**
 * Languages whose feeds may write RFC 822's day and month in their own abbreviations ("Sre, 12 Avg 2015 14:00:00
 * +0200"): the European ones written dates are read in, and a few more written in Latin letters.
 */
const RFC822_LOCALES: readonly string[] = [
  ...['sr-Latn', 'sr', 'hr', 'bs', 'sl', 'mk', 'bg', 'ru', 'uk', 'be', 'cs', 'sk', 'pl', 'hu', 'ro', 'tr', 'az', 'el'],
  ...['fi', 'et', 'lv', 'lt', 'sv', 'da', 'nb', 'nn', 'is', 'de', 'nl', 'fr', 'es', 'ca', 'gl', 'eu', 'it', 'pt'],
  ...['sq', 'id', 'ms', 'sw', 'af', 'ga', 'cy'],
];

/** The months those languages' short forms name, a form two months or a weekday share left out: built once. */
let shortMonths: ReadonlyMap<string, number> | undefined;

function buildShortMonths(): ReadonlyMap<string, number> {
  const found = new Map<string, number | null>();
  const weekdays = new Set<string>();
  const key = (name: string) => nameKey(name).replace(/\.$/, '');
  for (const locale of RFC822_LOCALES) {
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    for (let index = 0; index < 12; index++) {
      const name = key(month.format(Date.UTC(2023, index, 15)));
      const earlier = found.get(name);
      if (earlier === undefined) found.set(name, index + 1);
      else if (earlier !== index + 1) found.set(name, null);
    }
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    // 2 January 2023 was a Monday: a week from it.
    for (let day = 2; day <= 8; day++) weekdays.add(key(weekday.format(Date.UTC(2023, 0, day))));
  }
  const months = new Map<string, number>();
  for (const [name, month] of found)
    if (month && /^[\p{L}\p{M}]{3,}$/u.test(name) && !weekdays.has(name)) months.set(name, month);
  return months;
}

/**
 * The Gregorian month a short abbreviation names in RFC 822's shape, where feeds in other languages than English
 * write their own of three letters ("Sre, 12 Avg 2015 14:00:00 +0200"): a month's short form in the locale data of
 * those languages (RFC822_LOCALES: Serbian "avg", Croatian "kol", "sij"), read only where no other language gives it
 * another month or a weekday ("Sat"). Undefined for any other word.
 * @example abbreviatedMonth('Avg') // 8
 */
function abbreviatedMonth(word: string): number | undefined {
  shortMonths ??= buildShortMonths();
  return shortMonths.get(nameKey(word).replace(/\.$/, ''));
}

function isoOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

/** Builds the article date and lets the archive's own parser refuse impossible days and times. */
function checked(day: string, hour?: string, minute?: string, second?: string, offset?: string): string | undefined {
  const text =
    hour !== undefined && minute !== undefined && offset !== undefined
      ? `${day}T${hour}:${minute}:${second ?? '00'}${offset}`
      : day;
  return parseArticleDate(text) ? text : undefined;
}
