/**
 * Fingerprints of the code behind cached article data, part of every stored
 * entry's digest. The pipeline's covers everything that shapes rendered
 * bodies: our own pipeline code, the versions of the unified packages it
 * runs, and the base path; so changing the sanitizer, a plugin or a
 * dependency re-renders the archive instead of serving old HTML. The
 * reading one covers the code that parses and validates files. Both are
 * derived from the code itself (every file of every folder it imports from),
 * so a forgotten list entry can never let a rebuild reuse a stale read.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/** Packages whose version changes what a body renders to. */
const RENDERING_PACKAGES = [
  '@astrojs/markdown-remark',
  'hast-util-sanitize',
  'rehype-raw',
  'rehype-sanitize',
  'rehype-slug',
  'remark-gfm',
  'remark-parse',
  'remark-rehype',
  'rehype-stringify',
  'satteri',
  'unified',
  'mdast-util-to-hast',
  'hast-util-to-html',
];

/** Version of an installed package, or `none`. */
function installedVersion(require: NodeJS.Require, name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'none';
  }
}

/** Relative imports of a source file (`./x.ts`, `../lib/y.ts`), resolved against it. */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

/**
 * The folders the code reachable from `entries` lives in, found by following
 * relative imports: a helper added to the reading or rendering code is
 * covered the day it is imported, with no list to keep up to date.
 */
async function foldersOf(root: string, entries: readonly string[]): Promise<string[]> {
  return [...new Set((await reachableFiles(root, entries)).map((file) => dirname(file)))].sort();
}

/** Every source file reachable from `entries` through relative imports, the entries included. */
async function reachableFiles(root: string, entries: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => join(root, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const [, spec] of text.matchAll(RELATIVE_IMPORT)) queue.push(resolve(dirname(file), spec as string));
  }
  return [...seen].sort();
}

/** Hashes every `.ts` file in `folders` (not their subfolders), by path relative to `root` and content. */
async function hashFolders(hash: Hash, root: string, folders: readonly string[]): Promise<void> {
  for (const folder of folders) {
    const names = (await readdir(folder)).filter((name) => name.endsWith('.ts')).sort();
    for (const name of names) hash.update(relative(root, join(folder, name))).update(await readFile(join(folder, name)));
  }
}

/**
 * Where the pipeline starts. The worker threads that run it
 * (src/content/article-worker.ts) are reading code, in the reading fingerprint's folders.
 */
const PIPELINE_ENTRIES = ['src/markdown/pipeline.ts'];

/**
 * Hashes the pipeline's source files (every file its entries reach through
 * imports), the rendering packages' versions and the base. Files, not whole
 * folders as for reading, though the loader's digests hold both: the
 * reading fingerprint hashes every file of src/lib (the loader imports from
 * it), so any edit there still reads and renders the whole archive again.
 */
export async function pipelineFingerprint(root: string, base: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await reachableFiles(root, PIPELINE_ENTRIES)) hash.update(relative(root, file)).update(await readFile(file));
  const require = createRequire(join(root, 'package.json'));
  for (const name of RENDERING_PACKAGES) hash.update(`${name}@${installedVersion(require, name)}\n`);
  hash.update(`base=${base}`);
  return hash.digest('hex').slice(0, 16);
}

/** Where reading starts: the code that turns an article file into validated data, and the loader that calls it. */
const READING_ENTRIES = ['src/content/read-article.ts', 'src/content/article-loader.ts'];
/** Packages whose version changes what a file reads as. */
const READING_PACKAGES = ['astro', 'yaml', 'zod'];

/**
 * A fingerprint of the code that reads and validates article files: every
 * source file of the folders that code lives in. While it and a file's text
 * are unchanged, the data stored for the file last time is still what
 * reading it would give, so a rebuild need not parse it again.
 */
export async function readingFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  await hashFolders(hash, root, await foldersOf(root, READING_ENTRIES));
  const require = createRequire(join(root, 'package.json'));
  for (const name of READING_PACKAGES) hash.update(`${name}@${installedVersion(require, name)}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * A fingerprint of the code that verifies a build (src/verify/run.ts and
 * every file it reaches): what a verification remembers of each page
 * (src/verify/record.ts) is reused only while the code that read it is unchanged.
 */
export async function verifyFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await reachableFiles(root, ['src/verify/run.ts']))
    hash.update(relative(root, file)).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}
