/**
 * An article's rendered body, read from the file the loader wrote (bodies are
 * kept apart from the article store: see src/content/article-loader.ts). Read
 * when its page renders, so a build holds one body at a time, not the archive.
 * Read synchronously: a few kilobytes from the local disk cost less that way
 * than a promise-based read's file handle, stat and close.
 */
import { readFileSync } from 'node:fs';
import type { ArticleData } from '../content/article-data.ts';

/** The body HTML of one article, sanitized by the pipeline when it was rendered. */
export function readArticleBody(article: Pick<ArticleData, 'bodyFile' | 'file'>): string {
  try {
    return readFileSync(article.bodyFile, 'utf8');
  } catch (error) {
    throw new Error(
      `${article.file}: its rendered body is missing from the build cache (${article.bodyFile}); build again to re-render it.`,
      { cause: error },
    );
  }
}
