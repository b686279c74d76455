/**
 * A worker thread that reads the facts of the pages changed since the last
 * verification (src/verify/run.ts recordPageFacts) while the build writes its
 * search index: Pagefind leaves a core idle for much of that step, and reading
 * 12,000 pages took 12 s of a 10,000-article cold build. Started by
 * src/integrations/verify-build.ts as a plain file run by Node's type
 * stripping, outside Astro's Vite module graph.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { recordPageFacts } from './run.ts';

type Options = Parameters<typeof recordPageFacts>[0];

try {
  parentPort?.postMessage({ ok: true, read: await recordPageFacts(workerData as Options) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
