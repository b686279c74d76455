/**
 * Article folders are named by date (`2024/05/<slug>.md`), and a file put in
 * the wrong folder is easy to miss: the article's address follows its date,
 * not its folder. The loader warns when the two disagree.
 */

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
