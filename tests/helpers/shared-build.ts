/**
 * One build per fixture archive per test run: `sharedBuild(options)` builds the
 * archive the first time any test file asks for it with these options (content
 * folder, base, environment) and hands every later asker, in any vitest worker
 * process, that same build. A full `astro build` is most of what a test file
 * costs, and several files read the same archive.
 *
 * Shared builds are read-only: a test that damages, rebuilds into or kills a
 * build uses `buildFixture` for a private one, or copies the shared `dist/`.
 * They never outlive their run: each run gets its own folder, named by the
 * run id tests/global-setup.ts provides, so a build made from older sources is
 * never read again.
 *
 * Workers are separate processes, so the first asker takes a lock (an atomic
 * `mkdir`), builds, and writes the result atomically (write, then rename);
 * the others wait for that file. A lock whose process died is taken over.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { inject } from 'vitest';
import { normalizeBase } from '../../src/lib/base.ts';
import { isProcessAlive } from '../../src/lib/process-alive.ts';
import { BUILDS, buildFixture, projectRoot, type BuildOptions, type BuildResult } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this test run's folder of shared builds (set by tests/global-setup.ts). */
    buildRun?: string;
  }
}

/** What makes two builds the same: only read-only builds can be shared. */
export type SharedBuildOptions = Pick<BuildOptions, 'content' | 'base' | 'env'>;

/** Where this run's shared builds are recorded. */
export const SHARED_BUILDS = join(BUILDS, 'shared');

/** How often a waiting test file looks for the build another one is making. */
const POLL_MS = 250;
/** Longer than any fixture build takes on a loaded 2-core machine. */
const WAIT_LIMIT_MS = 15 * 60_000;

interface Recorded {
  code: number | null;
  output: string;
  dist: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The name of a build in the shared folder: the content folder for people
 * reading `.tmp/builds`, and a hash of everything that changes the build.
 * Bases are normalised (`/` and no base are the same build); env order does not matter.
 */
export function sharedBuildKey(options: SharedBuildOptions): string {
  const content = relative(projectRoot, resolve(projectRoot, options.content));
  const identity = JSON.stringify({
    content,
    base: normalizeBase(options.base),
    env: Object.entries(options.env ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  });
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 12);
  return `${content.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}-${hash}`;
}

function asResult(recorded: Recorded): BuildResult {
  const { dist } = recorded;
  return {
    ...recorded,
    shared: true,
    read: (path) => readFile(join(dist, path), 'utf8'),
    has: (path) => existsSync(join(dist, path)),
  };
}

/** The same build (and the same object) for every asker in this process. */
const inProcess = new Map<string, Promise<BuildResult>>();

/** Builds the fixture archive once per test run and returns that build to every test file asking for it. */
export function sharedBuild(options: SharedBuildOptions): Promise<BuildResult> {
  const run = inject('buildRun');
  // Outside tests/vitest.config.ts there is no run id to keep builds apart: build privately.
  if (!run) return buildFixture(options);
  const key = sharedBuildKey(options);
  let pending = inProcess.get(key);
  if (!pending) {
    pending = buildOnce(join(SHARED_BUILDS, run), key, options);
    inProcess.set(key, pending);
  }
  return pending;
}

async function buildOnce(folder: string, key: string, options: SharedBuildOptions): Promise<BuildResult> {
  await mkdir(folder, { recursive: true });
  const record = join(folder, `${key}.json`);
  const lock = join(folder, `${key}.lock`);
  const owner = join(lock, 'pid');
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    if (existsSync(record)) return asResult(JSON.parse(await readFile(record, 'utf8')) as Recorded);
    let locked = false;
    try {
      await mkdir(lock);
      locked = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (locked) {
      try {
        await writeFile(owner, String(process.pid));
        // Another process may have finished between our look and our lock.
        if (!existsSync(record)) {
          const { code, output, dist, env } = await buildFixture(options);
          const partial = `${record}.${process.pid}`;
          await writeFile(partial, JSON.stringify({ code, output, dist, env } satisfies Recorded));
          await rename(partial, record);
        }
      } finally {
        await rm(lock, { recursive: true, force: true });
      }
      continue;
    }
    // Someone else is building: wait, unless it died without finishing.
    const pid = existsSync(owner) ? Number(await readFile(owner, 'utf8').catch(() => '')) : 0;
    if (pid > 0 && !isProcessAlive(pid) && !existsSync(record)) await rm(lock, { recursive: true, force: true });
    if (Date.now() > deadline)
      throw new Error(
        `sharedBuild: waited ${WAIT_LIMIT_MS / 60_000} minutes for ${key} (lock ${lock}, held by process ${pid || 'unknown'}); ` +
          'remove .tmp/builds and run the tests again.',
      );
    await new Promise((wake) => setTimeout(wake, POLL_MS));
  }
}
