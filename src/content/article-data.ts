/**
 * The shape of an article as the pages see it: the validated frontmatter plus
 * what the loader derives once (slug, URL, summary, word count).
 */
import type { ArticleFrontmatter } from '../schemas/article.ts';

export type ArticleData = Omit<ArticleFrontmatter, 'slug'> & {
  /** Resolved slug: the frontmatter's, or the file name's. */
  slug: string;
  /** Site path without base, `/YYYY/MM/DD/<slug>/`. */
  url: string;
  /** Source file, relative to the project root. */
  file: string;
  /** The frontmatter summary, or the start of the first paragraph. */
  summary: string;
  wordCount: number;
  /**
   * Absolute path of the rendered body (HTML). Bodies are files of their own,
   * not in the article store (src/content/article-store.ts): every page reads
   * the store's data, and only its own body (src/queries/article-body.ts).
   */
  bodyFile: string;
};
