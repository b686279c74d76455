/**
 * The search index as part of `astro build`: once the HTML is written, Pagefind
 * indexes it into `<outDir>/pagefind/`, and the offline files (manifest and
 * service worker) are written next to it. One command, no separate CLI step.
 *
 * Indexing is one function over a folder (`indexSite`), so a later change can
 * index the archive in several shards (say one per period) by calling it with
 * a glob and an output path per shard, without touching the hook.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { UNUSED_PAGEFIND, writeOfflineFiles } from './search-offline.ts';

/** What one indexing run produced. */
export interface IndexResult {
  /** Pages in the index (articles), summed over languages. */
  pages: number;
  /** Pages per language code, as Pagefind split them. */
  languages: Record<string, number>;
  /** Folder the index was written to. */
  outputPath: string;
}

export interface IndexOptions {
  /** The built site folder to index. */
  site: string;
  /** Where to write the index; `<site>/pagefind` by default. */
  outputPath?: string;
  /** Which HTML files to index, relative to `site` (Pagefind's default: all). */
  glob?: string;
}

/** Entry file Pagefind writes; its page counts are what the browser will search. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * Indexes the HTML files of a built site with Pagefind's Node API. Pages
 * without `data-pagefind-body` are skipped by Pagefind itself, so only articles
 * end up in the index. Throws with Pagefind's own messages when it fails.
 */
export async function indexSite(options: IndexOptions): Promise<IndexResult> {
  const outputPath = options.outputPath ?? join(options.site, 'pagefind');
  try {
    // Pagefind's binary panics on an output path it cannot create, and its Node
    // API then never settles: make the folder first, so that fails clearly here.
    await mkdir(outputPath, { recursive: true });
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind returned no index');
    const { index } = created;
    const added = await index.addDirectory({ path: options.site, ...(options.glob ? { glob: options.glob } : {}) });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // addDirectory() counts the HTML files it walked (listings included);
    // the entry file counts the pages that made it into the index.
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
    const pages = Object.values(languages).reduce((sum, n) => sum + n, 0);
    return { pages, languages, outputPath };
  } catch (error) {
    throw new Error(`Search index: Pagefind could not index ${options.site}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    // Pagefind runs as a child process; leaving it up would keep the build alive.
    await pagefind.close();
  }
}

/** The Astro integration: index after every build, then write the offline files. */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'clippings:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const result = await indexSite({ site });
        // Pagefind's own UIs (about 400 KB in 7 files) are never loaded: fewer files for hosts that count them.
        const unused = (await readdir(join(site, 'pagefind'))).filter((name) => UNUSED_PAGEFIND.test(`pagefind/${name}`));
        await Promise.all(unused.map((name) => rm(join(site, 'pagefind', name))));
        if (result.pages === 0) logger.warn('Search index: no article pages found (no data-pagefind-body in the built HTML).');
        const languages = Object.entries(result.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
        logger.info(`Search index: ${result.pages} pages indexed${languages ? ` (${languages})` : ''}`);
        const offline = await writeOfflineFiles({ site, base });
        logger.info(`Offline: ${offline.files} files, ${offline.bytes} bytes listed in ${offline.manifest}`);
      },
    },
  };
}
