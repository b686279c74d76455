/**
 * What the last verification learned about each file of dist/, kept in the
 * cache folder so the next one reads only what changed: re-reading every
 * page and hashing every file took 7 s at 10,000 articles, though a rebuild
 * after one edit leaves almost all of them as they were.
 *
 * A file counts as unchanged while its state (src/lib/file-memo.ts: size,
 * times, inode) is the one recorded; only someone who restores a file
 * system's clock could hide an edit, which `npm run verify -- --full` (every
 * file hashed and read) still catches.
 *
 * The record holds per-file facts only (a page's internal links, repeated
 * ids, addresses that may leave the site; a search fragment's URL). Files'
 * hashes live with the manifest's (src/output/manifest.ts). Every check across
 * files (coverage, broken links, the manifest) runs again over the whole set
 * each time, from these facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FoundUrl } from './site-urls.ts';
import { isProcessAlive } from '../lib/process-alive.ts';

/** Bump when what is recorded, or how it is checked, changes: an older record is then ignored. */
const RECORD_VERSION = 2;

/** What one page says that the checks need, read from its HTML. */
export interface PageFacts {
  /** Internal link targets as written (trimmed), each once. */
  links: string[];
  /** How many internal links the page has, repeats included (for the report's count). */
  linkCount: number;
  /** Ids that appear more than once. */
  repeatedIds: string[];
  /** Addresses the site wrote here that leave the site (before declared-external values are let through). */
  offSite: FoundUrl[];
  /** How many addresses the site wrote here. */
  siteUrlCount: number;
  /** JSON-LD blocks that cannot be read. */
  unreadable: string[];
}

/** One file as last verified. */
export interface FileRecord {
  /** Size, times and inode when it was read: `size:mtimeNs:ctimeNs:ino`. */
  state: string;
  page?: PageFacts | undefined;
  /** The page a search fragment is the record of. */
  fragmentUrl?: string | undefined;
}

/** Everything remembered, valid for one output folder, site address and version of the checks. */
export interface VerifyRecord {
  version: number;
  /** Output folder, site home and the checks' code fingerprint: a record made under others is not reused. */
  key: string;
  files: Record<string, FileRecord>;
}

/** Where the record lives in the cache folder. */
export function recordFile(cacheDir: string): string {
  return join(cacheDir, 'verify-record.json');
}

/** The record kept in `cacheDir` for `key`; an empty one when there is none, it is unreadable, or made for another key. */
export function loadRecord(cacheDir: string | undefined, key: string): VerifyRecord {
  const empty: VerifyRecord = { version: RECORD_VERSION, key, files: {} };
  if (!cacheDir || !existsSync(recordFile(cacheDir))) return empty;
  try {
    const stored = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as {
      version?: unknown;
      key?: unknown;
      strings?: unknown;
      files?: unknown;
    };
    if (stored.version !== RECORD_VERSION || stored.key !== key || !Array.isArray(stored.strings)) return empty;
    const strings = stored.strings as string[];
    type Stored = Omit<FileRecord, 'page'> & { page?: Omit<PageFacts, 'links'> & { links: number[] } };
    const files: Record<string, FileRecord> = {};
    // Links are stored as indices into one table: most pages share their navigation.
    for (const [file, entry] of Object.entries(stored.files as Record<string, Stored>))
      files[file] = entry.page
        ? { ...entry, page: { ...entry.page, links: entry.page.links.map((index) => strings[index] as string) } }
        : (entry as unknown as FileRecord);
    return { version: RECORD_VERSION, key, files };
  } catch {
    // An unreadable record is no record: everything is read again.
    return empty;
  }
}

/**
 * Removes the half-written records of verifications whose process is gone
 * (killed while writing): each is tens of megabytes at 100,000 articles.
 */
async function removeAbandoned(cacheDir: string): Promise<void> {
  const name = basename(recordFile(cacheDir));
  for (const entry of await readdir(cacheDir)) {
    const pid = entry.startsWith(`${name}.`) ? /^\.(\d+)\.\d+\.tmp$/.exec(entry.slice(name.length))?.[1] : undefined;
    if (pid !== undefined && !isProcessAlive(Number(pid))) await rm(join(cacheDir, entry), { force: true });
  }
}

/** Writes the record into `cacheDir` (created when missing), whole or not at all; a failure leaves no record, never an error. */
export async function saveRecord(cacheDir: string, record: VerifyRecord): Promise<void> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string) => {
    let at = index.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      index.set(text, at);
    }
    return at;
  };
  const files: Record<string, unknown> = {};
  for (const [file, entry] of Object.entries(record.files))
    files[file] = entry.page ? { ...entry, page: { ...entry.page, links: entry.page.links.map(intern) } } : entry;
  const path = recordFile(cacheDir);
  // A name of its own: two verifications sharing a cache folder must not rename each other's file.
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await removeAbandoned(cacheDir);
    await writeFile(temporary, JSON.stringify({ version: record.version, key: record.key, strings, files }));
    await rename(temporary, path);
  } catch {
    // The record only saves work: without it, the next verification reads everything.
    await rm(temporary, { force: true });
  }
}
