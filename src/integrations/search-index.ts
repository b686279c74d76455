/**
 * The search index as part of `astro build`: once the HTML is written, the
 * indexer (src/search/indexer.ts) runs, and the offline files (manifest and
 * service worker) are written next to it. One command, no separate CLI step.
 * This file only wires the build's hooks to the search wing and logs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routeFiles } from '../lib/output-files.ts';
import { indexShards, pagefindCommand } from '../search/indexer.ts';
import { writeOfflineFiles } from '../search/offline-files.ts';
import { GB, settingsFrom } from '../settings.ts';

/** The Astro integration: index after every build, then write the offline files. */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let root = '';
  return {
    name: 'clippings:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const settings = settingsFrom();
        const shardSize = settings.searchShardSize;
        const recentShardSize = settings.searchRecentShardSize;
        const result = await indexShards({
          site,
          // The article pages are among them: the folder need not be walked to find them.
          files: routeFiles(site, assets),
          cacheFolder: join(cacheDir, 'search-shards'),
          shardSize,
          recentShardSize,
          pagefindCommand: await pagefindCommand(root),
          onShard: (shard, index, count, ms) => {
            if (count > 1)
              logger.info(
                `Search index: shard ${index + 1}/${count} (${shard.id}) ${shard.reused ? 'reused from the cache' : 'indexed'} in ${(ms / 1000).toFixed(1)} s`,
              );
          },
        });
        if (result.pages === 0)
          logger.warn('Search index: no article pages found (no data-pagefind-body in the built HTML).');
        const languages = Object.entries(result.languages)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        const indexed = result.shards.filter((shard) => !shard.reused).length;
        logger.info(
          `Search index: ${result.pages} pages indexed${languages ? ` (${languages})` : ''}; ` +
            `${result.shards.length} shard${result.shards.length === 1 ? '' : 's'} of up to ${shardSize} articles${recentShardSize < shardSize ? ` (${recentShardSize} in the newest period)` : ''}: ${indexed} indexed, ${result.shards.length - indexed} reused` +
            (result.memoryLeft === undefined
              ? ''
              : ` (${gigabytes(result.memoryLeft)} GB of the build's memory left for indexing)`),
        );
        const offline = await writeOfflineFiles({
          site,
          base,
          bundles: result.shards.map((shard) => ({ id: shard.id, dir: shard.dir })),
        });
        logger.info(`Offline: ${offline.files} files, ${offline.bytes} bytes listed in ${offline.manifest}`);
      },
    },
  };
}

/** Bytes as gigabytes, one decimal. */
function gigabytes(bytes: number): string {
  return (bytes / GB).toFixed(1);
}
