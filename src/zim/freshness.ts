/**
 * Whether the built site is older than what it is built from, so `npm run zim`
 * builds it first instead of packing a stale archive. Compares modification
 * times: the newest input file against the newest file of the build (every
 * build rewrites some, such as the sitemap, even when pages are unchanged).
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
export async function newestChange(path: string): Promise<number> {
  if (!existsSync(path)) return 0;
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Why the build must run again, or undefined when `dist` is up to date with every input. */
export async function staleBecause(dist: string, inputs: readonly string[]): Promise<string | undefined> {
  if (!existsSync(join(dist, 'index.html'))) return `${dist} has no built site`;
  const built = await newestChange(dist);
  for (const input of inputs) {
    if ((await newestChange(input)) > built) return `${input} changed after the last build`;
  }
  return undefined;
}
