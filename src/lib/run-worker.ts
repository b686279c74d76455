/**
 * A worker thread that does jobs one after another, each answered by one
 * reply, `{ ok: true, … }` or `{ ok: false, message }`: the build's
 * verification runs this way, its read-ahead and its checks in one thread, so
 * the checks find the thread started and what the read-ahead learnt in memory.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A failed job's reply. */
export interface WorkerFailure {
  ok: false;
  message: string;
}

/** A started worker thread. */
export interface WorkerSession<Job, Reply extends { ok: true }> {
  /**
   * Posts a job and waits for its reply; rejects with the worker's message,
   * or, when the thread stops without a reply, saying so. One job at a time.
   */
  run(job: Job): Promise<Reply>;
  /** Whether the thread has stopped (failed, exited or closed): it takes no job any more. */
  readonly stopped: boolean;
  /** Stops the thread (its memory goes with it). */
  close(): Promise<void>;
}

/**
 * Starts `file` with `options`; `what` names it in errors. The thread keeps
 * the process alive only while a job runs: a build that fails between two
 * jobs still exits.
 */
export function openWorker<Job, Reply extends { ok: true }>(
  file: string,
  options: WorkerOptions,
  what: string,
): WorkerSession<Job, Reply> {
  const worker = new Worker(file, options);
  worker.unref();
  let pending: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | undefined;
  let stopped: Error | undefined;
  const settle = (outcome: Reply | Error) => {
    const waiting = pending;
    pending = undefined;
    worker.unref();
    if (outcome instanceof Error) waiting?.reject(outcome);
    else waiting?.resolve(outcome);
  };
  worker.on('message', (reply: Reply | WorkerFailure) => settle(reply.ok ? reply : new Error(reply.message)));
  // A reply that cannot be read would otherwise leave its job waiting for ever.
  worker.on('messageerror', () => settle(new Error(`${what} sent an answer that could not be read`)));
  worker.on('error', (error: Error) => {
    stopped = error;
    settle(error);
  });
  worker.on('exit', (code) => {
    stopped ??= new Error(`${what} stopped (exit code ${code}) before it answered`);
    settle(stopped);
  });
  return {
    get stopped() {
      return stopped !== undefined;
    },
    run(job) {
      if (stopped) return Promise.reject(stopped);
      if (pending) return Promise.reject(new Error(`${what} is still doing its last job`));
      return new Promise<Reply>((resolve, reject) => {
        pending = { resolve, reject };
        worker.ref();
        worker.postMessage(job);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
