/**
 * The search shards of the last build, kept in Astro's cache folder so the
 * next build keeps (or copies back) the shards whose articles did not change
 * instead of indexing them again. "Unchanged" is decided by a hash of what
 * Pagefind reads, never by which files happen to exist.
 *
 * Layout: `<cacheDir>/search-shards/manifest.json` (a hash per shard id),
 * `<cacheDir>/search-shards/<id>/` (the shard's Pagefind bundle as written) and
 * `<cacheDir>/search-shards/<id>.indexed-parts.json` (its pages' indexed-part
 * hashes, indexedPartHashes).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { inBatches } from '../lib/batches.ts';
import { FileMemo, fileState, onlyCtimeMoved } from '../lib/file-memo.ts';
import { listFiles } from '../lib/list-files.ts';
import { writeFileWhole } from '../lib/write-whole.ts';
import { indexedPart } from './indexed-part.ts';

/** What the cache remembers of one shard. */
export interface CachedShard {
  /** Hash of the shard's indexed HTML and the indexing settings. */
  hash: string;
  /** Pages per language in the shard's index. */
  languages: Record<string, number>;
  /**
   * The shard's pages as files when `hash` was last found true of them
   * (statesHash): while they are the same, `hash` stands without a page read.
   */
  states?: string | undefined;
}

export interface ShardCacheManifest {
  shards: Record<string, CachedShard>;
}

/** SHA-256 (hex) of a page's indexed part. */
function indexedPartHash(path: string): string {
  // Read synchronously, like the build's other passes over its pages: far cheaper than promise-based reads.
  return createHash('sha256')
    .update(indexedPart(readFileSync(path, 'utf8')))
    .digest('hex');
}

/** The file a shard's indexed-part hashes are remembered in, beside its bundle in the cache folder. */
const PARTS_FILE = /^(.+)\.indexed-parts\.json$/;

/**
 * Where the indexed parts' hashes of one shard's pages are remembered between
 * builds, in the shard cache's folder: one memo a shard, so a rebuild loads
 * and saves only those of the shards whose pages changed (one memo of every
 * page took 2.6 s of each 100,000-article rebuild).
 */
export function indexedPartHashes(cacheFolder: string | undefined, site: string, shardId: string): FileMemo<string> {
  return new FileMemo(
    cacheFolder ? join(cacheFolder, `${shardId}.indexed-parts.json`) : undefined,
    site,
    'indexed-part',
  );
}

/** Each of `files` (relative to `site`) with its state (src/lib/file-memo.ts), undefined for a file that cannot be stated. */
export function pageStates(site: string, files: readonly string[]): Map<string, string | undefined> {
  return new Map(files.map((file) => [file, fileState(join(site, file))]));
}

/**
 * The states to remember a shard's pages by after indexing it: each page's
 * state now where only its change time moved since `before` (hard-linked into
 * the shard's view and unlinked: the same bytes), else its state before, so
 * that a page really written meanwhile is read again by the next build.
 */
export function settledStates(
  before: ReadonlyMap<string, string | undefined>,
  now: ReadonlyMap<string, string | undefined>,
): Map<string, string | undefined> {
  return new Map(
    [...before].map(([file, state]) => {
      const stateNow = now.get(file);
      return [
        file,
        state !== undefined && stateNow !== undefined && onlyCtimeMoved(state, stateNow) ? stateNow : state,
      ];
    }),
  );
}

/**
 * A hash of a shard's pages as files (paths and states) and its settings, in
 * path order; undefined when a page cannot be stated. Equal to the one stored
 * with a cached shard, it says that no page was written since that shard's
 * hash was made, so the hash holds without reading a page.
 */
export function statesHash(states: ReadonlyMap<string, string | undefined>, settings: string): string | undefined {
  const hash = createHash('sha256').update(settings).update('\0');
  for (const file of [...states.keys()].sort()) {
    const state = states.get(file);
    if (state === undefined) return undefined;
    hash.update(file).update('\0').update(state).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Hashes a shard: the indexing settings, then each page's path and the hash
 * of its indexed part, in path order.
 * @param files paths relative to `site`
 * @param settings anything else the index depends on (Pagefind version, options, shard months)
 * @param parts remembers the hashes of pages unchanged since the last build
 * @param states the pages' states just taken (pageStates), so they are not asked again
 */
export function hashShard(
  site: string,
  files: readonly string[],
  settings: string,
  parts: FileMemo<string> = indexedPartHashes(undefined, site, ''),
  states?: ReadonlyMap<string, string | undefined>,
): string {
  const hash = createHash('sha256').update(settings).update('\0');
  // A state not given (undefined) is asked of the file by the memo itself.
  for (const file of [...files].sort())
    hash
      .update(file)
      .update('\0')
      .update(parts.value(file, indexedPartHash, states?.get(file)))
      .update('\0');
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

  /** The cached shard with this id whose pages were last seen with these states (statesHash), if its bundle is still there. */
  unchangedSince(id: string, states: string | undefined): CachedShard | undefined {
    const entry = this.manifest.shards[id];
    return states !== undefined && entry?.states === states ? this.lookup(id, entry.hash) : undefined;
  }

  /**
   * Records the states a cached shard's pages have now, its hash still true
   * of them; written with the manifest's next save (keepOnly ends every
   * indexing), not once a shard. Lost, it only costs the next build a look
   * at the shard's memo.
   */
  remember(id: string, states: string | undefined): void {
    const entry = this.manifest.shards[id];
    if (entry && entry.states !== states) this.manifest.shards[id] = { ...entry, states };
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

  /** Drops shards that are no longer planned (a boundary moved, a year went away), with their memos. */
  async keepOnly(ids: readonly string[]): Promise<void> {
    const keep = new Set(ids);
    for (const id of Object.keys(this.manifest.shards)) if (!keep.has(id)) delete this.manifest.shards[id];
    await this.save();
    const entries = await readdir(this.folder, { withFileTypes: true }).catch(() => []);
    const unplanned = (entry: Dirent) => {
      if (entry.isDirectory()) return !keep.has(entry.name);
      const memoOf = PARTS_FILE.exec(entry.name)?.[1];
      // One memo of every page was kept before memos went by shard.
      return entry.name === 'indexed-parts.json' || (memoOf !== undefined && !keep.has(memoOf));
    };
    await Promise.all(
      entries.filter(unplanned).map((entry) => rm(join(this.folder, entry.name), { recursive: true, force: true })),
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
