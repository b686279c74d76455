/**
 * Many small tasks over all cores: a few worker threads, each fed batches of
 * tasks and answering each batch with its results. Small jobs (an
 * incremental rebuild, a test fixture) stay in the caller's thread, where
 * they cost less than starting workers that must load their code first.
 * The loader reads and renders article files this way (src/content/article-worker.ts).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/** Options for runInWorkers. */
export interface WorkerBatchOptions {
  /** Absolute path of the worker's file (resolved by the caller: under Vite, import.meta.url is not a path to trust). */
  workerFile: string;
  /** Handed to every worker as its `workerData`: what all tasks share. */
  workerData?: unknown;
  /** Worker threads; default: one per core. 0 runs every task in this thread. */
  workers?: number;
  /** Fewer tasks than this run in this thread. Default 200. */
  minimumForWorkers?: number;
  /** Tasks sent to a worker at a time. Default 25. */
  batchSize?: number;
}

/** A batch of tasks sent to a worker, and its answer. */
export interface BatchRequest<T> {
  batch: number;
  tasks: T[];
}
export type BatchReply<R> = { batch: number; ok: true; results: R[] } | { batch: number; ok: false; message: string };

/**
 * Runs `run` over every task, in worker threads when there are enough tasks
 * (each worker answers with `answerBatches` and the same function), and
 * hands each result to `onResult` with its task's index as it arrives, in no
 * particular order. Rejects with the first error a task threw.
 */
export async function runInWorkers<T, R>(
  tasks: readonly T[],
  run: (task: T) => Promise<R>,
  onResult: (index: number, result: R) => void,
  options: WorkerBatchOptions,
): Promise<void> {
  const batchSize = options.batchSize ?? 25;
  const workers = Math.min(options.workers ?? availableParallelism(), Math.ceil(tasks.length / batchSize));
  if (workers < 1 || tasks.length < (options.minimumForWorkers ?? 200)) {
    for (let index = 0; index < tasks.length; index++) onResult(index, await run(tasks[index] as T));
    return;
  }
  let next = 0;
  const threads = Array.from(
    { length: workers },
    () => new Worker(options.workerFile, { workerData: options.workerData }),
  );
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= tasks.length) return done();
              const start = next;
              next += batchSize;
              thread.postMessage({
                batch: start,
                tasks: tasks.slice(start, start + batchSize),
              } satisfies BatchRequest<T>);
            };
            thread.on('message', (reply: BatchReply<R>) => {
              if (!reply.ok) return fail(new Error(reply.message));
              reply.results.forEach((result, i) => onResult(reply.batch + i, result));
              send();
            });
            thread.on('error', fail);
            thread.on('exit', (code) => fail(new Error(`a worker thread stopped early (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/** In a worker started by runInWorkers: answers each batch with `run` over its tasks, in order. */
export function answerBatches<T, R>(run: (task: T) => Promise<R>): void {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler posts its own results and errors back
  parentPort?.on('message', async ({ batch, tasks }: BatchRequest<T>) => {
    const results: R[] = [];
    try {
      for (const task of tasks) results.push(await run(task));
    } catch (error) {
      parentPort?.postMessage({
        batch,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies BatchReply<R>);
      return;
    }
    parentPort?.postMessage({ batch, ok: true, results } satisfies BatchReply<R>);
  });
}
