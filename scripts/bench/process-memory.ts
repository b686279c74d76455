/**
 * Resident memory of a whole process tree, read from Linux's /proc. A build
 * is several processes (npm, astro, Pagefind's Rust binary, worker threads
 * inside node), so the RSS of the one child we started would understate it.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** One process's parent and resident bytes, or undefined if it vanished. */
function readStat(pid: string): { ppid: number; rss: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE };
  } catch {
    return undefined;
  }
}

/** Sum of RSS of `root` and all its descendants, in bytes (0 when /proc is missing). */
export function treeRss(root: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of pids) {
    const stat = readStat(pid);
    if (!stat) continue;
    rss.set(Number(pid), stat.rss);
    const siblings = children.get(stat.ppid);
    if (siblings) siblings.push(Number(pid));
    else children.set(stat.ppid, [Number(pid)]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A memory sample: milliseconds since the sampler started, and bytes. */
export interface MemorySample {
  at: number;
  bytes: number;
}

/** Samples a process tree every `intervalMs` until stopped, calling `onSample` with each; returns the samples. */
export function sampleMemory(
  root: number,
  intervalMs = 200,
  onSample?: (bytes: number) => void,
): { stop(): MemorySample[] } {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const take = () => {
    const bytes = treeRss(root);
    samples.push({ at: performance.now() - started, bytes });
    onSample?.(bytes);
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** Largest sample within [from, to) milliseconds (all samples when omitted). */
export function peakBytes(samples: readonly MemorySample[], from = 0, to = Infinity): number {
  let peak = 0;
  for (const { at, bytes } of samples) if (at >= from && at < to && bytes > peak) peak = bytes;
  return peak;
}
