/**
 * Astro integration: after the build (and after the search index, so register
 * it last), verify dist/ against content/ and fail the build on any problem.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { openWorker, type WorkerSession } from '../lib/run-worker.ts';
import type { AstroIntegration } from 'astro';
import { refusal } from '../lib/refusal.ts';
import { formatVerifyReport } from '../verify/run.ts';
import { recordFile } from '../verify/record.ts';
import type { VerifyTask, VerifyTaskReply } from '../verify/worker.ts';
import { settingsFrom } from '../settings.ts';
import type { FileStat } from '../lib/list-files.ts';

export interface VerifyIntegrationOptions {
  /** Folder of the article files, relative to the project root. */
  contentDir: string;
  /** Told what verification found in the output folder, once it passed (the manifest is made from it). */
  onVerified?: (seen: ReadonlyMap<string, FileStat>) => void;
}

/** Starts src/verify/worker.ts, which does its tasks in turn. */
function openVerifyWorker(workerFile: string): WorkerSession<VerifyTask, VerifyTaskReply & { ok: true }> {
  // Its heap may take the build's memory: at 100,000 articles the checks' page facts outgrew
  // the 4 GB a thread gets by default (about 50 KB a page; measured 0.5 GB at 10,000).
  const heapMb = Math.max(4096, Math.floor(settingsFrom().buildMemoryBytes / 1024 ** 2));
  return openWorker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapMb } }, 'the verification worker');
}

/**
 * Whether to read the pages ahead: only while the build holds less than half
 * its memory (CLIPPINGS_BUILD_MEMORY_GB), since the worker's page facts grow
 * beside the search index's memory. At 100,000 articles Astro alone holds
 * about 4 GB by then, and verification reads the pages itself, after.
 */
function roomToReadAhead(): boolean {
  return process.memoryUsage().rss < settingsFrom().buildMemoryBytes / 2;
}

/**
 * Whether to load the last verification's record as the build starts: while
 * it is small beside the build's memory (the record takes several times its
 * file's size in memory, and stays there until verification, through the
 * search index). At 10,000 articles its file is about 8 MB; at 100,000,
 * where the search index needs the memory, it is loaded when verification runs.
 */
function roomToPrepare(cacheDir: string): boolean {
  const size = statSync(recordFile(cacheDir), { throwIfNoEntry: false })?.size ?? 0;
  return size < settingsFrom().buildMemoryBytes / 128;
}

export default function verifyBuildIntegration(options: VerifyIntegrationOptions): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  let cacheDir = '';
  const workerFile = () => resolve(root, 'src/verify/worker.ts');
  let distDir = '';
  /** The worker, started with the build; verification runs in it after the read-ahead. */
  let worker: WorkerSession<VerifyTask, VerifyTaskReply & { ok: true }> | undefined;
  /** The worker's start and its load of the last record, while the pages render. */
  let preparing: Promise<unknown> = Promise.resolve();
  /** The pages' facts being read ahead, while the search index is written. */
  let readingAhead: Promise<number> = Promise.resolve(0);
  /** Stops a worker that failed a job: whatever it did not do, verification does in a worker of its own. */
  const drop = async (failed: WorkerSession<VerifyTask, VerifyTaskReply & { ok: true }>) => {
    if (worker === failed) worker = undefined;
    await failed.close();
  };
  return {
    name: 'clippings:verify-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        // astro.config.mjs always sets it (src/settings.ts); the preview's origin otherwise.
        site = config.site ?? settingsFrom().site;
        cacheDir = fileURLToPath(config.cacheDir);
        distDir = fileURLToPath(config.outDir);
      },
      // The pages render on one core: the worker starts on the other, and loads the last record
      // (while it is small beside the build's memory: the record is held until verification).
      'astro:build:start': () => {
        worker = openVerifyWorker(workerFile());
        if (settingsFrom().verifyFull || !roomToPrepare(cacheDir)) return;
        const started = worker;
        preparing = started
          .run({ task: 'prepare', options: { root, base, site, cacheDir, distDir } })
          .catch(() => drop(started));
      },
      // The pages are written: start the worker, and read them ahead in it while the steps after
      // (the search index above all, which leaves a core idle) run. Verification then finds the
      // worker started (0.8 s at 10,000 articles) and the pages read.
      'astro:build:generated': ({ dir }) => {
        if (settingsFrom().verifyFull || !roomToReadAhead()) return;
        readingAhead = preparing.then(async () => {
          const started = worker ?? (worker = openVerifyWorker(workerFile()));
          return started
            .run({ task: 'read-ahead', options: { root, base, site, cacheDir, distDir: fileURLToPath(dir) } })
            .then(
              (reply) => ('read' in reply ? reply.read : 0),
              async () => {
                await drop(started);
                return 0;
              },
            );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await preparing;
        const readAhead = await readingAhead;
        const verifier = worker ?? openVerifyWorker(workerFile());
        worker = undefined;
        const answer = await verifier
          .run({
            task: 'verify',
            options: {
              readAhead,
              root,
              base,
              site,
              cacheDir,
              building: true,
              full: settingsFrom().verifyFull,
              contentDir: resolve(root, options.contentDir),
              distDir: fileURLToPath(dir),
            },
          })
          .catch((error: unknown) => {
            throw refusal(`Verification could not run: ${error instanceof Error ? error.message : String(error)}`);
          })
          .finally(() => verifier.close());
        if (!('report' in answer)) throw refusal('Verification could not run: its worker gave no report');
        const { report } = answer;
        const text = formatVerifyReport(report);
        if (report.problems.length > 0)
          throw refusal(
            text,
            'Each line names what is missing or broken; `npm run verify` re-runs these checks without building.',
          );
        logger.info(text);
        options.onVerified?.(report.seen);
      },
    },
  };
}
