/**
 * The files that let the archive work offline, written after the search index:
 *
 * - `offline.json`: what "keep this archive offline" downloads (the search index,
 *   the search page and its assets), with sizes so the page can say how much
 *   before it starts, and the tag that makes Pagefind's entry file cacheable.
 * - `sw.js`: the service worker, stamped with a version derived from those
 *   files, so a rebuilt site replaces the old caches instead of mixing with them.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../lib/base.ts';
import { pagefindModulePath, type OfflineManifest } from '../lib/offline-manifest.ts';

/** Pagefind writes three UIs we do not use; the JS API needs none of them. */
export const UNUSED_PAGEFIND = /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Pages of the shell that must open offline: the search page and the front page. */
const SHELL_PAGES = ['search/', ''];
const SHELL_FILES = ['favicon.svg'];

/** All files under `dir`, as POSIX paths relative to `root`. */
async function walk(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? walk(root, path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}

/** The file behind a site path (a page path means its index.html). */
function fileOf(site: string, path: string): string {
  return path === '' || path.endsWith('/') ? join(site, path, 'index.html') : join(site, path);
}

/**
 * Lists the offline files of a built site and computes its version.
 * The entry file is listed under the URL Pagefind will request (`?ts=<tag>`).
 */
export async function buildOfflineManifest(site: string): Promise<OfflineManifest> {
  const entry = await readFile(join(site, 'pagefind', 'pagefind-entry.json'));
  const metaCacheTag = createHash('sha256').update(entry).digest('hex').slice(0, 12);
  const { languages: counts } = JSON.parse(entry.toString('utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.entries(counts).sort(([, a], [, b]) => b.page_count - a.page_count).map(([lang]) => lang);
  const pagefindFiles = (await walk(site, 'pagefind')).filter(
    (path) => !UNUSED_PAGEFIND.test(path) && path !== 'pagefind/pagefind-entry.json' && path !== 'pagefind/pagefind.js',
  );
  const assets = await walk(site, '_astro');
  const shell = [...SHELL_PAGES, ...SHELL_FILES].filter((path) => existsSync(fileOf(site, path)));
  const files: OfflineManifest['files'] = [];
  for (const path of [...shell, ...assets, ...pagefindFiles].sort()) files.push({ path, bytes: (await stat(fileOf(site, path))).size });
  files.push({ path: `pagefind/pagefind-entry.json?ts=${metaCacheTag}`, bytes: entry.byteLength });
  // The search page loads pagefind.js once per language, under these URLs (see src/client/archive-search.ts).
  const loader = (await stat(join(site, 'pagefind', 'pagefind.js'))).size;
  for (const language of languages) files.push({ path: pagefindModulePath(language), bytes: loader });
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const version = createHash('sha256')
    .update(JSON.stringify(files))
    .update(await readFile(fileURLToPath(SERVICE_WORKER)))
    .digest('hex')
    .slice(0, 12);
  return { version, metaCacheTag, languages, files, totalBytes };
}

/** The service worker's source; `__VERSION__` and `__BASE__` are filled in per build. */
const SERVICE_WORKER = new URL('../client/service-worker.js', import.meta.url);

/** Writes `offline.json` and `sw.js` into the built site. */
export async function writeOfflineFiles(options: { site: string; base: string }): Promise<{ manifest: string; files: number; bytes: number }> {
  const manifest = await buildOfflineManifest(options.site);
  const manifestPath = join(options.site, 'offline.json');
  await writeFile(manifestPath, `${JSON.stringify(manifest)}\n`);
  const base = normalizeBase(options.base);
  const worker = (await readFile(fileURLToPath(SERVICE_WORKER), 'utf8'))
    .replaceAll('__VERSION__', manifest.version)
    .replaceAll('__BASE__', base);
  await writeFile(join(options.site, 'sw.js'), worker);
  return { manifest: relative(options.site, manifestPath).split(sep).join('/'), files: manifest.files.length, bytes: manifest.totalBytes };
}
