/**
 * The published articles of the last build, as the loader read them, kept in
 * one JSON file of the cache folder (`articles.json`) instead of Astro's data
 * store. The loader writes it; the pages read it (src/queries/archive.ts).
 *
 * Why not Astro's store: Astro hands its store to the pages as a bundled
 * module holding the whole store as one string literal, and V8 compiles that
 * module before the first page renders. Measured on this project: 1.6 s at
 * 10,000 articles, 182 s at 100,000 (about 120 MB), in every build. Parsing
 * the same data from a file with JSON.parse takes about a second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileState } from '../lib/file-memo.ts';
import { writeFileWhole } from '../lib/write-whole.ts';
import type { ArticleData } from './article-data.ts';

/** One stored article: its entry id, the digest of what it was read from, and its data. */
export interface StoredArticle {
  id: string;
  /** Digest of the file's text and of the code that read and rendered it: an equal digest means nothing to redo. */
  digest: string;
  data: ArticleData;
}

/**
 * What the file holds: a first line naming it, then one article per line
 * (JSON Lines), so that a rebuild writes again the bytes of unchanged
 * articles as they were read instead of serialising the whole store again
 * (0.45 s of every rebuild's main thread at 10,000 articles). Bytes, not
 * text: joining 10,000 lines cut from the file's text into one string took
 * 0.14 s, and encoding it for the write 0.04–0.15 s more, where copying the
 * lines' bytes takes a few milliseconds.
 */
const HEADER = JSON.stringify({ generator: 'clippings', format: 'one article per line' });
/** The file as builds before the one-line-per-article format wrote it: still read. */
interface WholeStoreFile {
  generator: 'clippings';
  articles: StoredArticle[];
}
/** Where an article's line is in the bytes it was read from: `start` to `end`, its line break. */
interface LineAt {
  source: Buffer;
  start: number;
  end: number;
}
/** Each article's line as read from the file, by identity: written again as it is while the entry is unchanged. */
const lines = new WeakMap<StoredArticle, LineAt>();
const NEWLINE = 0x0a;

/** The store's file in a cache folder. */
export function articleStoreFile(cacheDir: string): string {
  return join(cacheDir, 'articles.json');
}

/**
 * The store as this process last read or wrote it, with the file's state
 * then: the loader reads the store and writes it, and the pages read it
 * again in the same process (from another copy of this module, bundled with
 * them: hence a global). Parsing it again was 0.15 s at 10,000 articles and
 * seconds at 100,000, and held a second copy in memory.
 */
const LAST_SEEN = Symbol.for('clippings.article-store');
type LastSeen = { file: string; version: string | undefined; articles: StoredArticle[] };
const holder = globalThis as { [LAST_SEEN]?: LastSeen };

function remember(cacheDir: string, articles: StoredArticle[]): void {
  holder[LAST_SEEN] = { file: articleStoreFile(cacheDir), version: articleStoreVersion(cacheDir), articles };
}

/**
 * The articles stored in `cacheDir`, or undefined when there is no store or
 * it cannot be read. Shared with every other reader in this process while the
 * file is unchanged: callers must not change them.
 */
export function readArticleStore(cacheDir: string): StoredArticle[] | undefined {
  const last = holder[LAST_SEEN];
  if (last?.file === articleStoreFile(cacheDir) && last.version !== undefined && last.version === articleStoreVersion(cacheDir))
    return last.articles;
  let bytes: Buffer;
  try {
    bytes = readFileSync(articleStoreFile(cacheDir));
  } catch {
    return undefined;
  }
  const articles = parseStore(bytes);
  if (articles) remember(cacheDir, articles);
  return articles;
}

/** The articles of a store file's bytes, or undefined when it is not one (damaged, foreign, cut short). */
function parseStore(bytes: Buffer): StoredArticle[] | undefined {
  try {
    const header = Buffer.from(`${HEADER}\n`);
    if (!bytes.subarray(0, header.length).equals(header)) {
      const whole = JSON.parse(bytes.toString('utf8')) as Partial<WholeStoreFile>;
      return whole.generator === 'clippings' && Array.isArray(whole.articles) ? whole.articles : undefined;
    }
    // Written whole, ending with a line break: a file without one was cut short.
    if (bytes.at(-1) !== NEWLINE) return undefined;
    const articles: StoredArticle[] = [];
    for (let start = header.length; start < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, start);
      const line = { source: bytes, start, end };
      start = end + 1;
      if (line.end === line.start) continue;
      const article = JSON.parse(bytes.toString('utf8', line.start, line.end)) as StoredArticle;
      if (typeof article !== 'object' || article === null || typeof article.id !== 'string') return undefined;
      lines.set(article, line);
      articles.push(article);
    }
    return articles;
  } catch {
    return undefined;
  }
}

/**
 * Replaces the store in `cacheDir` with `articles`, in one step (a reader
 * never sees it half-written). An entry read from the store and passed back
 * unchanged (the same object) is written as the line it was read from.
 */
export async function writeArticleStore(cacheDir: string, articles: StoredArticle[]): Promise<void> {
  const parts: Buffer[] = [Buffer.from(`${HEADER}\n`)];
  // Lines read one after another from the same file are copied as one run, line breaks included.
  let run: LineAt | undefined;
  const endRun = () => {
    if (run) parts.push(run.source.subarray(run.start, run.end + 1));
    run = undefined;
  };
  for (const article of articles) {
    const line = lines.get(article);
    if (!line) {
      endRun();
      parts.push(Buffer.from(`${JSON.stringify(article)}\n`));
    } else if (run?.source === line.source && run.end + 1 === line.start) run.end = line.end;
    else {
      endRun();
      run = { ...line };
    }
  }
  endRun();
  await writeFileWhole(articleStoreFile(cacheDir), parts);
  remember(cacheDir, articles);
}

/** A token that changes whenever the store is written (its file's state, as memos compare files), or undefined when there is none. */
export function articleStoreVersion(cacheDir: string): string | undefined {
  return fileState(articleStoreFile(cacheDir));
}
