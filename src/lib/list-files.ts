/**
 * The one home for listing files: every file under a folder (how the build's
 * own steps, pruning the output, indexing and verifying it, see a built
 * site), and which files are articles (how the loader, verification, the
 * importer and the benchmark see the archive).
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { stateOfStat } from './file-memo.ts';

/**
 * Appends the files under `dir` to `found`, each as `prefix` + its `/`-separated path below `dir`.
 * A folder removed while the walk runs holds no files (the build's read-ahead
 * lists the site while the search index replaces its bundle folders).
 */
function walk(dir: string, prefix: string, found: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`, found);
    else if (entry.isFile()) found.push(`${prefix}${entry.name}`);
  }
}

/**
 * Files (not folders) under `dir`, relative to it with `/`; none when `dir` does not exist.
 * A synchronous walk: over a built site of 23,000 files, the promise-based
 * recursive readdir took 2.0 s and this 0.23 s, and the build runs nothing
 * else while it lists (measured at 10,000 articles).
 */
export function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  if (existsSync(dir)) walk(dir, '', found);
  return Promise.resolve(found);
}

/**
 * listFiles in a thread of its own (`workerFile`: src/lib/list-files-worker.ts),
 * for a step that goes on while the folder is walked: a built site of 23,000
 * files took 0.45 s of the build's main thread. The thread ends once it has
 * answered; when it cannot start or fails, the folder is walked here.
 */
export function listFilesAside(dir: string, workerFile: string): Promise<string[]> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (files: string[] | undefined) => {
      if (settled) return;
      settled = true;
      resolve(files ?? listFiles(dir));
    };
    try {
      // Not unref'd: a process with nothing else to do would otherwise end before the answer came.
      const worker = new Worker(workerFile, { workerData: dir });
      worker.once('message', (files: string[]) => settle(files));
      worker.once('error', () => settle(undefined));
      worker.once('exit', () => settle(undefined));
    } catch {
      settle(undefined);
    }
  });
}

/**
 * Whether `dir` holds a file `counts` accepts (its `/`-separated path below
 * `dir`), looking no further than the first: a built site answers at its
 * first page, where listing it whole takes a walk of every folder.
 */
export function hasFiles(dir: string, counts: (path: string) => boolean = () => true): boolean {
  const within = (folder: string, prefix: string): boolean => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const entry of entries) if (entry.isFile() && counts(`${prefix}${entry.name}`)) return true;
    return entries.some((entry) => entry.isDirectory() && within(join(folder, entry.name), `${prefix}${entry.name}/`));
  };
  return within(dir, '');
}

/** What one look at a file tells: its size and its state as memos compare it (src/lib/file-memo.ts). */
export interface FileStat {
  size: number;
  state: string;
}

/**
 * Files under `dir` as listFiles gives them, each with its size and state:
 * one walk and one stat a file, for steps that would otherwise ask each file
 * again and again (is it there, how big, has it changed). A file gone
 * between the walk and its stat is left out.
 */
export async function listFileStates(dir: string): Promise<Map<string, FileStat>> {
  const states = new Map<string, FileStat>();
  for (const file of await listFiles(dir)) {
    const stat = lookAt(join(dir, file));
    if (stat) states.set(file, stat);
  }
  return states;
}

/** One look at a file: its size and state; undefined when it is gone or is no file any more. */
function lookAt(path: string): FileStat | undefined {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat?.isFile() ? { size: Number(stat.size), state: stateOfStat(stat) } : undefined;
}

/**
 * Lists the files of some of a folder's top-level folders ahead of time (in
 * a worker thread, while the build writes elsewhere), as one text for the
 * thread that asked: 120,000 paths posted between threads as an array cost
 * far more than one string, which is copied whole.
 * @param folders names of folders directly under `dir`
 */
export async function listFilesAhead(dir: string, folders: readonly string[]): Promise<FilesAhead> {
  const paths: string[] = [];
  for (const folder of folders) for (const file of await listFiles(join(dir, folder))) paths.push(`${folder}/${file}`);
  return { folders: [...folders], text: paths.join('\n') };
}

/** What listFilesAhead found: the folders it listed, and their files, one a line. */
export interface FilesAhead {
  folders: string[];
  text: string;
}

/**
 * Every file under `dir` with its size and state, as listFileStates gives
 * them, from a listing of some of its folders made ahead (listFilesAhead):
 * each file listed is looked at now (one removed since is left out, one
 * changed since has its state now), and the rest of the folder is walked
 * now (its top-level files, the folders not listed ahead). Right only when
 * no file was added to the folders listed ahead since: the walk of the
 * folders is what is saved (at 100,000 articles, reading 130,000 page
 * folders took 2.4 s, looking at their files 0.75 s).
 */
export async function finishFileStates(dir: string, ahead: FilesAhead): Promise<Map<string, FileStat>> {
  const states = new Map<string, FileStat>();
  const look = (file: string) => {
    const stat = lookAt(join(dir, file));
    if (stat) states.set(file, stat);
  };
  const listed = new Set(ahead.folders);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !listed.has(entry.name))
      for (const [file, stat] of await listFileStates(join(dir, entry.name))) states.set(`${entry.name}/${file}`, stat);
    else if (entry.isFile()) look(entry.name);
  }
  if (ahead.text !== '') for (const file of ahead.text.split('\n')) look(file);
  return states;
}

/** An article file's name: Markdown, as `.md` or `.markdown` (Jekyll's), in any case (`.MD` from Windows tools). */
const ARTICLE_NAME = /\.(?:md|markdown)$/i;

/**
 * Whether a path (relative to the articles folder, `/`-separated) is an
 * article: a Markdown file none of whose parts starts with `_` or `.` (notes,
 * templates, editor files).
 * @example isArticleFile('2024/05/a.md') // true
 * @example isArticleFile('2024/05/a.markdown') // true
 * @example isArticleFile('2024/_drafts/a.md') // false
 */
export function isArticleFile(path: string): boolean {
  return ARTICLE_NAME.test(path) && !path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));
}

/** Whether a folder entry is a file, or a link to one (an article may be a link to a file kept elsewhere). */
function isFileOrLinkToOne(folder: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  return entry.isSymbolicLink() && statSync(join(folder, entry.name), { throwIfNoEntry: false })?.isFile() === true;
}

/**
 * Appends the article files under `dir` to `found` as listArticleFiles gives
 * them, and the other files to `others`; folders whose names start with `_`
 * or `.` are not entered, and links to folders are not followed (a link may
 * lead back up the tree).
 */
function walkArticles(dir: string, prefix: string, found: string[], others: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) walkArticles(join(dir, entry.name), `${prefix}${entry.name}/`, found, others);
    else if (isFileOrLinkToOne(dir, entry))
      (ARTICLE_NAME.test(entry.name) ? found : others).push(`${prefix}${entry.name}`);
  }
}

/**
 * Article files under `dir`, as `/`-separated paths relative to it, sorted;
 * none when `dir` does not exist. A synchronous walk: over 10,040 articles in
 * 300 month folders, a glob of every `.md` file (`fs.glob`) took 0.3 s and this 0.02 s, in the
 * loader and again in verification, in every build. `others`, when given,
 * receives the files of the folder that are not articles (and not notes
 * starting with `_` or `.`), sorted: a text or a page left there is not built.
 */
export function listArticleFiles(dir: string, others?: string[]): Promise<string[]> {
  const found: string[] = [];
  const rest: string[] = [];
  if (existsSync(dir)) walkArticles(dir, '', found, rest);
  others?.push(...rest.sort());
  return Promise.resolve(found.sort());
}
