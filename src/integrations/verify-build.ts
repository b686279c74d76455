/**
 * Astro integration: after the build (and after the search index, so register
 * it last), verify dist/ against content/ and fail the build on any problem.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { runWorker } from '../lib/run-worker.ts';
import type { AstroIntegration } from 'astro';
import { refusal } from '../lib/refusal.ts';
import { formatVerifyReport } from '../verify/run.ts';
import type { VerifyTask, VerifyTaskReply } from '../verify/worker.ts';
import { settingsFrom } from '../settings.ts';
import type { FileStat } from '../lib/list-files.ts';

export interface VerifyIntegrationOptions {
  /** Folder of the article files, relative to the project root. */
  contentDir: string;
  /** Told what verification found in the output folder, once it passed (the manifest is made from it). */
  onVerified?: (seen: ReadonlyMap<string, FileStat>) => void;
}

/** Runs one task in src/verify/worker.ts; rejects when it fails or stops without answering. */
function runVerifyWorker(workerFile: string, job: VerifyTask): Promise<VerifyTaskReply & { ok: true }> {
  // Its heap may take the build's memory: at 100,000 articles the checks' page facts outgrew
  // the 4 GB a thread gets by default (about 50 KB a page; measured 0.5 GB at 10,000).
  const heapMb = Math.max(4096, Math.floor(settingsFrom().buildMemoryBytes / 1024 ** 2));
  return runWorker(
    workerFile,
    { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } },
    'the verification worker',
  );
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

export default function verifyBuildIntegration(options: VerifyIntegrationOptions): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  let cacheDir = '';
  const workerFile = () => resolve(root, 'src/verify/worker.ts');
  /** The pages' facts being read ahead, while the search index is written. */
  let readingAhead: Promise<number> = Promise.resolve(0);
  return {
    name: 'clippings:verify-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        // astro.config.mjs always sets it (src/settings.ts); the preview's origin otherwise.
        site = config.site ?? settingsFrom().site;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // The pages are written: read them ahead, in a worker thread, while the steps after (the
      // search index above all, which leaves a core idle) run. Verification then finds them read.
      'astro:build:generated': ({ dir }) => {
        if (settingsFrom().verifyFull || !roomToReadAhead()) return;
        readingAhead = runVerifyWorker(workerFile(), {
          task: 'read-ahead',
          options: { root, base, site, cacheDir, distDir: fileURLToPath(dir) },
        }).then(
          (reply) => ('read' in reply ? reply.read : 0),
          // Whatever it did not read, verification reads itself.
          () => 0,
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const readAhead = await readingAhead;
        const answer = await runVerifyWorker(workerFile(), {
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
        }).catch((error: unknown) => {
          throw refusal(`Verification could not run: ${error instanceof Error ? error.message : String(error)}`);
        });
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
