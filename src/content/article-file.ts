/**
 * One article file, in the two steps the loader takes over the whole archive:
 * checked (read, hashed, validated), then, once no file of the archive is
 * broken, its body rendered and written to the body cache. Both steps run
 * in the loader's thread for a few files and in worker threads
 * (article-worker.ts) for many. Only what the loader keeps comes back to its
 * thread: an article's fields, never its body or HTML, so a cold build of
 * 100,000 articles does not hold every body in one heap.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { BodyLimits } from '../lib/limits.ts';
import type { LeadData } from '../markdown/remark-lead.ts';
import { articleBody } from './frontmatter.ts';
import { notUtf8Problem } from './file-encoding.ts';
import { readArticleSource, type ArticleProblem, type ArticleSource } from './read-article.ts';
import type { SiteFiles } from './image-files.ts';
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
  /** The site's own files (Astro's publicDir): pictures an article shows must be there, or in outDir. */
  publicDir: string;
  /** The output folder: a file put there by hand stays through rebuilds, and is the site's too. */
  outDir: string;
  /** The site's base (`/` or `/archive/`): a picture's address may carry it. */
  base: string;
}

/** A file to check. */
export interface CheckTask {
  step: 'check';
  /** Absolute path. */
  path: string;
  /** Project-relative path with forward slashes: messages, the store, the memos. */
  file: string;
  /** Digest of the stored entry whose body is in the cache: a file that still digests to it is not parsed again. */
  stored?: string | undefined;
}

/** A checked article whose body is to be rendered. */
export interface RenderTask {
  step: 'render';
  path: string;
  file: string;
  /** The text's hash when it was checked: a file edited since is not rendered. */
  hash: string;
  digest: string;
  lang: string;
}

export type ArticleFileTask = CheckTask | RenderTask;

/** Article data as the loader keeps it: the body is rendered apart, not carried. */
export type CheckedArticle = Omit<ArticleSource, 'body'>;

/** What checking one file gave. */
export type CheckOutcome =
  | { kind: 'unreadable'; message: string }
  | { kind: 'unchanged'; digest: string; hash: string }
  | { kind: 'problems'; digest: string; hash: string; problems: ArticleProblem[] }
  | { kind: 'article'; digest: string; hash: string; article: CheckedArticle };

/** What rendering one body gave: its lead and word count (the HTML is in the body cache), or why it could not be. */
export type RenderOutcome = { kind: 'rendered'; rendered: LeadData } | { kind: 'problems'; problems: ArticleProblem[] };

/**
 * The digest an article's entry is stored under: the code and settings that
 * read and rendered it, its path and its text (by hash). An equal digest
 * means nothing to redo; it also names the rendered body's file.
 * @example articleDigest('f1', 'content/2024/a.md', 'x9') // 16 hex digits
 */
export function articleDigest(fingerprint: string, file: string, textHash: string): string {
  return createHash('sha256').update(`${fingerprint}\n${file}\n${textHash}`).digest('hex').slice(0, 16);
}

/** Runs either step; what a worker thread does with each task. */
export function runArticleTask(task: ArticleFileTask, setup: ArticleFileSetup): Promise<CheckOutcome | RenderOutcome> {
  return task.step === 'check' ? Promise.resolve(checkArticleFile(task, setup)) : renderArticleFile(task, setup);
}

/**
 * Reads and validates one file. Never throws for a file's fault: an
 * unreadable file or invalid fields come back as an outcome, so one run
 * reports every broken file.
 */
export function checkArticleFile(task: CheckTask, setup: ArticleFileSetup): CheckOutcome {
  let bytes: Buffer;
  try {
    // Synchronously: for many small files, far cheaper than promise-based reads.
    bytes = readFileSync(task.path);
  } catch (error) {
    return { kind: 'unreadable', message: (error as Error).message };
  }
  const text = bytes.toString('utf8');
  const hash = sourceHash(text);
  const digest = articleDigest(setup.fingerprint, task.file, hash);
  if (digest === task.stored) return { kind: 'unchanged', digest, hash };
  const notUtf8 = notUtf8Problem(bytes);
  if (notUtf8) return { kind: 'problems', digest, hash, problems: [{ file: task.file, field: '', message: notUtf8 }] };
  const result = readArticleSource(task.file, text, setup.limits, setup.siteLang, siteFilesOf(setup));
  if ('problems' in result) return { kind: 'problems', digest, hash, problems: result.problems };
  const { body: _body, ...article } = result.article;
  return { kind: 'article', digest, hash, article };
}

/** Each setup's look-up of the site's files, remembered for the run: many articles show the same pictures. */
const siteFileLookups = new WeakMap<ArticleFileSetup, SiteFiles>();

/**
 * The site's own files as the check of pictures sees them: public/, and
 * the output folder, where files put by hand stay through rebuilds.
 */
function siteFilesOf(setup: ArticleFileSetup): SiteFiles {
  let lookup = siteFileLookups.get(setup);
  if (lookup) return lookup;
  const known = new Map<string, boolean>();
  const isFile = (folder: string, path: string) => {
    try {
      return statSync(join(folder, path), { throwIfNoEntry: false })?.isFile() === true;
    } catch {
      // A name the file system refuses (too long): no such file.
      return false;
    }
  };
  lookup = {
    base: setup.base,
    has: (path) => {
      let found = known.get(path);
      if (found === undefined) {
        found = isFile(setup.publicDir, path) || isFile(setup.outDir, path);
        known.set(path, found);
      }
      return found;
    },
  };
  siteFileLookups.set(setup, lookup);
  return lookup;
}

/**
 * Renders a checked article's body and writes it to `<bodiesDir>/<digest>.html`.
 * A file that changed since it was checked, or a body the pipeline cannot
 * render, comes back as problems; a body that cannot be written (the
 * machine's fault, not the file's) throws.
 */
export async function renderArticleFile(task: RenderTask, setup: ArticleFileSetup): Promise<RenderOutcome> {
  const problem = (message: string, field = ''): RenderOutcome => ({
    kind: 'problems',
    problems: [{ file: task.file, field, message }],
  });
  let text: string;
  try {
    text = readFileSync(task.path, 'utf8');
  } catch (error) {
    return problem(`cannot be read: ${(error as Error).message}`);
  }
  const markdown = sourceHash(text) === task.hash ? articleBody(text) : undefined;
  if (markdown === undefined) return problem('the file changed while the build was reading it: build again');
  // Loaded on the first render: a thread that only checks files never loads the Markdown pipeline.
  const { renderArticleBody } = await import('../markdown/pipeline.ts');
  let html: string;
  let rendered: LeadData;
  try {
    ({ html, ...rendered } = await renderArticleBody({ markdown, lang: task.lang }));
  } catch (error) {
    return problem(`the article body could not be rendered: ${(error as Error).message}`, 'body');
  }
  try {
    writeFileSync(join(setup.bodiesDir, `${task.digest}.html`), html);
  } catch (error) {
    throw new Error(`the rendered body of ${task.file} could not be written: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { kind: 'rendered', rendered };
}
