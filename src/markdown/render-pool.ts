/**
 * Renders many article bodies over all cores: a few worker threads (see
 * render-worker.ts), each fed batches of bodies. Small jobs (an incremental
 * rebuild, a test fixture) stay in this thread, where they cost less than
 * starting a worker that must load the whole pipeline first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderArticleBody, type BodySource, type RenderedArticle } from './pipeline.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

/** Options for renderBodies. */
export interface RenderPoolOptions {
  /** Absolute path of render-worker.ts (resolved by the caller: under Vite, import.meta.url is not a path to trust). */
  workerFile: string;
  /** Worker threads; default: one per core. 0 renders in this thread. */
  workers?: number;
  /** Fewer bodies than this render in this thread. Default 200. */
  minimumForWorkers?: number;
  /** Bodies sent to a worker at a time. Default 25. */
  batchSize?: number;
}

/** A body that failed to render: `index` is its place in the input. */
export class RenderError extends Error {
  readonly index: number;
  constructor(index: number, message: string) {
    super(message);
    this.index = index;
  }
}

/**
 * Renders every body and hands each result to `onResult` as it arrives, in
 * no particular order. Rejects with a RenderError on the first failure.
 */
export async function renderBodies(
  bodies: readonly (string | BodySource)[],
  onResult: (index: number, result: RenderedArticle) => void,
  options: RenderPoolOptions,
): Promise<void> {
  const batchSize = options.batchSize ?? 25;
  const workers = Math.min(options.workers ?? availableParallelism(), Math.ceil(bodies.length / batchSize));
  if (workers < 1 || bodies.length < (options.minimumForWorkers ?? 200)) return renderHere(bodies, onResult);
  let next = 0;
  const threads = Array.from({ length: workers }, () => new Worker(options.workerFile));
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= bodies.length) return done();
              const start = next;
              next += batchSize;
              thread.postMessage({
                batch: start,
                bodies: bodies.slice(start, start + batchSize),
              } satisfies RenderRequest);
            };
            thread.on('message', (reply: RenderReply) => {
              if (!reply.ok) return fail(new RenderError(reply.batch + reply.index, reply.message));
              reply.results.forEach((result, i) => onResult(reply.batch + i, result));
              send();
            });
            thread.on('error', fail);
            thread.on('exit', (code) => fail(new Error(`a Markdown worker stopped early (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

async function renderHere(
  bodies: readonly (string | BodySource)[],
  onResult: (index: number, result: RenderedArticle) => void,
): Promise<void> {
  for (let index = 0; index < bodies.length; index++) {
    let result: RenderedArticle;
    try {
      result = await renderArticleBody(bodies[index] as string | BodySource);
    } catch (error) {
      throw new RenderError(index, error instanceof Error ? error.message : String(error));
    }
    onResult(index, result);
  }
}
