/**
 * A value computed from a file's bytes (its hash, what Pagefind reads of it),
 * remembered between builds while the file is unchanged, so a rebuild reads
 * only the files it wrote again. At 10,000 articles, hashing every built file
 * for the manifest and every article page for the search shards took 1.5 s of
 * each rebuild, though an edit leaves almost all of them as they were.
 *
 * A file counts as unchanged while its size, modification and change times
 * (nanoseconds) and inode are those remembered. The change time cannot be set
 * back by tools such as `touch`, so rewriting a file's bytes always shows.
 */
import { existsSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from './write-whole.ts';

/** The state memos compare, from a file's stat: `size:mtimeNs:ctimeNs:ino`. */
export function stateOfStat(stat: BigIntStats): string {
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
}

/**
 * Whether a file in state `after` still holds the bytes it held in state
 * `before`: the same inode, size and modification time, only the change time
 * moved. A hard link made to it and removed again (the search indexer's shard
 * views) moves nothing else; rewriting it moves its modification time.
 * @example onlyCtimeMoved('5:10:20:7', '5:10:30:7') // true
 */
export function onlyCtimeMoved(before: string, after: string): boolean {
  const [size, mtime, , ino] = before.split(':');
  const [sizeNow, mtimeNow, , inoNow] = after.split(':');
  return size === sizeNow && mtime === mtimeNow && ino === inoNow;
}

/** A file's state as memos compare it (stateOfStat); undefined when it cannot be read. */
export function fileState(path: string): string | undefined {
  try {
    return stateOfStat(statSync(path, { bigint: true }));
  } catch {
    return undefined;
  }
}

/** What the memo file holds. */
interface StoredMemo<T> {
  key: string;
  /** File (relative to the memo's folder) → [state, value]. */
  files: Record<string, [string, T]>;
}

/**
 * Values of the files under one folder, each remembered with the state the
 * file had when it was computed. Saving keeps only the files asked about
 * since loading: a file that went is forgotten.
 */
export class FileMemo<T> {
  /** Values computed this run (the rest were remembered). */
  computed = 0;
  private readonly previous: Record<string, [string, T]>;
  private readonly next: Record<string, [string, T]> = {};
  private readonly memoFile: string | undefined;
  private readonly folder: string;
  private readonly key: string;

  /**
   * @param memoFile where the memo is kept between runs (none: nothing is remembered)
   * @param folder the folder whose files are asked about
   * @param key anything else the values depend on (how they are computed): a memo made under another key is not reused
   */
  constructor(memoFile: string | undefined, folder: string, key: string) {
    this.memoFile = memoFile;
    this.folder = folder;
    this.key = `${folder}\n${key}`;
    this.previous = {};
    if (!memoFile || !existsSync(memoFile)) return;
    try {
      const stored = JSON.parse(readFileSync(memoFile, 'utf8')) as Partial<StoredMemo<T>>;
      if (stored.key === this.key && typeof stored.files === 'object' && stored.files !== null)
        this.previous = stored.files;
    } catch {
      // An unreadable memo is no memo: every value is computed again.
    }
  }

  /**
   * The value of `file` (relative to the folder): remembered while the file is unchanged, else `compute(path)`.
   * @param state the file's state when the caller has just read it (listFileStates), to spare a stat
   */
  value(file: string, compute: (path: string) => T, state = fileState(join(this.folder, file))): T {
    const known = this.previous[file];
    if (state !== undefined && known?.[0] === state) {
      this.next[file] = known;
      return known[1];
    }
    // A file that cannot be stated is computed (and fails there) but never remembered.
    const value = compute(join(this.folder, file));
    this.remember(file, state, value);
    return value;
  }

  /**
   * The value remembered for `file` in this state (kept for the next run), or
   * undefined when there is none: the caller computes it and gives it to `remember`.
   */
  recall(file: string, state: string | undefined): T | undefined {
    const known = this.previous[file];
    if (state === undefined || known?.[0] !== state) return undefined;
    this.next[file] = known;
    return known[1];
  }

  /** Remembers the value of `file` computed from it in `state` (a file that could not be stated is not remembered). */
  remember(file: string, state: string | undefined, value: T): void {
    this.computed++;
    if (state !== undefined) this.next[file] = [state, value];
  }

  /**
   * Carries what was remembered of `file` this run over to its state now,
   * when only its change time moved since (onlyCtimeMoved): its bytes, and so
   * its value, are the same. Otherwise the old state stays, and the next run
   * computes the value again.
   */
  restate(file: string, state: string | undefined): void {
    const known = this.next[file];
    if (known && state !== undefined && onlyCtimeMoved(known[0], state)) this.next[file] = [state, known[1]];
  }

  /** Whether the value of `file` in this state is remembered: asking for it would compute nothing. */
  remembers(file: string, state: string | undefined): boolean {
    return state !== undefined && this.previous[file]?.[0] === state;
  }

  /** The state `file` had when its value was last asked for this run; undefined when it was not, or could not be stated. */
  stateOf(file: string): string | undefined {
    return this.next[file]?.[0];
  }

  /** Writes what was asked about this run, whole or not at all; a failure leaves no memo, never an error. */
  async save(): Promise<void> {
    if (!this.memoFile) return;
    try {
      await writeFileWhole(this.memoFile, JSON.stringify({ key: this.key, files: this.next } satisfies StoredMemo<T>));
    } catch {
      // The memo only saves work: without it, the next run computes everything.
    }
  }
}
