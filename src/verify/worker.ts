/**
 * Verification's worker thread, for the build (src/integrations/verify-build.ts).
 * It does its jobs in turn, as they are posted:
 *
 * - `read-ahead`: reads the facts of the pages changed since the last
 *   verification, and the article files (recordPageFacts), while the build
 *   writes its search index, which leaves a core idle for much of that step
 *   (reading 12,000 pages took 12 s of a 10,000-article cold build);
 * - `list-ahead`: lists the files of the output folder's page folders
 *   (listFilesAhead) while the search index is written, since no file is
 *   added there any more: walking their 130,000 folders took 2.4 s of the
 *   build's thread at 100,000 articles, just before verifying;
 * - `verify`: runs every check (verifyBuild) with a heap of its own, from what
 *   the read-ahead learnt, still in memory. At 100,000 articles, Astro's
 *   process already holds about 4 GB when verification starts, and the record
 *   and page facts on top of that ran its heap out of memory;
 * - `save`: saves what the verification learnt (its record, what each
 *   article file read as) while the build writes its manifest (0.17 s at
 *   10,000 articles, 5 s at 100,000, off the build's path).
 *
 * Started as a plain file run by Node's type stripping, outside Astro's Vite
 * module graph: it must only import modules Node can load as they are.
 */
import { parentPort } from 'node:worker_threads';
import { listFilesAhead, type FilesAhead } from '../lib/list-files.ts';
import { recordPageFacts, verifyBuild, type ArticlesRead, type VerifyOptions, type VerifyReport } from './run.ts';
import type { VerifyRecord } from './record.ts';

/** A job for the worker. */
export type VerifyTask =
  | { task: 'read-ahead'; options: Parameters<typeof recordPageFacts>[0] }
  | { task: 'list-ahead'; distDir: string; folders: string[] }
  | { task: 'verify'; options: VerifyOptions }
  | { task: 'save' };

/** What it answers. */
export type VerifyTaskReply =
  | { ok: true; read: number }
  | { ok: true; listed: FilesAhead }
  | { ok: true; report: Omit<VerifyReport, 'seen'> }
  | { ok: true; saved: boolean }
  | { ok: false; message: string };

/** What the read-ahead learnt, for the verification after it: the record it would have saved, and the article files as read. */
let learnt: VerifyRecord | undefined;
let articlesRead: ArticlesRead | undefined;
/** What the verification left to save, until it is saved. */
let unsaved: (() => Promise<void>)[] = [];

async function answer(job: VerifyTask): Promise<VerifyTaskReply> {
  if (job.task === 'read-ahead') {
    const { read, record, articlesRead: articles } = await recordPageFacts(job.options);
    learnt = record;
    articlesRead = articles;
    return { ok: true, read };
  }
  if (job.task === 'list-ahead') return { ok: true, listed: await listFilesAhead(job.distDir, job.folders) };
  if (job.task === 'save') {
    const saves = unsaved;
    unsaved = [];
    for (const save of saves) await save();
    return { ok: true, saved: saves.length > 0 };
  }
  const report = await verifyBuild({
    ...job.options,
    record: learnt,
    articlesRead,
    saveLater: (save) => {
      unsaved.push(save);
    },
  });
  learnt = undefined;
  articlesRead = undefined;
  // What it found in the folder is the build's own look: not sent back (224,000 files at 100,000 articles).
  const { seen: _seen, ...rest } = report;
  return { ok: true, report: job.options.seen ? rest : report };
}

parentPort?.on('message', (job: VerifyTask) => {
  answer(job).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies VerifyTaskReply),
  );
});
