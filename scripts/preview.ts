#!/usr/bin/env node
/**
 * `npm run preview`: serves the last build on 127.0.0.1 with `astro preview`,
 * under the base it was built for. `CLIPPINGS_BASE=/my-archive/ npm run build`
 * then `npm run preview` serves http://127.0.0.1:4321/my-archive/, styles and
 * search included, without repeating the base. An explicit CLIPPINGS_BASE or
 * CLIPPINGS_OUT_DIR still wins; another folder than the last build's is served
 * under the base its pages were built for. Arguments are passed to `astro preview`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseWrittenIn, readBuildRecord, recordOf } from '../src/output/last-build.ts';
import { settingsFrom } from '../src/settings.ts';

const env = { ...process.env };
const { cacheDir } = settingsFrom(env);
// No build recorded: astro preview says what is missing.
const record = readBuildRecord(cacheDir);
if (record) env['CLIPPINGS_OUT_DIR'] ??= record.outDir;
const dist = env['CLIPPINGS_OUT_DIR'];
// The recorded base is of the recorded folder only: another folder (CLIPPINGS_OUT_DIR) says its own in its pages.
if (env['CLIPPINGS_BASE'] === undefined && dist) {
  const base = recordOf(dist, record)?.base ?? baseOfPages(dist);
  if (base) env['CLIPPINGS_BASE'] = base;
}
const args = process.argv.slice(2);
const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', ...args], { stdio: 'inherit', env });
if (dist && (env['CLIPPINGS_BASE'] ?? '/') !== '/')
  console.log(`Serving the build of ${dist} under ${env['CLIPPINGS_BASE']}`);

/** The base the folder's home page was built for, when it has one. */
function baseOfPages(folder: string): string | undefined {
  try {
    return baseWrittenIn(readFileSync(join(folder, 'index.html'), 'utf8'));
  } catch {
    return undefined;
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
