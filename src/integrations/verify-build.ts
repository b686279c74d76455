/**
 * Astro integration: after the build (and after the search index, so register
 * it last), verify dist/ against content/ and fail the build on any problem.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { refusal } from '../lib/refusal.ts';
import { formatVerifyReport, recordPageFacts, verifyBuild } from '../verify/run.ts';
import { settingsFrom } from '../settings.ts';

export interface VerifyIntegrationOptions {
  /** Folder of the article files, relative to the project root. */
  contentDir: string;
}

/**
 * Runs src/verify/page-facts-worker.ts; never fails: whatever it did not
 * read, verification reads itself.
 */
function readPagesAhead(workerFile: string, options: Parameters<typeof recordPageFacts>[0]): Promise<number> {
  return new Promise((done) => {
    let read = 0;
    const worker = new Worker(workerFile, { workerData: options });
    worker.once('message', (reply: { ok: boolean; read?: number }) => (read = reply.read ?? 0));
    worker.once('error', () => done(0));
    worker.once('exit', () => done(read));
  });
}

export default function verifyBuildIntegration(options: VerifyIntegrationOptions): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  let cacheDir = '';
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
        if (settingsFrom().verifyFull) return;
        readingAhead = readPagesAhead(resolve(root, 'src/verify/page-facts-worker.ts'), {
          root,
          base,
          site,
          cacheDir,
          distDir: fileURLToPath(dir),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const readAhead = await readingAhead;
        const report = await verifyBuild({
          readAhead,
          root,
          base,
          site,
          cacheDir,
          building: true,
          full: settingsFrom().verifyFull,
          contentDir: resolve(root, options.contentDir),
          distDir: fileURLToPath(dir),
        });
        const text = formatVerifyReport(report);
        if (report.problems.length > 0)
          throw refusal(
            text,
            'Each line names what is missing or broken; `npm run verify` re-runs these checks without building.',
          );
        logger.info(text);
      },
    },
  };
}
