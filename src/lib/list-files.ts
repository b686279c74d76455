/**
 * The one home for listing files: every file under a folder (how the build's
 * own steps, pruning the output, indexing and verifying it, see a built
 * site), and which files are articles (how the loader, verification, the
 * importer and the benchmark see the archive).
 */
import { existsSync } from 'node:fs';
import { glob, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files (not folders) under `dir`, relative to it with `/`; none when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Whether a path (relative to the articles folder, `/`-separated) is an
 * article: a `.md` file none of whose parts starts with `_` or `.` (notes,
 * templates, editor files).
 * @example isArticleFile('2024/05/a.md') // true
 * @example isArticleFile('2024/_drafts/a.md') // false
 */
export function isArticleFile(path: string): boolean {
  return path.endsWith('.md') && !path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));
}

/** Article files under `dir`, as `/`-separated paths relative to it, sorted; none when `dir` does not exist. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for await (const path of glob('**/*.md', { cwd: dir })) {
    const file = path.split(sep).join('/');
    if (isArticleFile(file)) files.push(file);
  }
  return files.sort();
}
