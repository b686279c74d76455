#!/usr/bin/env node
/**
 * `npm run verify`: checks an existing dist/ against content/ (the same checks
 * the build runs at its end). Reads the same environment as astro.config.mjs.
 * Exit code 0 when the build is whole, 1 when a check fails.
 */
import { resolve } from 'node:path';
import { configuredBase } from '../src/lib/base.ts';
import { formatReport, verifyBuild } from '../src/verify/verify-build.ts';

const root = resolve(import.meta.dirname, '..');
const env = process.env;
const report = await verifyBuild({
  root,
  contentDir: resolve(root, env['CLIPPINGS_CONTENT_DIR'] ?? 'content/articles'),
  distDir: resolve(root, env['CLIPPINGS_OUT_DIR'] ?? 'dist'),
  base: configuredBase(env),
  cacheDir: resolve(root, env['CLIPPINGS_CACHE_DIR'] ?? '.astro'),
});
console.log(formatReport(report));
process.exitCode = report.problems.length > 0 ? 1 : 0;
