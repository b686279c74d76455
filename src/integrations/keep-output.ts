/**
 * Astro integration: the output folder is kept between builds and pruned
 * afterwards, instead of emptied before (`vite.build.emptyOutDir: false` in
 * astro.config.mjs). With Astro's incremental build, a page whose cache key is
 * unchanged is then left where it is: at 10,000 articles, emptying the folder
 * and copying every page back from the cache took longer than rendering the
 * pages that changed.
 *
 * Pruning keeps what this build wrote (every route's files, cached ones
 * included, as Astro reports them), the bundles of this build and the public
 * folder's files; anything else, such as the page of a deleted article or the
 * last search index (written again after this), is removed.
 */
import { existsSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inBatches } from '../lib/batches.ts';
import { listFiles } from '../lib/list-files.ts';
import { isKeptOutput } from '../lib/output-files.ts';
import { BUNDLE_FOLDER } from '../search/shards.ts';

/** Removes the folders of removed files that are left empty, and their parents in turn, up to `site`. */
async function removeEmptyFolders(site: string, removed: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of removed) {
    for (let folder = dirname(path); folder !== '.' && folder !== ''; folder = dirname(folder)) folders.add(folder);
  }
  // Deepest first, so a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    const full = join(site, folder);
    if (existsSync(full) && (await readdir(full)).length === 0) await rmdir(full);
  }
}

export default function keepOutput(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  /** Whether an earlier build left anything to prune (a first build has nothing to walk). */
  let earlierOutput = false;
  return {
    name: 'clippings:keep-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': async () => {
        earlierOutput = existsSync(outDir) && (await readdir(outDir)).length > 0;
        // Bundles have hashed names: last build's would pile up, and there are only a few to write again.
        await rm(join(outDir, '_astro'), { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!earlierOutput) return;
        const site = fileURLToPath(dir);
        // The last search index goes whole (its integration writes it again next):
        // one call per bundle folder rather than one per file (thousands of fragments).
        const top = await readdir(site, { withFileTypes: true });
        const bundles = top.filter((entry) => entry.isDirectory() && BUNDLE_FOLDER.test(entry.name));
        await Promise.all(bundles.map((entry) => rm(join(site, entry.name), { recursive: true, force: true })));
        const written = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) written.add(relative(site, fileURLToPath(url)).split(sep).join('/'));
        const publicFiles = new Set(await listFiles(publicDir));
        const stale = (await listFiles(site)).filter((path) => !isKeptOutput(path, written, publicFiles));
        await inBatches(stale, (path) => rm(join(site, path), { force: true }));
        if (stale.length > 0) {
          await removeEmptyFolders(site, stale);
          logger.info(`Removed ${stale.length} file(s) of earlier builds that this build no longer makes.`);
        }
      },
    },
  };
}
