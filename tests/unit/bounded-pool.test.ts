/**
 * The bounded pool (src/lib/bounded-pool.ts) the search indexer runs shards
 * in: never more tasks at once than allowed, never more of the budget held
 * than allowed (save one task alone), every task run, errors passed on.
 */
import { describe, expect, test } from 'vitest';
import { runBounded } from '../../src/lib/bounded-pool.ts';

/** Tasks that each wait a little, recording how many ran at once and how much they held together. */
function tracked(costs: readonly number[]) {
  let running = 0;
  let held = 0;
  const peaks = { running: 0, held: 0 };
  const started: number[] = [];
  const run = async (index: number) => {
    started.push(index);
    running++;
    held += costs[index] as number;
    peaks.running = Math.max(peaks.running, running);
    peaks.held = Math.max(peaks.held, held);
    await new Promise((done) => setTimeout(done, 5 + (index % 3)));
    running--;
    held -= costs[index] as number;
    return index * 10;
  };
  return { run, peaks, started, items: costs.map((_, index) => index) };
}

describe('runBounded', () => {
  test('runs every task, at most `jobs` at once, and gives the results in the items’ order', async () => {
    const { run, peaks, items } = tracked([1, 1, 1, 1, 1, 1, 1]);
    const results = await runBounded(items, { jobs: 3, budget: 100, cost: () => 1 }, run);
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peaks.running).toBe(3);
  });

  test('holds at most the budget at once: two large tasks never run together', async () => {
    const costs = [8, 8, 1, 1, 1];
    const { run, peaks, items } = tracked(costs);
    await runBounded(items, { jobs: 2, budget: 10, cost: (index) => costs[index] as number }, run);
    expect(peaks.held).toBeLessThanOrEqual(10);
    expect(peaks.running).toBe(2);
  });

  test('a task larger than the whole budget still runs, alone', async () => {
    const costs = [50, 1, 1];
    const { run, peaks, items, started } = tracked(costs);
    await runBounded(items, { jobs: 2, budget: 10, cost: (index) => costs[index] as number }, run);
    expect(started).toEqual([0, 1, 2]);
    expect(peaks.held).toBe(50);
    expect(peaks.running).toBe(2);
  });

  test('each task is told whether it runs with company: large ones alone, smaller ones in pairs', async () => {
    // As at 100,000 articles: two large shards do not fit together, the smaller ones do.
    const costs = [8, 8, 4, 4, 3, 1];
    const company = new Map<number, boolean>();
    const running = new Set<number>();
    const alongside = new Map<number, boolean>();
    await runBounded(costs, { jobs: 2, budget: 10, cost: (cost) => cost }, async (_, slot, withOthers) => {
      const index = company.size;
      company.set(index, withOthers);
      running.add(index);
      await new Promise((done) => setTimeout(done, 5));
      // A task told it runs alone never had another beside it.
      alongside.set(index, (alongside.get(index) ?? false) || running.size > 1);
      running.delete(index);
      return slot;
    });
    expect([...company.values()]).toEqual([false, false, true, true, true, true]);
    expect(alongside.get(0)).toBe(false);
    expect(alongside.get(1)).toBe(false);
    // As at 10,000 articles: the two largest fit together, so both start with company.
    const told: boolean[] = [];
    await runBounded([4, 4, 1], { jobs: 2, budget: 10, cost: (cost) => cost }, async (_, __, withOthers) => {
      told.push(withOthers);
      await new Promise((done) => setTimeout(done, 5));
    });
    expect(told).toEqual([true, true, true]);
    // One task, or one job: never company.
    const alone: boolean[] = [];
    await runBounded([1, 1], { jobs: 1, budget: 10, cost: (cost) => cost }, (_, __, withOthers) => {
      alone.push(withOthers);
      return Promise.resolve();
    });
    expect(alone).toEqual([false, false]);
  });

  test('with one job, tasks run one after another in order', async () => {
    const { run, peaks, items, started } = tracked([1, 1, 1, 1]);
    await runBounded(items, { jobs: 1, budget: 100, cost: () => 1 }, run);
    expect(peaks.running).toBe(1);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  test('nothing to run resolves at once; a failing task rejects after the running ones settle', async () => {
    expect(await runBounded([], { jobs: 2, budget: 1, cost: () => 1 }, () => Promise.resolve(1))).toEqual([]);
    const settled: number[] = [];
    const failing = runBounded([0, 1, 2, 3], { jobs: 2, budget: 10, cost: () => 1 }, async (index) => {
      await new Promise((done) => setTimeout(done, index === 0 ? 1 : 20));
      settled.push(index);
      if (index === 0) throw new Error('shard 0 failed');
      return index;
    });
    await expect(failing).rejects.toThrow('shard 0 failed');
    // Task 1 was running when 0 failed: it finished; 2 and 3 never started.
    expect(settled.sort()).toEqual([0, 1]);
  });

  test('gives each running task a slot below `jobs` that no task beside it holds', async () => {
    const held = new Set<number>();
    const seen: number[] = [];
    const costs = [5, 1, 3, 1, 2, 1, 1, 4];
    await runBounded(costs, { jobs: 3, budget: 100, cost: () => 1 }, async (wait, slot) => {
      expect(held.has(slot)).toBe(false);
      held.add(slot);
      seen.push(slot);
      await new Promise((done) => setTimeout(done, wait));
      held.delete(slot);
    });
    expect(seen).toHaveLength(costs.length);
    expect(Math.max(...seen)).toBe(2);
    expect(Math.min(...seen)).toBe(0);
    // A slot freed by a finished task is handed out again.
    expect(new Set(seen).size).toBe(3);
  });

  test('refuses a number of jobs that is not a positive whole number', async () => {
    await expect(runBounded([1], { jobs: 0, budget: 1, cost: () => 1 }, () => Promise.resolve(1))).rejects.toThrow(
      'jobs must be a positive whole number',
    );
  });
});
