/**
 * Pins a command to one processor, where the system allows it (Linux's
 * `taskset`). Two Pagefind processes side by side on a 2-core machine took
 * 25.3 s for two 4,000-page shards, each free to run on both cores, and 21.1 s
 * pinned one to a core (median of 4 pairs, docs/benchmarks.md): unpinned,
 * their threads contend for both cores (system time doubled).
 */
import { readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The processors in a Linux CPU list, as `/proc/self/status` writes
 * `Cpus_allowed_list` (`0-3,8,10-11`).
 * @example parseCpuList('0-2,5') // [0, 1, 2, 5]
 */
export function parseCpuList(list: string): number[] {
  const cpus: number[] = [];
  for (const part of list.trim().split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) continue;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    for (let cpu = first; cpu <= last; cpu++) cpus.push(cpu);
  }
  return cpus;
}

/** The processors this process may run on, or none where the system does not say. */
function allowedCpus(): number[] {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const line = /^Cpus_allowed_list:\s*(.+)$/m.exec(status);
    return line ? parseCpuList(line[1] as string) : [];
  } catch {
    return [];
  }
}

/** `taskset` on the PATH, if there is one. */
function findTaskset(): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'taskset');
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** A command and its arguments, ready for spawn. */
export interface Invocation {
  command: string;
  args: string[];
}

/**
 * Pins processes to processors: `pin(invocation, slot)` runs it on the
 * slot-th processor this process may use. Where that cannot be done (no
 * `taskset`, no processor list, fewer processors than slots), the
 * invocation is returned as it is: pinning is a speed-up, never a need.
 */
export function cpuPinner(): (invocation: Invocation, slot: number) => Invocation {
  const cpus = allowedCpus();
  const taskset = cpus.length > 1 ? findTaskset() : undefined;
  return (invocation, slot) => {
    const cpu = cpus[slot];
    if (taskset === undefined || cpu === undefined) return invocation;
    return { command: taskset, args: ['-c', String(cpu), invocation.command, ...invocation.args] };
  };
}
