/**
 * The Markdown worker pool gives exactly what the in-process pipeline gives,
 * whichever thread renders a body, and says which body failed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderArticleBody, type RenderedArticle } from '../../src/markdown/pipeline.ts';
import { renderBodies, RenderError } from '../../src/markdown/render-pool.ts';

const workerFile = fileURLToPath(new URL('../../src/markdown/render-worker.ts', import.meta.url));

const bodies = Array.from(
  { length: 12 },
  (_, i) =>
    // Every third body holds HTML Sätteri misreads, so workers also take the micromark path (loaded on demand).
    `Lead paragraph ${i} with "quotes" -- and a [link](https://example.org/${i}).\n\n## Part ${i}\n\n- one\n- two\n\n> A quote.\n${i % 3 === 0 ? '\nSee <a href=/2020/>2020</a>.\n' : ''}`,
);

async function collect(options: Parameters<typeof renderBodies>[2]): Promise<RenderedArticle[]> {
  const out: RenderedArticle[] = [];
  await renderBodies(bodies, (index, result) => (out[index] = result), options);
  return out;
}

describe('renderBodies', () => {
  it('renders in worker threads exactly as in this thread, results matched to their bodies', async () => {
    const expected = await Promise.all(bodies.map((body) => renderArticleBody(body)));
    expect(await collect({ workerFile, workers: 2, minimumForWorkers: 1, batchSize: 5 })).toEqual(expected);
    expect(await collect({ workerFile, workers: 0 })).toEqual(expected);
  });

  it('renders small jobs in this thread (no worker file needed)', async () => {
    const out = await collect({ workerFile: '/nonexistent/worker.ts', minimumForWorkers: 100 });
    expect(out).toHaveLength(bodies.length);
  });

  it('rejects with a RenderError naming the failed body', async () => {
    // Not text: the pipeline refuses it.
    const bad = [...bodies.slice(0, 3), 42 as unknown as string];
    const error = await renderBodies(bad, () => {}, {
      workerFile,
      workers: 1,
      minimumForWorkers: 1,
      batchSize: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect((error as RenderError).index).toBe(3);
  });
});
