/**
 * A worker thread that renders article bodies with the shared pipeline, so a
 * build can use every core for Markdown (the costliest part of loading an
 * archive). Started by src/markdown/render-pool.ts as a plain file run by
 * Node's type stripping, outside Astro's Vite module graph: it must only
 * import modules Node can load as they are.
 */
import { parentPort } from 'node:worker_threads';
import { renderArticleBody, type BodySource, type RenderedArticle } from './pipeline.ts';

/** A batch of bodies to render, and the answer. */
export interface RenderRequest {
  batch: number;
  bodies: (string | BodySource)[];
}
export type RenderReply =
  | { batch: number; ok: true; results: RenderedArticle[] }
  | { batch: number; ok: false; index: number; message: string };

// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler posts its own results and errors back
parentPort?.on('message', async ({ batch, bodies }: RenderRequest) => {
  const results: RenderedArticle[] = [];
  for (let index = 0; index < bodies.length; index++) {
    try {
      results.push(await renderArticleBody(bodies[index] as string | BodySource));
    } catch (error) {
      parentPort?.postMessage({
        batch,
        ok: false,
        index,
        message: error instanceof Error ? error.message : String(error),
      } satisfies RenderReply);
      return;
    }
  }
  parentPort?.postMessage({ batch, ok: true, results } satisfies RenderReply);
});
