/**
 * An article's rendered body, read from the file the loader wrote (bodies are
 * kept out of Astro's data store: see src/content/article-loader.ts). Read
 * when its page renders, so a build holds one body at a time, not the archive.
 */
import { readFile } from 'node:fs/promises';
import type { ArticleData } from '../content/article-data.ts';

/** The body HTML of one article, sanitized by the pipeline when it was rendered. */
export async function readArticleBody(article: Pick<ArticleData, 'bodyFile' | 'file'>): Promise<string> {
  try {
    return await readFile(article.bodyFile, 'utf8');
  } catch (error) {
    throw new Error(`${article.file}: its rendered body is missing from the build cache (${article.bodyFile}); build again to re-render it.`, { cause: error });
  }
}
