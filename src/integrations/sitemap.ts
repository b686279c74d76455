/**
 * Astro integration: the sitemap. `sitemap-index.xml` lists the files
 * `sitemap-0.xml`, `sitemap-1.xml`… that list every page (src/lib/sitemap.ts
 * says which and in what order); `/sitemap.xml`, the address crawlers and
 * people try first, is a copy of the index (a sitemap index is a valid
 * sitemap document at any address). The XML is written by the `sitemap`
 * library. It replaces @astrojs/sitemap, whose files it writes unchanged:
 * that one sorts the addresses with a `localeCompare` that builds a collator
 * for every comparison, 0.66 s of a 10,000-article rebuild and several
 * seconds at 100,000.
 */
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { normalizeBase } from '../lib/base.ts';
import {
  SITEMAP_ALIAS_FILE,
  SITEMAP_INDEX_FILE,
  sitemapChunkFile,
  sitemapChunks,
  sitemapUrls,
} from '../lib/sitemap.ts';
import { writeFileWhole } from '../lib/write-whole.ts';

/** The XML of a sitemap listing `urls`, or of an index listing the sitemaps at `urls`. */
async function sitemapXml(urls: readonly string[], kind: 'urlset' | 'index'): Promise<string> {
  const stream = kind === 'urlset' ? new SitemapStream() : new SitemapIndexStream();
  return (await streamToPromise(Readable.from(urls).pipe(stream))).toString('utf8');
}

export default function sitemap(): AstroIntegration {
  let home = '';
  return {
    name: 'clippings:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        // astro.config.mjs always sets the site (src/settings.ts).
        home = new URL(normalizeBase(config.base), config.site).href;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const urls = sitemapUrls(
          pages.map((page) => page.pathname),
          home,
        );
        const chunks = sitemapChunks(urls);
        const chunkUrls = chunks.map((_, n) => new URL(sitemapChunkFile(n), home).href);
        await Promise.all(
          chunks.map(async (chunk, n) =>
            writeFileWhole(join(site, sitemapChunkFile(n)), await sitemapXml(chunk, 'urlset')),
          ),
        );
        const index = await sitemapXml(chunkUrls, 'index');
        await writeFileWhole(join(site, SITEMAP_INDEX_FILE), index);
        await writeFileWhole(join(site, SITEMAP_ALIAS_FILE), index);
        logger.info(`${SITEMAP_INDEX_FILE} written: ${urls.length} addresses in ${chunks.length} file(s)`);
      },
    },
  };
}
