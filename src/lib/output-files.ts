/**
 * Which files of a kept output folder belong to the current build (see
 * src/integrations/keep-output.ts). Paths are relative to the folder, with `/`.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files Astro reports for this build's routes (`astro:build:done`'s
 * `assets`): those it wrote and those its incremental build kept unchanged,
 * relative to the output folder `site`.
 */
export function routeFiles(site: string, assets: ReadonlyMap<string, readonly URL[]>): Set<string> {
  const files = new Set<string>();
  for (const urls of assets.values())
    for (const url of urls) files.add(relative(site, fileURLToPath(url)).split(sep).join('/'));
  return files;
}

/**
 * Whether a file in the output folder stays after a build: written (or kept
 * as unchanged) by this build's routes, one of this build's bundles, or a
 * copy of a public file. Everything the integrations write after the pages
 * (search index, sitemap, offline files) is removed and written again.
 * @example isKeptOutput('2019/01/02/gone/index.html', new Set(), new Set()) // false
 */
export function isKeptOutput(path: string, written: ReadonlySet<string>, publicFiles: ReadonlySet<string>): boolean {
  return written.has(path) || path.startsWith('_astro/') || publicFiles.has(path);
}
