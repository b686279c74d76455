/**
 * Which files are articles: `**\/*.md` under the articles folder, except
 * files and folders whose names start with `_` or `.` (notes, templates,
 * editor files). The loader and build verification share this rule.
 */
import { glob } from 'node:fs/promises';
import { sep } from 'node:path';

/** Article files under `dir`, as paths relative to it, sorted. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const path of glob('**/*.md', { cwd: dir })) {
    if (!path.split(sep).some((part) => part.startsWith('_') || part.startsWith('.'))) files.push(path);
  }
  return files.sort();
}
