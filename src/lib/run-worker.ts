/**
 * Runs a worker thread that does one job and posts one reply, `{ ok: true, … }`
 * or `{ ok: false, message }`: the build's verification runs this way.
 * Resolves with the reply once the thread has exited.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A failed job's reply. */
export interface WorkerFailure {
  ok: false;
  message: string;
}

/**
 * Starts `file` with `options` and waits for its reply; rejects with the
 * worker's message, or, when it exits without a reply, saying that `what` stopped.
 */
export function runWorker<R extends { ok: true }>(file: string, options: WorkerOptions, what: string): Promise<R> {
  return new Promise((resolve, reject) => {
    let reply: R | WorkerFailure | undefined;
    const worker = new Worker(file, options);
    worker.once('message', (message: R | WorkerFailure) => (reply = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (reply?.ok) resolve(reply);
      else reject(new Error(reply?.message ?? `${what} stopped (exit code ${code}) before it answered`));
    });
  });
}
