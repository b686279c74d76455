/**
 * Astro integration: after the build (and after the search index, so register
 * it last), verify dist/ against content/ and fail the build on any problem.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { openWorker, type WorkerSession } from '../lib/run-worker.ts';
import type { AstroIntegration } from 'astro';
import { refusal } from '../lib/refusal.ts';
import { formatVerifyReport } from '../verify/run.ts';
import type { VerifyTask, VerifyTaskReply } from '../verify/worker.ts';
import { settingsFrom } from '../settings.ts';
import { readdirSync } from 'node:fs';
import { finishFileStates, listFileStates, type FileStat, type FilesAhead } from '../lib/list-files.ts';
import { BUNDLE_FOLDER } from '../search/shards.ts';

export interface VerifyIntegrationOptions {
  /** Folder of the article files, relative to the project root. */
  contentDir: string;
  /**
   * Told what verification found in the output folder, once it passed (the
   * manifest is made from it), and when what it learnt is saved: the build
   * must not end before, since Astro's command exits the process as soon as
   * the last step returns, cutting the worker's write short.
   */
  onVerified?: (seen: ReadonlyMap<string, FileStat>, saved: Promise<void>) => void;
  /** Run on the build's thread while the worker verifies, which leaves it idle (the manifest loads its memo then). */
  whileVerifying?: () => void;
}

/**
 * The output folder's top-level folders where no file is added once the pages
 * are written (files may be removed: the prune of src/integrations/keep-output.ts):
 * all but the search index's bundles (written after) and hidden ones (Astro's
 * prerender folder, removed after the pages when the output folder is inside
 * the project).
 */
function settledFolders(distDir: string): string[] {
  return readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !BUNDLE_FOLDER.test(entry.name))
    .map((entry) => entry.name);
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

export default function verifyBuildIntegration(options: VerifyIntegrationOptions): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  let cacheDir = '';
  const workerFile = () => resolve(root, 'src/verify/worker.ts');
  /** The worker, started once the pages are written; verification runs in it after the read-ahead. */
  let worker: WorkerSession<VerifyTask, VerifyTaskReply & { ok: true }> | undefined;
  /** The pages' facts being read ahead, while the search index is written. */
  let readingAhead: Promise<number> = Promise.resolve(0);
  /** The page folders' files listed ahead, after the read-ahead, in the same worker. */
  let listingAhead: Promise<FilesAhead | undefined> = Promise.resolve(undefined);
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
      // The pages are written: start the worker (started earlier, its loading slowed the pages on
      // these two cores as much as it saved after them), which reads them ahead, then lists the
      // files of their folders, while the steps after (the search index above all, which leaves a
      // core idle) run. Verification then finds the pages and article files read, and most of
      // the folder listed.
      'astro:build:generated': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        worker = openVerifyWorker(workerFile());
        const started = worker;
        // Whatever it did not do, verification does itself, in a worker of its own.
        const lost = async () => {
          if (worker === started) worker = undefined;
          await started.close();
        };
        if (!settingsFrom().verifyFull && roomToReadAhead())
          readingAhead = started
            .run({
              task: 'read-ahead',
              options: {
                root,
                base,
                site,
                cacheDir,
                distDir,
                contentDir: resolve(root, options.contentDir),
              },
            })
            .then(
              (reply) => ('read' in reply ? reply.read : 0),
              async () => {
                await lost();
                return 0;
              },
            );
        const folders = settledFolders(distDir);
        listingAhead = readingAhead.then(() =>
          started.stopped
            ? undefined
            : started.run({ task: 'list-ahead', distDir, folders }).then(
                (reply) => ('listed' in reply ? reply.listed : undefined),
                async () => {
                  await lost();
                  return undefined;
                },
              ),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        // Every file of the folder is looked at once, for verification and then the manifest: the page
        // folders' files as the worker listed them while the search index was written (their walk was
        // 2.4 s at 100,000 articles), the rest (search bundles, the files at the top) walked here.
        // Without the worker's list, all of it walked here.
        const ahead = await listingAhead;
        const seen = ahead ? await finishFileStates(distDir, ahead) : await listFileStates(distDir);
        const readAhead = await readingAhead;
        const verifier = worker ?? openVerifyWorker(workerFile());
        worker = undefined;
        const verifying = verifier
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
              distDir,
              seen,
            },
          })
          .catch(async (error: unknown) => {
            await verifier.close();
            throw refusal(`Verification could not run: ${error instanceof Error ? error.message : String(error)}`);
          });
        options.whileVerifying?.();
        const answer = await verifying;
        // What it learnt is saved while the build goes on (the manifest), which waits for it at its
        // end: Astro's command exits the process once the last step returns, and a worker dies with
        // it. A failing build waits for it here, for the same reason.
        const saving = verifier
          .run({ task: 'save' })
          .catch(() => undefined)
          .finally(() => verifier.close());
        if (!('report' in answer)) {
          await saving;
          throw refusal('Verification could not run: its worker gave no report');
        }
        const { report } = answer;
        const text = formatVerifyReport(report);
        if (report.problems.length > 0) {
          // Facts are kept whatever the verdict: the next build reports the same problems from them.
          await saving;
          throw refusal(
            text,
            'Each line names what is missing or broken; `npm run verify` re-runs these checks without building.',
          );
        }
        logger.info(text);
        options.onVerified?.(
          seen,
          saving.then(() => undefined),
        );
      },
    },
  };
}
