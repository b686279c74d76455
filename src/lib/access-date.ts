/**
 * The access date of a citation is the day the reader reads it, which a static
 * page cannot know when it is built: pages carry the day they were built, and
 * the browser puts today's date in its place (src/client/cite.ts). Kept apart
 * from citation.ts so the browser's bundle has no date library in it.
 */

/** A reader's calendar day, `YYYY-MM-DD`, in their own time zone. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "November 16, 2023", as the Chicago entry writes days. */
export function chicagoAccessDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

/**
 * A BibTeX or RIS record with its access date (`urldate`, `Y2`) moved from
 * `from` to `to` (both `YYYY-MM-DD`); nothing else changes.
 * @example withAccessDay('  urldate = {2023-11-14},\n', '2023-11-14', '2024-01-02') // '  urldate = {2024-01-02},\n'
 */
export function withAccessDay(record: string, from: string, to: string): string {
  const slashed = (day: string) => `${day.replaceAll('-', '/')}/`;
  return record.replace(`urldate = {${from}}`, `urldate = {${to}}`).replace(`Y2  - ${slashed(from)}`, `Y2  - ${slashed(to)}`);
}
