/**
 * Verification's worker thread, for the build (src/integrations/verify-build.ts):
 *
 * - `read-ahead`: reads the facts of the pages changed since the last
 *   verification (recordPageFacts) while the build writes its search index,
 *   which leaves a core idle for much of that step (reading 12,000 pages took
 *   12 s of a 10,000-article cold build);
 * - `verify`: runs every check (verifyBuild) with a heap of its own. At
 *   100,000 articles, Astro's process already holds about 4 GB when
 *   verification starts, and the record and page facts on top of that ran
 *   its heap out of memory.
 *
 * Started as a plain file run by Node's type stripping, outside Astro's Vite
 * module graph: it must only import modules Node can load as they are.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { recordPageFacts, verifyBuild, type VerifyOptions, type VerifyReport } from './run.ts';

/** What the worker is asked to do. */
export type VerifyTask =
  { task: 'read-ahead'; options: Parameters<typeof recordPageFacts>[0] } | { task: 'verify'; options: VerifyOptions };

/** What it answers. */
export type VerifyTaskReply =
  { ok: true; read: number } | { ok: true; report: VerifyReport } | { ok: false; message: string };

const job = workerData as VerifyTask;
try {
  const reply: VerifyTaskReply =
    job.task === 'read-ahead'
      ? { ok: true, read: await recordPageFacts(job.options) }
      : { ok: true, report: await verifyBuild(job.options) };
  parentPort?.postMessage(reply);
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  } satisfies VerifyTaskReply);
}
