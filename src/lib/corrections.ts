/**
 * Every correction in the archive, newest first, with the article it belongs to.
 */
import type { ArticleDate } from './dates.ts';

export interface CorrectionEntry<A> {
  article: A;
  date: ArticleDate;
  text: string;
}

/**
 * Flattens and sorts the corrections of all articles, newest first (ties by article URL).
 * @example allCorrections([{ url: '/a/', corrections: [] }]) // []
 */
export function allCorrections<A extends { url: string; corrections: readonly { date: ArticleDate; text: string }[] }>(
  articles: readonly A[],
): CorrectionEntry<A>[] {
  return articles
    .flatMap((article) => article.corrections.map(({ date, text }) => ({ article, date, text })))
    .sort((a, b) => b.date.timestamp - a.date.timestamp || a.article.url.localeCompare(b.article.url));
}
