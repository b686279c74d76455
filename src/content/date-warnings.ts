/**
 * Dates that are likely mistakes, though valid: the loader warns of them and
 * builds the article as dated. Article folders are named by date
 * (`2024/05/<slug>.md`), and a file put in the wrong folder is easy to miss:
 * the article's address follows its date, not its folder. A mistyped year
 * (2032 for 2023) puts an article after today, at the top of every list by
 * date.
 */
import { utcDay } from '../lib/dates.ts';

/**
 * A warning when the year (and month) folders of `path` (relative to the
 * articles folder) are not those of `day` (`YYYY-MM-DD`); undefined when they
 * agree or the folders are not dates.
 * @example folderDateWarning('2025/06/my-story.md', '2023-02-14') // 'is in folder 2025/06/ but dated 2023-02-14: move it to 2023/02/ (its address follows the date)'
 */
export function folderDateWarning(path: string, day: string): string | undefined {
  const match = /(?:^|\/)(\d{4})\/(?:(\d{2})\/)?[^/]*$/.exec(path.split('\\').join('/'));
  if (!match) return undefined;
  const [, year, month] = match;
  const [dayYear, dayMonth] = [day.slice(0, 4), day.slice(5, 7)];
  if (year === dayYear && (month === undefined || month === dayMonth)) return undefined;
  const folder = month === undefined ? `${year}/` : `${year}/${month}/`;
  const wanted = month === undefined ? `${dayYear}/` : `${dayYear}/${dayMonth}/`;
  return `is in folder ${folder} but dated ${day}: move it to ${wanted} (its address follows the date)`;
}

/**
 * A warning when `day` comes after `today` (both `YYYY-MM-DD`, today in UTC),
 * by more than the day an article's own time zone may be ahead of UTC.
 * @example futureDateWarning('2032-02-14', '2026-12-05') // 'is dated 2032-02-14, after today (2026-12-05): …'
 * @example futureDateWarning('2026-12-06', '2026-12-05') // undefined
 */
export function futureDateWarning(day: string, today: string): string | undefined {
  if (day <= tomorrowOf(today)) return undefined;
  return `is dated ${day}, after today (${today}): a mistyped year? It is built as dated, first in every list by date`;
}

/** The day after `today`, worked out once per build's today (a rebuild checks every article against it). */
let lastDay: { today: string; tomorrow: string } | undefined;
function tomorrowOf(today: string): string {
  if (lastDay?.today !== today) {
    const [year, month, date] = today.split('-').map(Number);
    lastDay = { today, tomorrow: new Date(utcDay(year ?? 0, month ?? 1, (date ?? 1) + 1)).toISOString().slice(0, 10) };
  }
  return lastDay.tomorrow;
}
