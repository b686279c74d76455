/**
 * The search shards of the last build, kept in Astro's cache folder so the
 * next build keeps (or copies back) the shards whose articles did not change
 * instead of indexing them again. "Unchanged" is decided by a hash of what
 * Pagefind reads, never by which files happen to exist.
 *
 * Layout: `<cacheDir>/search-shards/manifest.json` (a hash per shard id) and
 * `<cacheDir>/search-shards/<id>/` (the shard's Pagefind bundle as written).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { inBatches } from '../lib/batches.ts';
import { FileMemo } from '../lib/file-memo.ts';
import { listFiles } from '../lib/list-files.ts';
import { writeFileWhole } from '../lib/write-whole.ts';

/** What the cache remembers of one shard. */
export interface CachedShard {
  /** Hash of the shard's indexed HTML and the indexing settings. */
  hash: string;
  /** Pages per language in the shard's index. */
  languages: Record<string, number>;
}

export interface ShardCacheManifest {
  shards: Record<string, CachedShard>;
}

/**
 * The part of a page that decides its search record: the `<html>` start tag
 * (Pagefind takes the language from it) and the `data-pagefind-body` element.
 * An article page also carries things Pagefind never reads and that change
 * without the article changing (the citation's access date is the build day;
 * neighbours' and related articles' titles), so hashing the whole file would
 * re-index every shard every day. When anything Pagefind reads
 * (`data-pagefind-*` other than `-ignore`) sits outside that element, or there
 * is no such element, the whole page counts.
 */
export function indexedPart(html: string): string {
  const whole = html;
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return whole;
  const start = html.lastIndexOf('<', marker);
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1];
  if (!name) return whole;
  // Find the element's end tag, counting nested elements of the same name.
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  let end = -1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = match.index + match[0].length;
      break;
    }
  }
  if (end < 0) return whole;
  const outside = html.slice(0, start) + html.slice(end);
  // data-pagefind-ignore outside the body changes nothing: nothing there is indexed anyway.
  if (/data-pagefind-(?!ignore\b)/.test(outside)) return whole;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return `${htmlTag}\n${html.slice(start, end)}`;
}

/** SHA-256 (hex) of a page's indexed part. */
function indexedPartHash(path: string): string {
  // Read synchronously, like the build's other passes over its pages: far cheaper than promise-based reads.
  return createHash('sha256')
    .update(indexedPart(readFileSync(path, 'utf8')))
    .digest('hex');
}

/** Where the indexed parts' hashes of a site's pages are remembered between builds, in the shard cache's folder. */
export function indexedPartHashes(cacheFolder: string | undefined, site: string): FileMemo<string> {
  return new FileMemo(cacheFolder ? join(cacheFolder, 'indexed-parts.json') : undefined, site, 'indexed-part');
}

/**
 * Hashes a shard: the indexing settings, then each page's path and the hash
 * of its indexed part, in path order.
 * @param files paths relative to `site`
 * @param settings anything else the index depends on (Pagefind version, options, shard months)
 * @param parts remembers the hashes of pages unchanged since the last build
 */
export function hashShard(
  site: string,
  files: readonly string[],
  settings: string,
  parts: FileMemo<string> = indexedPartHashes(undefined, site),
): string {
  const hash = createHash('sha256').update(settings).update('\0');
  for (const file of [...files].sort())
    hash.update(file).update('\0').update(parts.value(file, indexedPartHash)).update('\0');
  return hash.digest('hex');
}

/**
 * Copies `files` (paths relative to `from`) to the same paths under `to` by
 * hard-linking them (a shard is thousands of small files: linking them takes a
 * fraction of the time copying does), copying where links are impossible
 * (another file system). Safe here because nothing writes into a linked file:
 * the indexer and the cache replace a bundle by removing it first (unlinking),
 * unused files are unlinked too, and Pagefind only reads the pages it is given.
 */
export async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const folders = [...new Set(files.map((file) => dirname(join(to, file))))];
  await inBatches(folders, (folder) => mkdir(folder, { recursive: true }));
  await inBatches(files, async (file) => {
    const target = join(to, file);
    await link(join(from, file), target).catch(() => copyFile(join(from, file), target));
  });
}

/** Copies a folder by linking its files (linkFiles), its empty folders too. */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  const path = (entry: Dirent) => relative(from, join(entry.parentPath, entry.name));
  for (const entry of entries) if (entry.isDirectory()) await mkdir(join(to, path(entry)), { recursive: true });
  await linkFiles(from, to, entries.filter((entry) => entry.isFile()).map(path));
}

/**
 * Whether a bundle file is named by its content: Pagefind names each fragment,
 * index chunk, filter file and metadata file after a hash of its bytes
 * (`fragment/en_01c6625.pf_fragment`, `pagefind.en_44c5c6b924.pf_meta`), so
 * two such files of one name hold the same bytes.
 * @example isContentNamed('fragment/en_01c6625.pf_fragment') // true
 * @example isContentNamed('pagefind-entry.json') // false
 */
export function isContentNamed(file: string): boolean {
  return /_[0-9a-f]{7,}\.pf_(fragment|index|filter|meta)$/.test(file);
}

/** The shard cache under one folder. */
export class ShardCache {
  private manifest: ShardCacheManifest = { shards: {} };
  readonly folder: string;

  // A plain field, not a parameter property: scripts run this file with Node's type stripping.
  constructor(folder: string) {
    this.folder = folder;
  }

  private get manifestPath(): string {
    return join(this.folder, 'manifest.json');
  }

  /** Reads the manifest; a missing or unreadable one means an empty cache. */
  async load(): Promise<void> {
    try {
      const parsed = JSON.parse(await readFile(this.manifestPath, 'utf8')) as Partial<ShardCacheManifest>;
      this.manifest = { shards: typeof parsed.shards === 'object' && parsed.shards !== null ? parsed.shards : {} };
    } catch {
      this.manifest = { shards: {} };
    }
  }

  /** The cached shard with this id and hash, if its bundle is still there. */
  lookup(id: string, hash: string): CachedShard | undefined {
    const entry = this.manifest.shards[id];
    return entry?.hash === hash && existsSync(join(this.folder, id, 'pagefind-entry.json')) ? entry : undefined;
  }

  /**
   * Whether `outputPath` already holds this cached shard's bundle as linked
   * from the cache: the same files, those with fixed names (pagefind.js, the
   * entry file, the WebAssembly) the same file (inode) as the cache's. Then it
   * is left in place: copying it again would give its files new states, and
   * every memo keyed by them (verification, the manifest's hashes) would read
   * them all again. A file named by its content (isContentNamed) is the
   * cache's wherever its name is: comparing the inodes of thousands of
   * fragments was 0.23 s of a 10,000-article rebuild.
   */
  async isInPlace(id: string, outputPath: string): Promise<boolean> {
    const cached = await listFiles(join(this.folder, id));
    const placed = new Set(await listFiles(outputPath));
    if (cached.length === 0 || cached.length !== placed.size) return false;
    const inode = (path: string) => statSync(path, { throwIfNoEntry: false })?.ino;
    return cached.every((file) => {
      if (!placed.has(file)) return false;
      if (isContentNamed(file)) return true;
      const ino = inode(join(outputPath, file));
      return ino !== undefined && ino === inode(join(this.folder, id, file));
    });
  }

  /** Copies a cached shard's bundle to `outputPath`. */
  async restore(id: string, outputPath: string): Promise<void> {
    await rm(outputPath, { recursive: true, force: true });
    await linkTree(join(this.folder, id), outputPath);
  }

  /**
   * Stores a freshly written bundle. The manifest forgets the shard before
   * its files are replaced and learns it again after, so a build stopped
   * halfway never leaves a hash pointing at half a bundle.
   */
  async store(id: string, bundle: string, entry: CachedShard): Promise<void> {
    delete this.manifest.shards[id];
    await this.save();
    const target = join(this.folder, id);
    await rm(target, { recursive: true, force: true });
    await linkTree(bundle, target);
    this.manifest.shards[id] = entry;
    await this.save();
  }

  /** Drops shards that are no longer planned (a boundary moved, a year went away). */
  async keepOnly(ids: readonly string[]): Promise<void> {
    const keep = new Set(ids);
    for (const id of Object.keys(this.manifest.shards)) if (!keep.has(id)) delete this.manifest.shards[id];
    await this.save();
    const folders = await readdir(this.folder, { withFileTypes: true }).catch(() => []);
    await Promise.all(
      folders
        .filter((entry) => entry.isDirectory() && !keep.has(entry.name))
        .map((entry) => rm(join(this.folder, entry.name), { recursive: true, force: true })),
    );
  }

  /** Saves queued one after another (shards are stored side by side), each whole: written aside, then renamed. */
  private saving: Promise<void> = Promise.resolve();

  private save(): Promise<void> {
    // A failed save was reported to its caller; the next one still runs.
    this.saving = this.saving
      .catch(() => undefined)
      .then(() => writeFileWhole(this.manifestPath, `${JSON.stringify(this.manifest, null, 1)}\n`));
    return this.saving;
  }
}
