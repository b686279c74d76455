/**
 * Which search bundles a built site holds, found on disk: for the steps that
 * come after the indexer or without it (offline files, verification, the
 * benchmark). The names come from src/search/shards.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FOLDER, compareBundleFolders, shardIdOfBundle } from './shards.ts';

/** A bundle folder of the search index and its shard's name. */
export interface BundleFolder {
  id: string;
  /** Relative to the site: `pagefind` or `pagefind-<shard>`. */
  dir: string;
}

/** The finished bundles (with an entry file) at the top of `site`, `pagefind/` first, then oldest period first; none when `site` does not exist. */
export function findBundles(site: string): BundleFolder[] {
  if (!existsSync(site)) return [];
  return readdirSync(site, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        BUNDLE_FOLDER.test(entry.name) &&
        existsSync(join(site, entry.name, 'pagefind-entry.json')),
    )
    .map((entry) => entry.name)
    .sort(compareBundleFolders)
    .map((dir) => ({ id: shardIdOfBundle(dir), dir }));
}
