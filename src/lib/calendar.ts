/**
 * Calendar grids for the date archive: the months of a year and the days of a
 * month, with article counts. Weeks start on the day the language's calendars
 * start them (Monday in most of Europe, Sunday in Japan, Saturday in much of
 * the Arab world); Monday (ISO 8601) unless told.
 */
import { daysInMonth, utcDay } from './dates.ts';

/** One day cell of a month grid; `day` is undefined for padding cells. */
export interface DayCell {
  day?: string | undefined;
  /** Day of the month, 1–31 (0 for padding). */
  date: number;
  count: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Weekday of a day, Monday = 0 … Sunday = 6, from the calendar alone. */
export function isoWeekday(year: number, month: number, day: number): number {
  return (new Date(utcDay(year, month, day)).getUTCDay() + 6) % 7;
}

/**
 * The weeks of a month, each seven cells, padded before the 1st and after the
 * last day. `counts` maps `YYYY-MM-DD` to the number of articles that day;
 * `weekStartsOn` is the first column, 0 Sunday … 6 Saturday (date-fns' numbering).
 * @example monthGrid('2024-02', new Map()).length // 5 (February 2024 starts on a Thursday)
 */
export function monthGrid(month: string, counts: ReadonlyMap<string, number>, weekStartsOn = 1): DayCell[][] {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const sundayBased = (isoWeekday(year, m, 1) + 1) % 7;
  const lead = (sundayBased - weekStartsOn + 7) % 7;
  const cells: DayCell[] = Array.from({ length: lead }, () => ({ date: 0, count: 0 }));
  for (let d = 1; d <= daysInMonth(year, m); d++) {
    const day = `${month}-${pad(d)}`;
    cells.push({ day, date: d, count: counts.get(day) ?? 0 });
  }
  while (cells.length % 7 !== 0) cells.push({ date: 0, count: 0 });
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/**
 * The twelve months of a year with their counts (`counts` maps `YYYY-MM`).
 * @example yearMonths('2024', new Map([['2024-03', 2]]))[2] // { month: '2024-03', count: 2 }
 */
export function yearMonths(year: string, counts: ReadonlyMap<string, number>): { month: string; count: number }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${pad(i + 1)}`;
    return { month, count: counts.get(month) ?? 0 };
  });
}
