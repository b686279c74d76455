/**
 * Writes a file whole or not at all: the text goes to a file beside it, which
 * is then renamed over it, so a reader (another build step, the dev server, a
 * build cut off halfway) never sees it half-written.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes `text` to `path` (its folder made when missing), replacing the file in one step. */
export async function writeFileWhole(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
