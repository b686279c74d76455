/** How long an article takes to read, shown beside its dateline. */

/** Reading time in whole minutes at 230 words a minute, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
