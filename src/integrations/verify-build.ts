/**
 * Astro integration: after the build (and after the search index, so register
 * it last), verify dist/ against content/ and fail the build on any problem.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { refusal } from '../lib/refusal.ts';
import { formatVerifyReport, verifyBuild } from '../verify/run.ts';
import { settingsFrom } from '../settings.ts';

export interface VerifyIntegrationOptions {
  /** Folder of the article files, relative to the project root. */
  contentDir: string;
}

export default function verifyBuildIntegration(options: VerifyIntegrationOptions): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  let cacheDir = '';
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
      'astro:build:done': async ({ dir, logger }) => {
        const report = await verifyBuild({
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
