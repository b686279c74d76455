/**
 * What each article file read as (its URL, or null for a draft, and the
 * values of its external-by-design fields, src/content/external-urls.ts), by a hash of
 * its text, kept in the cache folder while the code that reads files is
 * unchanged. The loader writes it on every build; verification reads it, so
 * checking a build never parses again a file the build just read.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeclaredExternal } from './external-urls.ts';

/** The memo: `reading` is the reading fingerprint it holds for; `files` are keyed by project-relative path. */
export interface ReadMemo {
  reading: string;
  files: Record<
    string,
    {
      hash: string;
      url: string | null;
      external?: DeclaredExternal | undefined;
      /** The file's state when it was read (src/lib/file-memo.ts): while it is the same, `hash` is the file's without reading it. */
      state?: string | undefined;
    }
  >;
}

/** The memo's file in a cache folder. */
export function readMemoFile(cacheDir: string): string {
  return join(cacheDir, 'article-reads.json');
}

/** The hash an article's text is remembered by. */
export function sourceHash(source: string): string {
  return createHash('sha1').update(source).digest('base64url');
}

/** The memo kept in `cacheDir`, or an empty one when there is none, it is unreadable, or it was read by other code. */
export async function loadReadMemo(cacheDir: string | undefined, reading: string): Promise<ReadMemo> {
  const path = cacheDir ? readMemoFile(cacheDir) : undefined;
  if (path && existsSync(path)) {
    try {
      const memo = JSON.parse(await readFile(path, 'utf8')) as ReadMemo;
      if (memo.reading === reading && typeof memo.files === 'object') return memo;
    } catch {
      // An unreadable memo is no memo.
    }
  }
  return { reading, files: {} };
}

/** Writes the memo into `cacheDir` (created when missing). */
export async function saveReadMemo(cacheDir: string, memo: ReadMemo): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(readMemoFile(cacheDir), JSON.stringify(memo));
}
