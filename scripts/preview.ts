#!/usr/bin/env node
/**
 * `npm run preview`: serves the last build on 127.0.0.1 with `astro preview`,
 * under the base it was built for. `CLIPPINGS_BASE=/my-archive/ npm run build`
 * then `npm run preview` serves http://127.0.0.1:4321/my-archive/, styles and
 * search included, without repeating the base. An explicit CLIPPINGS_BASE or
 * CLIPPINGS_OUT_DIR still wins. Arguments are passed to `astro preview`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readBuildRecord } from '../src/output/last-build.ts';
import { settingsFrom } from '../src/settings.ts';

const env = { ...process.env };
const { cacheDir } = settingsFrom(env);
// No build recorded: astro preview says what is missing.
const record = readBuildRecord(cacheDir);
if (record) {
  env['CLIPPINGS_BASE'] ??= record.base;
  env['CLIPPINGS_OUT_DIR'] ??= record.outDir;
}
const args = process.argv.slice(2);
const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', ...args], { stdio: 'inherit', env });
if (record && (env['CLIPPINGS_BASE'] ?? '/') !== '/')
  console.log(`Serving the build of ${record.outDir} under ${env['CLIPPINGS_BASE']}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
