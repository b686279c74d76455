/**
 * Many small tasks over all cores: a few worker threads, each fed batches of
 * tasks and answering each batch with its results. Small jobs (an
 * incremental rebuild, a test fixture) stay in the caller's thread, where
 * they cost less than starting workers that must load their code first.
 * The threads outlive one round of tasks, so a caller with two rounds (the
 * article loader: every file checked, then the bodies rendered) starts them once.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

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
type BatchReply<R> = { batch: number; ok: true; results: R[] } | { batch: number; ok: false; message: string };

/**
 * Runs `run` over rounds of tasks: in this thread for small rounds, else in
 * worker threads that answer with `answerBatches` and the same function.
 * Close it when done: its threads keep the process alive.
 */
export class WorkerBatches<T, R> {
  readonly #run: (task: T) => Promise<R>;
  readonly #options: WorkerBatchOptions;
  #threads: Worker[] = [];

  constructor(run: (task: T) => Promise<R>, options: WorkerBatchOptions) {
    this.#run = run;
    this.#options = options;
  }

  /**
   * Runs every task and hands each result to `onResult` with its task's index
   * as it arrives, in no particular order. Rejects with the first error a
   * task threw; the threads are then stopped (their batches in flight belong
   * to no round any more), and a later round starts new ones.
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
    while (this.#threads.length < wanted) this.#threads.push(this.#start());
    let next = 0;
    const detach: (() => void)[] = [];
    try {
      await Promise.all(
        this.#threads.slice(0, wanted).map(
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
              const onMessage = (reply: BatchReply<R>) => {
                if (!reply.ok) return fail(new Error(reply.message));
                reply.results.forEach((result, i) => onResult(reply.batch + i, result));
                send();
              };
              const onUnreadable = () => fail(new Error('a worker thread sent an answer that could not be read'));
              const onExit = (code: number) => fail(new Error(`a worker thread stopped early (exit code ${code})`));
              thread.on('message', onMessage).on('messageerror', onUnreadable).on('error', fail).on('exit', onExit);
              detach.push(() =>
                thread
                  .off('message', onMessage)
                  .off('messageerror', onUnreadable)
                  .off('error', fail)
                  .off('exit', onExit),
              );
              send();
            }),
        ),
      );
    } catch (error) {
      await this.close();
      throw error;
    } finally {
      for (const off of detach) off();
    }
  }

  /** A new thread. One that fails or stops between rounds leaves the pool (a round's own listeners report it during one). */
  #start(): Worker {
    const thread = new Worker(this.#options.workerFile, { workerData: this.#options.workerData });
    const leave = () => {
      this.#threads = this.#threads.filter((each) => each !== thread);
    };
    return thread.on('error', leave).on('exit', leave);
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    const threads = this.#threads;
    this.#threads = [];
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/** In a worker started by WorkerBatches: answers each batch with `run` over its tasks, in order. */
export function answerBatches<T, R>(run: (task: T) => Promise<R>): void {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler posts its own results and errors back
  parentPort?.on('message', async ({ batch, tasks }: BatchRequest<T>) => {
    const results: R[] = [];
    try {
      for (const task of tasks) results.push(await run(task));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      parentPort?.postMessage({ batch, ok: false, message } satisfies BatchReply<R>);
      return;
    }
    parentPort?.postMessage({ batch, ok: true, results } satisfies BatchReply<R>);
  });
}
