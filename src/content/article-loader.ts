/**
 * The content-layer loader for articles. Unlike Astro's glob loader it
 * validates every file before failing (so one run reports all broken
 * articles), sees dates as written, refuses two articles on one URL, and
 * renders bodies with the shared pipeline. A file whose text (and the code
 * that reads and renders it) has not changed since the last build is neither
 * parsed nor rendered again: its stored entry stands.
 *
 * Articles are kept out of Astro's data store, which Astro bundles into the
 * build as one string literal (182 s of compiling at 100,000 articles): their
 * data goes to our own store (src/content/article-store.ts), and rendered
 * bodies to files of their own (`article-bodies/<digest>.html`), read by each
 * page as it renders.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { pipelineFingerprint, readingFingerprint } from './fingerprint.ts';
import { findUrlClashes, formatProblems, type ArticleProblem } from './read-article.ts';
import { refusal } from '../lib/refusal.ts';
import type { LeadData } from '../markdown/remark-lead.ts';
import { WorkerBatches } from '../lib/worker-batches.ts';
import {
  runArticleTask,
  type ArticleFileSetup,
  type ArticleFileTask,
  type CheckedArticle,
  type CheckOutcome,
  type CheckTask,
  type RenderOutcome,
  type RenderTask,
} from './article-file.ts';
import type { ArticleData } from './article-data.ts';
import { inBatches } from '../lib/batches.ts';
import { isArticleFile, listArticleFiles } from '../lib/list-files.ts';
import { settingsFrom } from '../settings.ts';
import { loadSiteSettings } from './site-settings.ts';
import { typesetFields } from './typeset-fields.ts';
import { articleId } from '../lib/urls.ts';
import { saveReadMemo, type ReadMemo } from './read-memo.ts';
import { declaredExternal } from './external-urls.ts';
import { isDevServer, reportContentChanged, reportContentError } from './dev-errors.ts';
import { readArticleStore, writeArticleStore, type StoredArticle } from './article-store.ts';
import { folderDateWarning, futureDateWarning } from './date-warnings.ts';
import { DoubtWarnings } from './doubt-warnings.ts';
import { utcDayOf } from '../lib/dates.ts';
import { FileMemo, fileState } from '../lib/file-memo.ts';


/**
 * Fewer files to check than this are checked in the build's thread. Checking
 * costs about 0.3 ms a file, starting worker threads about as much as 1,000
 * files, and files touched but unchanged (a git checkout) often have nothing
 * to render after: threads are worth starting for a cold build's thousands.
 */
const CHECKS_FOR_WORKERS = 1000;

/** Reports longer than this (characters) are printed before the error rather than inside it. */
const LONG_REPORT = 16_000;

/** Options for the article loader. */
export interface ArticleLoaderOptions {
  /** Folder of the articles, relative to the project root. */
  base: string;
}


/** Watchers already listening for article edits (`load` can run more than once in dev). */
const watched = new WeakSet<object>();

/** Creates the loader. */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'clippings-articles',
    async load(context: LoaderContext): Promise<void> {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, options.base);
      const { watcher } = context;
      try {
        await loadArticles(context, root, dir);
        reportContentError(undefined);
      } catch (error) {
        // A build stops here. The dev server keeps running and shows the error in the browser.
        if (!isDevServer()) throw error;
        context.logger.error(String(error));
        reportContentError(error);
      }
      if (!watcher || watched.has(watcher)) return;
      // In `astro dev`: one listener per watcher, edits batched (a git checkout
      // touches many files at once) and reloads run one after another, never
      // overlapping (two runs would race over the body cache).
      watched.add(watcher);
      watcher.add(dir);
      const publicDir = fileURLToPath(context.config.publicDir);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let queue = Promise.resolve();
      watcher.on('all', (_event, path) => {
        const article = path.startsWith(dir) && isArticleFile(relative(dir, path).split(sep).join('/'));
        // A picture added to (or taken from) public/ may mend (or break) an article that shows it.
        if (!article && !path.startsWith(publicDir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          queue = queue
            .then(() => loadArticles(context, root, dir))
            .then(() => reportContentError(undefined))
            .catch((error: unknown) => {
              context.logger.error(String(error));
              reportContentError(error);
            });
        }, 150);
      });
    },
  };
}

async function loadArticles({ store, logger, config }: LoaderContext, root: string, dir: string): Promise<void> {
  const cacheDir = fileURLToPath(config.cacheDir);
  const bodies = join(cacheDir, 'article-bodies');
  await mkdir(bodies, { recursive: true });
  const readStarted = performance.now();
  const others: string[] = [];
  const files = await listArticleFiles(dir, others);
  if (others.length > 0) logger.warn(notArticlesWarning(relative(root, dir).split(sep).join('/') || '.', others));
  // The limits of this run (a changed limit checks every file again).
  const limits = settingsFrom().bodyLimits;
  // Articles without `lang` are in the site's language: a change of it reads and renders them again.
  const siteLang = loadSiteSettings().lang;
  // Cached entries are only reused while the code that read them and rendered their bodies is unchanged.
  const reading = await readingFingerprint(root);
  const fingerprint = `${await pipelineFingerprint(root, config.base)}\n${reading}\n${limits.maxBytes}\n${siteLang}`;
  // Astro's store holds nothing of ours (see the top of this file): entries left there by an older build go.
  store.clear();
  const previous = readArticleStore(cacheDir);
  const stored = previous ?? [];
  const storedByFile = new Map(stored.map((entry) => [entry.data.file, entry]));
  // One listing of the rendered bodies, rather than a look-up per article.
  const bodyFiles = new Set(await readdir(bodies));
  /** The stored entry of `file` while its rendered body is in the cache. */
  const cachedEntry = (file: string): StoredArticle | undefined => {
    const before = storedByFile.get(file);
    return before !== undefined && bodyFiles.has(`${before.digest}.html`) ? before : undefined;
  };
  const problems: ArticleProblem[] = [];
  const articles: { article: CheckedArticle; digest: string; hash: string; path: string }[] = [];
  /** Files whose text is the same as last build's: their stored entry stands, unparsed. */
  const unchanged: StoredArticle[] = [];
  /** Unchanged articles whose stored body path is not where the cache folder now is. */
  let relocated = 0;
  /** What each file read as, for verification (src/content/read-memo.ts). */
  const reads: ReadMemo = { reading, files: {} };
  const keepStored = (before: StoredArticle, hash: string, state: string | undefined) => {
    // The body's path is absolute: a project (or its cache) moved since points it at the new place.
    const bodyFile = join(bodies, `${before.digest}.html`);
    if (before.data.bodyFile !== bodyFile) {
      relocated++;
      unchanged.push({ ...before, data: { ...before.data, bodyFile } });
      // The same entry: the store writes it again as the line it was read from.
    } else unchanged.push(before);
    reads.files[before.data.file] = { hash, url: before.data.url, external: declaredExternal(before.data), state };
  };
  // What each unchanged file (same size, times and inode) digested to last time: it is not read again.
  const digests = new FileMemo<{ digest: string; hash: string }>(
    join(cacheDir, 'article-digests.json'),
    root,
    fingerprint,
  );
  /** Files to check (new, changed, or their entry gone), with their state before reading. */
  const toCheck: { task: CheckTask; state: string | undefined }[] = [];
  for (const path of files) {
    const absolute = resolve(dir, path);
    const file = relative(root, absolute).split(sep).join('/');
    const state = fileState(absolute);
    const known = digests.recall(file, state);
    const before = cachedEntry(file);
    if (known && before?.digest === known.digest) keepStored(before, known.hash, state);
    else toCheck.push({ task: { step: 'check', path: absolute, file, stored: before?.digest }, state });
  }
  // Files are checked, then bodies rendered, on every core when there are many (a cold build), in this thread when few.
  const setup: ArticleFileSetup = {
    fingerprint,
    limits,
    siteLang,
    bodiesDir: bodies,
    publicDir: fileURLToPath(config.publicDir),
    outDir: fileURLToPath(config.outDir),
    base: config.base,
  };
  const pool = new WorkerBatches<ArticleFileTask, CheckOutcome | RenderOutcome>((task) => runArticleTask(task, setup), {
    workerFile: resolve(root, 'src/content/article-worker.ts'),
    workerData: setup,
    ...renderWorkers(),
  });
  try {
    const checked = new Array<CheckOutcome>(toCheck.length);
    await pool.each(
      toCheck.map(({ task }) => task),
      (index, outcome) => (checked[index] = outcome as CheckOutcome),
      CHECKS_FOR_WORKERS,
    );
    toCheck.forEach(({ task: { path, file }, state }, index) => {
      const outcome = checked[index] as CheckOutcome;
      if (outcome.kind === 'unreadable') {
        problems.push({ file, field: '', message: `cannot be read: ${outcome.message}` });
        return;
      }
      const { digest, hash } = outcome;
      digests.remember(file, state, { digest, hash });
      if (outcome.kind === 'unchanged') keepStored(cachedEntry(file) as StoredArticle, hash, state);
      else if (outcome.kind === 'problems') problems.push(...outcome.problems);
      else {
        const { article } = outcome;
        articles.push({ article, digest, hash, path });
        reads.files[file] = {
          hash,
          url: article.frontmatter.draft ? null : article.url,
          external: declaredExternal(article.frontmatter),
          state,
        };
      }
    });
    await digests.save();
    const published = articles.filter(({ article }) => !article.frontmatter.draft);
    problems.push(...findUrlClashes([...unchanged.map(({ data }) => data), ...published.map(({ article }) => article)]));
    // Told on every build, for unchanged files too (a warning seen once is easily missed, and tomorrow's date is
    // today's no longer), and even when the build stops.
    const today = utcDayOf(new Date());
    const dated = [
      ...articles.map(({ article }) => ({ file: article.file, day: article.frontmatter.date.day })),
      ...unchanged.map(({ data }) => ({ file: data.file, day: data.date.day })),
    ];
    // Files are named from the project's folder; the folder check reads them from the articles folder.
    const folderPrefix = `${relative(root, dir).split(sep).join('/')}/`;
    const inFolder = (file: string) =>
      file.startsWith(folderPrefix) ? file.slice(folderPrefix.length) : relative(dir, resolve(root, file));
    const doubts = new DoubtWarnings(logger);
    for (const { file, day } of dated) {
      const folder = folderDateWarning(inFolder(file), day);
      if (folder) doubts.add('in a folder of another month', `${file} ${folder}`);
      const future = futureDateWarning(day, today);
      if (future) doubts.add('dated after today', `${file} ${future}`);
    }
    for (const { data } of unchanged) if (data.wordCount === 0) doubts.add(EMPTY_BODY, emptyBodyWarning(data.file));
    // Every file is checked before any body renders: a broken archive costs no rendering.
    if (problems.length > 0) {
      doubts.summarize();
      await refuse(problems);
    }
    await saveReadMemo(cacheDir, reads);
    timing(logger, 'read', readStarted, files.length);

    // Bodies render on all cores, each written to the body cache where it renders; the store is written once, when all are in.
    const started = performance.now();
    const rendered = new Array<LeadData>(published.length);
    await pool.each(
      published.map(({ article, digest, hash, path }): RenderTask => ({
        step: 'render',
        path,
        file: article.file,
        hash,
        digest,
        lang: article.frontmatter.lang,
      })),
      (index, outcome) => {
        const result = outcome as RenderOutcome;
        if (result.kind === 'problems') problems.push(...result.problems);
        else rendered[index] = result.rendered;
      },
    );
    if (problems.length > 0) {
      doubts.summarize();
      await refuse(problems);
    }
    const next = [...unchanged];
    published.forEach(({ article, digest }, index) => {
      const body = rendered[index] as LeadData;
      // The page would be a headline alone.
      if (body.wordCount === 0) doubts.add(EMPTY_BODY, emptyBodyWarning(article.file));
      const frontmatter = typesetFields(article.frontmatter);
      const data: ArticleData = {
        ...frontmatter,
        slug: article.slug,
        url: article.url,
        file: article.file,
        summary: frontmatter.summary ?? body.lead,
        wordCount: body.wordCount,
        bodyFile: join(bodies, `${digest}.html`),
      };
      // No body: the page reads it from `bodyFile` (src/queries/article-body.ts).
      next.push({ id: articleId(article.url), digest, data });
    });
    doubts.summarize();
    timing(logger, 'markdown', started, published.length);
    // Written when anything changed (an article added, edited, gone or moved with the project), or when there was no store.
    if (published.length > 0 || next.length !== stored.length || relocated > 0 || previous === undefined) {
      await writeArticleStore(cacheDir, next);
      if (isDevServer()) reportContentChanged();
    }
    await pruneBodies(bodies, new Set(next.map(({ digest }) => digest)));
    const drafts = articles.length - published.length;
    const total = published.length + unchanged.length;
    logger.info(`${total} articles (${published.length} rendered, ${unchanged.length} unchanged)${drafts ? `, ${drafts} drafts skipped` : ''}`);
  } finally {
    await pool.close();
  }
}

const EMPTY_BODY = 'with no words in the body';

/** The warning for an article whose body has no words: most often an import that lost the story. */
function emptyBodyWarning(file: string): string {
  return `${file} has no words in its body: was its text lost?`;
}

/**
 * The warning for files of the articles folder that are not built: a text or
 * a saved page put there would otherwise be left out unsaid.
 */
function notArticlesWarning(folder: string, others: readonly string[]): string {
  const shown = others.slice(0, 5).join(', ');
  const more = others.length > 5 ? ` and ${others.length - 5} more` : '';
  return (
    `${others.length} file${others.length === 1 ? '' : 's'} in ${folder}/ ${others.length === 1 ? 'is' : 'are'} not ${others.length === 1 ? 'an article' : 'articles'} and not built: ${shown}${more}. ` +
    'Articles are Markdown files (.md); `npm run import` turns texts, saved pages and feeds into them; pictures go in public/. ' +
    'Rename a file to start with _ to keep it there unsaid.'
  );
}

/** Stops the build with every problem found, each file named with its fields. */
async function refuse(problems: readonly ArticleProblem[]): Promise<never> {
  const report = formatProblems(problems);
  const hint = 'Fix the fields named above (see "Article format" in README.md), then build again.';
  if (report.length <= LONG_REPORT) throw refusal(report, hint);
  // A long report is written out whole, and waited for, before the build
  // stops: carried in the error, it was cut off at 64 KB when the output
  // went to a pipe (a CI log), and the files after that point were never named.
  await new Promise<void>((done) => process.stderr.write(`${report}\n`, () => done()));
  throw refusal(`${report.slice(0, report.indexOf('\n'))} they are listed above.`, hint);
}

/** Deletes bodies no stored article points to any more (edited or removed articles). */
async function pruneBodies(dir: string, keep: Set<string>): Promise<void> {
  const stale = (await readdir(dir)).filter((name) => !keep.has(name.replace(/\.html$/, '')));
  await inBatches(stale, (name) => rm(join(dir, name), { force: true }));
}

/** CLIPPINGS_RENDER_WORKERS=<n> sets the number of threads checking and rendering article files (0: none). */
function renderWorkers(): { workers?: number } {
  const { renderWorkers } = settingsFrom();
  return renderWorkers === undefined ? {} : { workers: renderWorkers };
}

/**
 * With CLIPPINGS_TIMINGS=1, prints one machine-readable line per phase
 * (`[clippings-timing] <phase> <ms> <items>`), which the benchmark reads.
 */
function timing(logger: LoaderContext['logger'], phase: string, started: number, items: number): void {
  if (settingsFrom().timings) logger.info(`[clippings-timing] ${phase} ${Math.round(performance.now() - started)} ${items}`);
}
