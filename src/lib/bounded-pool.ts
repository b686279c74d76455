/**
 * Runs tasks side by side, bounded twice: at most `jobs` at once, and at most
 * `budget` of some resource (memory) held at once, each task's share given by
 * `cost`. The search indexer uses it to index shards in parallel on a machine
 * with cores to spare, without two large shards together outgrowing memory.
 */

export interface PoolLimits<T> {
  /** Most tasks running at once (at least 1). */
  jobs: number;
  /** Most of the resource held at once by the running tasks. */
  budget: number;
  /** A task's share of the resource. */
  cost: (item: T) => number;
}

/**
 * Runs `run` over `items`, starting them in the given order (put the longest
 * first), each as soon as both bounds allow. A task that alone exceeds the
 * budget still runs, alone. Resolves to the results in the items' order;
 * rejects with the first error, after the tasks already running have settled.
 * Each task is given a slot, 0 to jobs - 1, that no task running beside it
 * holds: the indexer pins the process of the task in slot n to the n-th core.
 * And it is told whether it starts with company: another task is running, or
 * the next one fits beside it (and so starts with it). A task without company
 * runs alone until it ends, so may use every core.
 * @example await runBounded(shards, { jobs: 2, budget: 4e9, cost: (s) => s.pages * 3e5 }, index)
 */
export async function runBounded<T, R>(
  items: readonly T[],
  { jobs, budget, cost }: PoolLimits<T>,
  run: (item: T, slot: number, company: boolean) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a positive whole number, not ${jobs}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let running = 0;
  let held = 0;
  const slotsInUse = new Array<boolean>(jobs).fill(false);
  let failure: { error: unknown } | undefined;
  return new Promise((resolve, reject) => {
    const settleIfDone = () => {
      if (running > 0) return;
      if (failure) reject(failure.error instanceof Error ? failure.error : new Error(String(failure.error)));
      else if (next >= items.length) resolve(results);
    };
    const startWhatFits = () => {
      while (!failure && next < items.length && running < jobs) {
        const item = items[next] as T;
        const share = cost(item);
        // Alone, a task always runs; beside others, only within the budget.
        if (running > 0 && held + share > budget) break;
        const position = next++;
        const slot = slotsInUse.indexOf(false);
        slotsInUse[slot] = true;
        const following = next < items.length ? cost(items[next] as T) : undefined;
        const company = running > 0 || (jobs > 1 && following !== undefined && held + share + following <= budget);
        running++;
        held += share;
        void run(item, slot, company)
          .then(
            (result) => {
              results[position] = result;
            },
            (error: unknown) => {
              failure ??= { error };
            },
          )
          .finally(() => {
            slotsInUse[slot] = false;
            running--;
            held -= share;
            startWhatFits();
            settleIfDone();
          });
      }
      settleIfDone();
    };
    startWhatFits();
  });
}
