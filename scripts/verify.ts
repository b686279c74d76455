#!/usr/bin/env node
/**
 * `npm run verify`: checks an existing dist/ against content/ (the same checks
 * the build runs at its end). Reads the same environment as astro.config.mjs.
 * Exit code 0 when the build is whole, 1 when a check fails, 2 for a usage mistake.
 *
 * The base and address the build was made for come from its record (src/output/last-build.ts), as
 * `npm run preview` reads them, unless CLIPPINGS_BASE or CLIPPINGS_SITE say otherwise.
 * It reads only what changed since it last ran (src/verify/record.ts);
 * `npm run verify -- --full` (or CLIPPINGS_VERIFY_FULL=1) reads and hashes every file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildRecord, recordOf } from '../src/output/last-build.ts';
import { settingsFrom } from '../src/settings.ts';
import { formatVerifyReport, verifyBuild } from '../src/verify/run.ts';

const root = resolve(import.meta.dirname, '..');
const settings = settingsFrom();
const USAGE = `Usage: npm run verify [-- --full]
Checks the built site (CLIPPINGS_OUT_DIR, default dist/) against the articles (CLIPPINGS_CONTENT_DIR):
every article has its page, sitemap entry and search record, and every internal link resolves.
Exit code 0 when the build is whole, 1 when a check fails, 2 for a mistake in the command.

  --full   read and hash every file, not only what changed since the last verification
  --help   this text`;

function readOptions() {
  try {
    return parseArgs({
      options: { full: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const values = readOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const distDir = resolve(root, settings.outDir);
const cacheDir = resolve(root, settings.cacheDir);
// What this folder was built for, when the last build's record is of it.
const built = recordOf(distDir, readBuildRecord(cacheDir));
const report = await verifyBuild({
  root,
  contentDir: resolve(root, settings.contentDir),
  distDir,
  base: process.env['CLIPPINGS_BASE'] === undefined ? (built?.base ?? settings.base) : settings.base,
  site: process.env['CLIPPINGS_SITE'] === undefined ? (built?.site ?? settings.site) : settings.site,
  cacheDir,
  full: values.full || settings.verifyFull,
});
console.log(formatVerifyReport(report));
process.exitCode = report.problems.length > 0 ? 1 : 0;
