/**
 * Writes a file whole or not at all: the text goes to a file beside it, which
 * is then renamed over it, so a reader (another build step, the dev server, a
 * build cut off halfway) never sees it half-written.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Writes started by this thread, numbering their temporary files. */
let writes = 0;

/** Writes `text` to `path` (its folder made when missing), replacing the file in one step. */
export async function writeFileWhole(path: string, text: string): Promise<void> {
  // A name of its own for every write: two writes of one file at once (in one thread or two) never share it.
  const temporary = `${path}.${process.pid}.${threadId}.${++writes}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
