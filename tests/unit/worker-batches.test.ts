/**
 * The worker pool gives every task's result matched to its task, in worker
 * threads as in this thread, reuses its threads from one round to the next,
 * and stops on a task's error with that error.
 */
import { threadId } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerBatches } from '../../src/lib/worker-batches.ts';
import { square } from '../fixtures/workers/square.ts';

const workerFile = fileURLToPath(new URL('../fixtures/workers/square-worker.ts', import.meta.url));
type Result = Awaited<ReturnType<typeof square>> & { thread?: number };

const pools: WorkerBatches<number, Result>[] = [];
function pool(options: Partial<ConstructorParameters<typeof WorkerBatches>[1]> = {}): WorkerBatches<number, Result> {
  const made = new WorkerBatches<number, Result>(async (n) => ({ ...(await square(n)), thread: threadId }), {
    workerFile,
    minimumForWorkers: 1,
    batchSize: 3,
    ...options,
  });
  pools.push(made);
  return made;
}

async function collect(batches: WorkerBatches<number, Result>, tasks: number[]): Promise<Result[]> {
  const out: Result[] = [];
  await batches.each(tasks, (index, result) => (out[index] = result));
  return out;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((made) => made.close()));
});

const tasks = Array.from({ length: 20 }, (_, i) => i + 1);

describe('WorkerBatches', () => {
  it('runs every task in worker threads, each result matched to its task', async () => {
    const out = await collect(pool({ workers: 2 }), tasks);
    expect(out.map(({ n, square }) => [n, square])).toEqual(tasks.map((n) => [n, n * n]));
    const threads = new Set(out.map(({ thread }) => thread));
    expect(threads.has(threadId)).toBe(false);
    expect(threads.size).toBe(2);
  });

  it('runs small rounds, or all rounds with 0 workers, in this thread (no worker file needed)', async () => {
    const few = await collect(pool({ workerFile: '/nonexistent/worker.ts', minimumForWorkers: 100 }), tasks);
    const none = await collect(pool({ workerFile: '/nonexistent/worker.ts', workers: 0 }), tasks);
    for (const out of [few, none]) {
      expect(out.map(({ square }) => square)).toEqual(tasks.map((n) => n * n));
      expect(out.every(({ thread }) => thread === threadId)).toBe(true);
    }
  });

  it('keeps its threads from one round to the next', async () => {
    const batches = pool({ workers: 2 });
    const first = new Set((await collect(batches, tasks)).map(({ thread }) => thread));
    const second = new Set(
      (
        await collect(
          batches,
          tasks.map((n) => n + 100),
        )
      ).map(({ thread }) => thread),
    );
    expect(second).toEqual(first);
  });

  it('rejects with the error a task threw, in a worker as here, and starts new threads for the next round', async () => {
    const broken = [...tasks.slice(0, 7), -3, ...tasks.slice(7)];
    const inWorkers = pool({ workers: 2 });
    await expect(collect(inWorkers, broken)).rejects.toThrow('refused -3');
    await expect(collect(pool({ workers: 0 }), broken)).rejects.toThrow('refused -3');
    const after = await collect(inWorkers, tasks);
    expect(after.map(({ square }) => square)).toEqual(tasks.map((n) => n * n));
  });

  it('starts new threads after a failed round: those of the failed round are stopped', async () => {
    const batches = pool({ workers: 2 });
    const before = new Set((await collect(batches, tasks)).map(({ thread }) => thread));
    await expect(collect(batches, [...tasks, -1])).rejects.toThrow('refused -1');
    const after = new Set((await collect(batches, tasks)).map(({ thread }) => thread));
    expect(after.size).toBe(2);
    for (const thread of after) expect(before.has(thread)).toBe(false);
  });

  it('replaces a thread that stopped between rounds', async () => {
    const batches = pool({ workers: 1 });
    const [first] = await collect(batches, [1_000_000]);
    // The thread stops 50 ms after answering.
    await new Promise((done) => setTimeout(done, 300));
    const after = await collect(batches, tasks);
    expect(after.map(({ square }) => square)).toEqual(tasks.map((n) => n * n));
    expect(after.every(({ thread }) => thread !== first?.thread)).toBe(true);
  });

  it('leaves no listener behind from one round to the next (no warning after many rounds)', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const batches = pool({ workers: 2 });
      for (let round = 0; round < 15; round++) await collect(batches, tasks);
      // Warnings are emitted on the next tick.
      await new Promise((done) => setTimeout(done, 50));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map(({ name }) => name)).not.toContain('MaxListenersExceededWarning');
  });

  it('takes a round-sized threshold: a round under it runs in this thread', async () => {
    const batches = pool({ workers: 2 });
    const out: Result[] = [];
    await batches.each(tasks, (index, result) => (out[index] = result), 1000);
    expect(out.every(({ thread }) => thread === threadId)).toBe(true);
  });

  it('rejects when a worker file cannot start', async () => {
    await expect(collect(pool({ workers: 1, workerFile: '/nonexistent/worker.ts' }), tasks)).rejects.toThrow(
      /nonexistent/,
    );
  });
});
