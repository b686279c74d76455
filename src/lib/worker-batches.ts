/**
 * Many small tasks over all cores: a few worker threads, each fed batches of
 * tasks and answering each batch with its results. Small jobs (an
 * incremental rebuild, a test fixture) stay in the caller's thread, where
 * they cost less than starting workers that must load their code first.
 * The threads outlive one round of tasks, so a caller with two rounds (the
 * article loader: every file checked, then the bodies rendered) starts them once.
 */
import { availableParallelism } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { openWorker, type WorkerFailure, type WorkerSession } from './run-worker.ts';

/** Options for a WorkerBatches pool. */
export interface WorkerBatchOptions {
  /** Absolute path of the worker's file (resolved by the caller: under Vite, import.meta.url is not a path to trust). */
  workerFile: string;
  /** Handed to every worker as its `workerData`: what all tasks share. */
  workerData?: unknown;
  /** Worker threads at most; default: one per core. 0 runs every task in this thread. */
  workers?: number;
  /** A round of fewer tasks than this runs in this thread. Default 200. */
  minimumForWorkers?: number;
  /** Tasks sent to a worker at a time. Default 25. */
  batchSize?: number;
}

/** A batch of tasks sent to a worker, and its answer. */
interface BatchRequest<T> {
  batch: number;
  tasks: T[];
}
type BatchResults<R> = { ok: true; results: R[] };

/**
 * Runs `run` over rounds of tasks: in this thread for small rounds, else in
 * worker threads (src/lib/run-worker.ts sessions) that answer with
 * `answerBatches` and the same function. Close it when done.
 */
export class WorkerBatches<T, R> {
  readonly #run: (task: T) => Promise<R>;
  readonly #options: WorkerBatchOptions;
  #threads: WorkerSession<BatchRequest<T>, BatchResults<R>>[] = [];

  constructor(run: (task: T) => Promise<R>, options: WorkerBatchOptions) {
    this.#run = run;
    this.#options = options;
  }

  /**
   * Runs every task and hands each result to `onResult` with its task's index
   * as it arrives, in no particular order. Rejects with the first error a
   * task threw; the threads are then stopped (their batches in flight belong
   * to no round any more), and a later round starts new ones, as it does for
   * a thread that stopped between rounds.
   * @param minimumForWorkers a round of fewer tasks runs in this thread (default: the pool's option)
   */
  async each(
    tasks: readonly T[],
    onResult: (index: number, result: R) => void,
    minimumForWorkers = this.#options.minimumForWorkers ?? 200,
  ): Promise<void> {
    const batchSize = this.#options.batchSize ?? 25;
    const wanted = Math.min(this.#options.workers ?? availableParallelism(), Math.ceil(tasks.length / batchSize));
    if (wanted < 1 || tasks.length < minimumForWorkers) {
      for (let index = 0; index < tasks.length; index++) onResult(index, await this.#run(tasks[index] as T));
      return;
    }
    this.#threads = this.#threads.filter((thread) => !thread.stopped);
    while (this.#threads.length < wanted)
      this.#threads.push(
        openWorker(this.#options.workerFile, { workerData: this.#options.workerData }, 'a worker thread'),
      );
    let next = 0;
    try {
      await Promise.all(
        this.#threads.slice(0, wanted).map(async (thread) => {
          while (next < tasks.length) {
            const batch = next;
            next += batchSize;
            const { results } = await thread.run({ batch, tasks: tasks.slice(batch, batch + batchSize) });
            results.forEach((result, i) => onResult(batch + i, result));
          }
        }),
      );
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    const threads = this.#threads;
    this.#threads = [];
    await Promise.all(threads.map((thread) => thread.close()));
  }
}

/** In a worker started by WorkerBatches: answers each batch with `run` over its tasks, in order. */
export function answerBatches<T, R>(run: (task: T) => Promise<R>): void {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler posts its own results and errors back
  parentPort?.on('message', async ({ tasks }: BatchRequest<T>) => {
    const results: R[] = [];
    try {
      for (const task of tasks) results.push(await run(task));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      parentPort?.postMessage({ ok: false, message } satisfies WorkerFailure);
      return;
    }
    parentPort?.postMessage({ ok: true, results } satisfies BatchResults<R>);
  });
}
