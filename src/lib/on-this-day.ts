/**
 * "On this day": articles grouped by calendar day (month and day, any year),
 * one small file per day of the year, so the reader's browser can pick today's
 * without a rebuild.
 */
import type { ArticleSummary } from './archive.ts';
import { daysInMonth, monthDayKey } from './dates.ts';

/** One entry of an on-this-day file. */
export interface OnThisDayEntry {
  title: string;
  /** Site path without base. */
  url: string;
  /** `YYYY-MM-DD` as written. */
  day: string;
  section: string;
  /** The article's language, where it is not the interface's: the headline is marked with it. */
  lang?: string;
}

/** Every `MM-DD` of a leap year: 366 keys, 02-29 included. */
export function calendarDayKeys(): string[] {
  const keys: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const days = new Date(Date.UTC(2024, m, 0)).getUTCDate();
    for (let d = 1; d <= days; d++) keys.push(monthDayKey(m, d));
  }
  return keys;
}

/**
 * Groups articles by `MM-DD`, newest first within a day; every key of the year
 * is present (empty days too, so each day's file exists). An article in another
 * language than `interfaceLang` (the page's) says which.
 */
export function groupByCalendarDay(
  articles: readonly ArticleSummary[],
  interfaceLang?: string,
): Map<string, OnThisDayEntry[]> {
  const groups = new Map(calendarDayKeys().map((key) => [key, [] as OnThisDayEntry[]]));
  for (const article of articles) {
    const { title, url, section, lang } = article;
    groups
      .get(article.date.day.slice(5))
      ?.push({ title, url, day: article.date.day, section, ...(lang === interfaceLang ? {} : { lang }) });
  }
  for (const list of groups.values()) list.sort((a, b) => b.day.localeCompare(a.day) || a.url.localeCompare(b.url));
  return groups;
}

/**
 * What the reader sees for a given date: entries of that calendar day from
 * earlier years. On 28 February of a non-leap year, 29 February's articles
 * are shown too, so leap-day articles are not hidden for three years in four.
 * @example entriesForToday(groups, 2025, 2, 28)
 */
export function entriesForToday(
  pick: (key: string) => readonly OnThisDayEntry[],
  year: number,
  month: number,
  day: number,
): OnThisDayEntry[] {
  const key = monthDayKey(month, day);
  const isLeap = daysInMonth(year, 2) === 29;
  const keys = key === '02-28' && !isLeap ? [key, '02-29'] : [key];
  return keys
    .flatMap((k) => pick(k))
    .filter((entry) => Number(entry.day.slice(0, 4)) < year)
    .sort((a, b) => b.day.localeCompare(a.day));
}
