/**
 * One article file, from its bytes to what the loader keeps: read, hashed,
 * validated and, when published, its body rendered and written to the body
 * cache. The same step runs in the loader's thread for a few files and in
 * worker threads (article-worker.ts) for many, so a cold build reads,
 * validates and renders on every core instead of validating on one first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { BodyLimits } from '../lib/limits.ts';
import { renderArticleBody } from '../markdown/pipeline.ts';
import type { LeadData } from '../markdown/remark-lead.ts';
import { readArticleSource, type ArticleProblem, type ArticleSource } from './read-article.ts';
import { sourceHash } from './read-memo.ts';

/** What every file of one load shares. */
export interface ArticleFileSetup {
  /** Fingerprint of the code and settings behind a stored entry (see article-loader.ts): part of each digest. */
  fingerprint: string;
  limits: BodyLimits;
  /** Language of an article that names none. */
  siteLang: string;
  /** Folder of the rendered bodies, each `<digest>.html`. */
  bodiesDir: string;
}

/** One file to read. */
export interface ArticleFileTask {
  /** Absolute path. */
  path: string;
  /** Project-relative path with forward slashes: messages, the store, the memos. */
  file: string;
  /** Digest of the stored entry whose body is in the cache: a file that still digests to it is not parsed again. */
  stored?: string | undefined;
}

/** Article data as the loader keeps it: the body is rendered, not carried. */
export type ReadArticle = Omit<ArticleSource, 'body'>;

/** What reading one file gave. */
export type ArticleFileOutcome =
  | { kind: 'unreadable'; message: string }
  | { kind: 'unchanged'; digest: string; hash: string }
  | { kind: 'problems'; digest: string; hash: string; problems: ArticleProblem[] }
  /** `rendered` is absent for a draft, which is never rendered. */
  | { kind: 'article'; digest: string; hash: string; article: ReadArticle; rendered?: LeadData };

/**
 * The digest an article's entry is stored under: the code and settings that
 * read and rendered it, its path and its text (by hash). An equal digest
 * means nothing to redo; it also names the rendered body's file.
 * @example articleDigest('f1', 'content/2024/a.md', 'x9') // 16 hex digits
 */
export function articleDigest(fingerprint: string, file: string, textHash: string): string {
  return createHash('sha256').update(`${fingerprint}\n${file}\n${textHash}`).digest('hex').slice(0, 16);
}

/**
 * Reads, validates and renders one file; its body is written to
 * `<bodiesDir>/<digest>.html`. Never throws for a file's fault: an unreadable
 * file, invalid fields or a body that cannot be rendered come back as an
 * outcome, so one run reports every broken file. A body that cannot be
 * written throws.
 */
export async function readArticleFile(task: ArticleFileTask, setup: ArticleFileSetup): Promise<ArticleFileOutcome> {
  let text: string;
  try {
    // Synchronously: for many small files, far cheaper than promise-based reads.
    text = readFileSync(task.path, 'utf8');
  } catch (error) {
    return { kind: 'unreadable', message: (error as Error).message };
  }
  const hash = sourceHash(text);
  const digest = articleDigest(setup.fingerprint, task.file, hash);
  if (digest === task.stored) return { kind: 'unchanged', digest, hash };
  const result = readArticleSource(task.file, text, setup.limits, setup.siteLang);
  if ('problems' in result) return { kind: 'problems', digest, hash, problems: result.problems };
  const { body, ...article } = result.article;
  if (article.frontmatter.draft) return { kind: 'article', digest, hash, article };
  let html: string;
  let rendered: LeadData;
  try {
    ({ html, ...rendered } = await renderArticleBody({ markdown: body, lang: article.frontmatter.lang }));
  } catch (error) {
    const message = `the article body could not be rendered: ${(error as Error).message}`;
    return { kind: 'problems', digest, hash, problems: [{ file: task.file, field: 'body', message }] };
  }
  // A failed write is the machine's fault, not the file's: it stops the build.
  writeFileSync(join(setup.bodiesDir, `${digest}.html`), html);
  return { kind: 'article', digest, hash, article, rendered };
}
