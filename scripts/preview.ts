#!/usr/bin/env node
/**
 * `npm run preview`: serves the last build on 127.0.0.1 with `astro preview`,
 * under the base it was built for. `CLIPPINGS_BASE=/my-archive/ npm run build`
 * then `npm run preview` serves http://127.0.0.1:4321/my-archive/, styles and
 * search included, without repeating the base. An explicit CLIPPINGS_BASE or
 * CLIPPINGS_OUT_DIR still wins; another folder than the last build's is served
 * under the base its pages were built for. Run again, it replaces the preview already serving (replaceRunningPreview).
 * Arguments are passed to `astro preview`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseWrittenIn, readBuildRecord, recordOf } from '../src/output/last-build.ts';
import { settingsFrom } from '../src/settings.ts';

/** astro preview's commands, and its flags that say what to do about a preview already running. */
const ASTRO_PREVIEW_COMMANDS = ['stop', 'status', 'logs'];
const LOCK_FLAGS = ['--force', '--ignore-lock', '--background'];

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
if (!ASTRO_PREVIEW_COMMANDS.includes(args[0] ?? '') && !args.some((arg) => LOCK_FLAGS.includes(arg)))
  replaceRunningPreview();
const child = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', ...args], { stdio: 'inherit', env });
if (dist && (env['CLIPPINGS_BASE'] ?? '/') !== '/')
  console.log(`Serving the build of ${dist} under ${env['CLIPPINGS_BASE']}`);

/**
 * Run again (`npm start` after an edit, a second terminal), the preview replaces the one already serving this
 * project, as the newest build is the one to see: astro preview runs one a project and refuses a second. Not for
 * astro's own commands (`npm run preview -- stop`) nor where the arguments choose how to treat the running one.
 */
function replaceRunningPreview(): void {
  const stopped = spawnSync(process.execPath, [astro, 'preview', 'stop'], { env, encoding: 'utf8' });
  const said = stopped.stdout.trim();
  if (said.startsWith('Stopped')) console.log(`${said.replace(/\.$/, '')}: serving this build in its place.`);
}

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
