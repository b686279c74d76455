/**
 * The output folder's manifest: which files a finished build made, with their
 * sizes and hashes. It is what makes dist/ safe to share with other things:
 * a rebuild removes only files an earlier build listed (a CNAME, a
 * `.well-known/` folder, a `.git` repository or a user's downloads are never
 * touched), and `npm run verify` can prove the folder is whole and unchanged.
 *
 * Its life cycle tells a finished build from an unfinished one. When a build
 * starts, the last manifest is renamed to the "building" file; only a build
 * that got to its very end writes a new manifest (and removes the building
 * file). So a killed or failed build leaves the building file and no
 * manifest, and the next build still knows which files were its own.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FileMemo } from '../lib/file-memo.ts';
import type { FileStat } from '../lib/list-files.ts';
import { writeFileWhole } from '../lib/write-whole.ts';

/** The manifest of the last finished build, at the top of the output folder. */
export const MANIFEST_FILE = 'clippings-manifest.json';
/** The last finished build's manifest while a build is running; left behind when it did not finish. */
export const BUILDING_FILE = 'clippings-building.json';

/** One file a build made. */
export interface ManifestEntry {
  size: number;
  /** SHA-256, hex. */
  sha256: string;
}

/** What a finished build wrote. */
export interface BuildManifest {
  generator: 'clippings';
  version: 1;
  /** Path relative to the output folder, `/`-separated → size and hash. */
  files: Record<string, ManifestEntry>;
}

/** The state an output folder is in, as read from its manifest files. */
export type OutputState =
  | { kind: 'empty' }
  | { kind: 'finished'; manifest: BuildManifest }
  /** A build started and never finished; `previous` is the manifest of the build before it, if any. */
  | { kind: 'unfinished'; previous: BuildManifest | undefined }
  /** Files, but no manifest of ours: not our folder, or made before manifests existed. */
  | { kind: 'foreign' }
  | { kind: 'corrupt'; file: string; reason: string };

/** Whether a parsed value is a manifest this code wrote. */
function isManifest(value: unknown): value is BuildManifest {
  if (typeof value !== 'object' || value === null) return false;
  const { generator, version, files } = value as Partial<BuildManifest>;
  if (generator !== 'clippings' || version !== 1 || typeof files !== 'object' || files === null) return false;
  return Object.values(files).every((entry) => typeof entry?.size === 'number' && typeof entry.sha256 === 'string');
}

/** Reads one manifest file: the manifest, undefined when absent, or why it cannot be read. */
function readManifestFile(path: string): BuildManifest | undefined | { reason: string } {
  if (!existsSync(path)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isManifest(value) ? value : { reason: 'it is not a manifest written by this build (wrong shape)' };
  } catch (error) {
    return { reason: `it cannot be read as JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * What state the output folder `dir` is in. `hasOtherFiles` says whether it
 * holds anything besides manifest files (the caller has listed it).
 */
export function readOutputState(dir: string, hasOtherFiles: boolean): OutputState {
  const building = readManifestFile(join(dir, BUILDING_FILE));
  const finished = readManifestFile(join(dir, MANIFEST_FILE));
  if (finished && 'reason' in finished) return { kind: 'corrupt', file: MANIFEST_FILE, reason: finished.reason };
  if (existsSync(join(dir, BUILDING_FILE))) {
    // A manifest from before the interruption may stay listed as "building"; a broken one means we know nothing of the old files.
    return { kind: 'unfinished', previous: building && !('reason' in building) ? building : undefined };
  }
  if (finished) return { kind: 'finished', manifest: finished };
  return hasOtherFiles ? { kind: 'foreign' } : { kind: 'empty' };
}

/**
 * Where hashFile reads, one buffer for every file: readFileSync gives each file
 * a buffer of its own, and in a build holding gigabytes those allocations were
 * most of the manifest's time (20 s of 41 s for the 224,000 files of a cold
 * 100,000-article build, in a CPU profile).
 */
const readBuffer = Buffer.allocUnsafe(1024 * 1024);

/** SHA-256 of a file, hex. */
export function hashFile(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, readBuffer); read > 0; read = readSync(fd, readBuffer))
      hash.update(readBuffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * The SHA-256 of each file of the built folder `dir`, remembered in the cache
 * folder while the file is unchanged: the one home of built files' hashes,
 * for the manifest and for verification.
 */
export function builtFileHashes(cacheDir: string | undefined, dir: string): FileMemo<string> {
  return new FileMemo(cacheDir ? join(cacheDir, 'file-hashes.json') : undefined, resolve(dir), 'sha256');
}

/**
 * Below this many files to hash, a second thread is not worth its start.
 * A cold build of 100,000 articles hashes 224,000 files (7 to 8 s on one thread, 4.1 to 4.2 s on two).
 */
const HASH_ASIDE_FROM = 2000;

/**
 * The SHA-256 of each of `files` (relative to `dir`), every other one hashed
 * in a thread of its own (`workerFile`: src/output/hash-worker.ts) while this
 * thread hashes the rest: a cold build's manifest hashes every file it made,
 * with both cores free. Files the thread could not answer for (it failed, or
 * could not start) are left out, for manifestOf to hash itself; so are all of
 * them when there are too few to share.
 */
export async function hashFilesAside(
  dir: string,
  files: readonly string[],
  workerFile: string,
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  if (files.length < HASH_ASIDE_FROM) return hashes;
  const aside = files.filter((_, i) => i % 2 === 1);
  const answer = hashInThread(dir, aside, workerFile);
  for (let i = 0; i < files.length; i += 2) hashes.set(files[i]!, hashFile(join(dir, files[i]!)));
  const answered = await answer;
  if (answered?.length === aside.length) aside.forEach((file, i) => hashes.set(file, answered[i]!));
  return hashes;
}

/** What src/output/hash-worker.ts answers for `files`, in their order; undefined when it failed. */
function hashInThread(dir: string, files: readonly string[], workerFile: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    try {
      const worker = new Worker(workerFile, { workerData: { dir, files } });
      worker.once('message', (hashes: string[]) => resolve(hashes));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    } catch {
      resolve(undefined);
    }
  });
}

/**
 * Builds the manifest of `files` (relative paths) in `dir`; `hashes` may
 * remember those of unchanged files, and `seen` give what a look at the
 * folder just now found of them (listFileStates), so they are not asked again.
 * `hashed` holds hashes just computed (hashFilesAside), taken as they are.
 */
export function manifestOf(
  dir: string,
  files: readonly string[],
  hashes: FileMemo<string> = builtFileHashes(undefined, dir),
  seen?: ReadonlyMap<string, FileStat>,
  hashed: ReadonlyMap<string, string> = new Map(),
): BuildManifest {
  const entries: Record<string, ManifestEntry> = {};
  for (const file of [...files].sort()) {
    const stat = seen?.get(file);
    const hashOf = (path: string) => hashed.get(file) ?? hashFile(path);
    entries[file] = stat
      ? { size: stat.size, sha256: hashes.value(file, hashOf, stat.state) }
      : { size: statSync(join(dir, file)).size, sha256: hashes.value(file, hashOf) };
  }
  return { generator: 'clippings', version: 1, files: entries };
}

/** Marks a build as started: the last manifest becomes the building file (written even when there was none). */
export async function markBuildStarted(dir: string, previous: BuildManifest | undefined): Promise<void> {
  if (existsSync(join(dir, MANIFEST_FILE))) await rename(join(dir, MANIFEST_FILE), join(dir, BUILDING_FILE));
  else
    await writeFile(
      join(dir, BUILDING_FILE),
      JSON.stringify(previous ?? { generator: 'clippings', version: 1, files: {} }),
    );
}

/** Marks a build as finished: its manifest is written, then the building file goes. */
export async function markBuildFinished(dir: string, manifest: BuildManifest): Promise<void> {
  // A manifest is never seen half-written.
  await writeFileWhole(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 0)}\n`);
  await rm(join(dir, BUILDING_FILE), { force: true });
}

/**
 * Files the manifest lists that differ from it in `dir`, one sentence each.
 * `hashOf` gives a file's SHA-256 (by default it hashes the file; verification
 * passes what it already knows of files unchanged since it last hashed them).
 * `seen` is what a look at the whole folder just now found (listFileStates):
 * a file it lacks is missing, and sizes are its; without it, each file is asked.
 */
export function checkAgainstManifest(
  dir: string,
  manifest: BuildManifest,
  hashOf: (file: string) => string = (file) => hashFile(join(dir, file)),
  seen?: ReadonlyMap<string, FileStat>,
): string[] {
  const problems: string[] = [];
  const sizeOf = (file: string): number | undefined =>
    seen ? seen.get(file)?.size : statSync(join(dir, file), { throwIfNoEntry: false })?.size;
  for (const [file, { size, sha256 }] of Object.entries(manifest.files)) {
    const actual = sizeOf(file);
    if (actual === undefined) {
      problems.push(`${file} is missing (the build made it)`);
      continue;
    }
    if (actual === 0 && size > 0) problems.push(`${file} is empty (the build wrote ${size} bytes)`);
    else if (actual !== size) problems.push(`${file} is ${actual} bytes, not the ${size} the build wrote`);
    else if (hashOf(file) !== sha256) problems.push(`${file} has changed since the build (its hash differs)`);
  }
  return problems;
}
