/**
 * A fingerprint of everything that shapes rendered article bodies: our own
 * pipeline code, the versions of the unified packages it runs, and the base
 * path. Part of every cached body's digest, so changing the sanitizer, a
 * plugin or a dependency re-renders the archive instead of serving old HTML.
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
