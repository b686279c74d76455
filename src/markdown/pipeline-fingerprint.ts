/**
 * Fingerprints of the code behind cached article data, part of every stored
 * entry's digest. The pipeline's covers everything that shapes rendered
 * bodies: our own pipeline code, the versions of the unified packages it
 * runs, and the base path; so changing the sanitizer, a plugin or a
 * dependency re-renders the archive instead of serving old HTML. The
 * reading one covers the code that parses and validates files.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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

/**
 * Hashes the pipeline's source files (src/markdown, and the page ids bodies
 * avoid), the rendering packages' versions and the base.
 */
export async function pipelineFingerprint(root: string, base: string): Promise<string> {
  const hash = createHash('sha256');
  const sources = [
    ...(await readdir(join(root, 'src/markdown'))).filter((name) => name.endsWith('.ts')).sort().map((name) => join(root, 'src/markdown', name)),
    join(root, 'src/lib/page-ids.ts'),
  ];
  for (const file of sources) hash.update(file.slice(root.length)).update(await readFile(file));
  const require = createRequire(join(root, 'package.json'));
  for (const name of RENDERING_PACKAGES) hash.update(`${name}@${installedVersion(require, name)}\n`);
  hash.update(`base=${base}`);
  return hash.digest('hex').slice(0, 16);
}

/** Code that turns an article file into validated data (besides the Markdown pipeline). */
const READING_SOURCES = ['src/content', 'src/schemas', 'src/lib/articles.ts', 'src/lib/frontmatter.ts', 'src/lib/dates.ts', 'src/lib/slugs.ts', 'src/lib/urls.ts', 'src/lib/body-limits.ts'];
/** Packages whose version changes what a file reads as. */
const READING_PACKAGES = ['astro', 'yaml', 'zod'];

/**
 * A fingerprint of the code that reads and validates article files. While it
 * and a file's text are unchanged, the data stored for the file last time is
 * still what reading it would give, so a rebuild need not parse it again.
 */
export async function readingFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const source of READING_SOURCES) {
    const path = join(root, source);
    const files = source.endsWith('.ts') ? [path] : (await readdir(path, { recursive: true })).filter((name) => name.endsWith('.ts')).sort().map((name) => join(path, name));
    for (const file of files) hash.update(file.slice(root.length)).update(await readFile(file));
  }
  const require = createRequire(join(root, 'package.json'));
  for (const name of READING_PACKAGES) hash.update(`${name}@${installedVersion(require, name)}\n`);
  return hash.digest('hex').slice(0, 16);
}
