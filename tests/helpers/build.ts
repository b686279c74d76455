/**
 * Builds a fixture archive with the real `astro build`, in a child process
 * with its own content, output and cache folders, and returns what it printed
 * and where `dist/` went. Each call gets a fresh temporary folder. Tests that
 * only read the built site share one build per run instead (shared-build.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Where fixture builds go (ignored by git; emptied by `npm test` before each run). */
export const BUILDS = join(projectRoot, '.tmp', 'builds');

export interface BuildOptions {
  /** Folder of article files (absolute, or relative to the project root). */
  content: string;
  /** Site base path, e.g. `/archive/`. */
  base?: string;
  /** Extra environment (e.g. TZ). */
  env?: Record<string, string>;
  /** Build into this earlier build's folders (dist and cache) to test rebuilds. */
  reuse?: BuildResult;
  /** Kill the build (SIGKILL) as soon as this is true of its output folder; polled every 20 ms. */
  killWhen?: (dist: string) => boolean;
}

export interface BuildResult {
  code: number | null;
  output: string;
  dist: string;
  /** Reads a file of the built site (path relative to dist). */
  read(path: string): Promise<string>;
  has(path: string): boolean;
  /** The environment the build ran with (its content, output and cache folders). */
  env: NodeJS.ProcessEnv;
  /** Shared with other test files (shared-build.ts): read it, copy it, never write into it. */
  shared?: boolean;
}

/**
 * One line per `astro build` a test started, appended to this file, so a run
 * shows how many builds it made and what each cost (`npm test` empties it with
 * the rest of .tmp/builds).
 */
export const BUILD_LOG = join(BUILDS, 'builds.log');

/** Runs `npm run verify` (scripts/verify.ts) over a build's folders; its exit code and what it printed. */
export async function verifyFixture(build: BuildResult): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'verify.ts')], {
      cwd: projectRoot,
      env: build.env,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * Astro writes `.astro/content-assets.mjs` and `content-modules.mjs` through one fixed `.tmp` name
 * in the project's `.astro/` folder, which every build of this project shares: two test builds
 * syncing content at the same moment can rename each other's file away (ENOENT on the rename, while
 * syncing content, before anything is built). Such a build is run again, once.
 */
const SHARED_FILE_RACE = /rename '[^']*[/\\]\.astro[/\\]content-(?:assets|modules)\.mjs\.tmp'/;

/** Runs `astro build` over a fixture archive. */
export async function buildFixture(options: BuildOptions): Promise<BuildResult> {
  // Inside the project, not the system temp folder: Astro writes its prerender
  // bundle into the output folder only when that is under the working
  // directory, and otherwise into ./.astro/, which parallel builds would share.
  if (options.reuse?.shared)
    throw new Error(
      `buildFixture: cannot rebuild into the shared build ${dirname(options.reuse.dist)}, which other test files read; ` +
        'rebuild a private build (buildFixture) instead, or copy the shared dist/ first.',
    );
  await mkdir(BUILDS, { recursive: true });
  const work = options.reuse ? dirname(options.reuse.dist) : await mkdtemp(join(BUILDS, 'build-'));
  const dist = join(work, 'dist');
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  // Vitest sets NODE_ENV=test and copies Vite's import.meta.env (BASE_URL, MODE, ...)
  // into process.env; a child build would read them back as a dev build whose links
  // lack the base. Builds under test must be the same as `npm run build`.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete inherited[key];
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Plain text output, so tests match messages whatever the terminal (CI=true turns colours on).
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CLIPPINGS_CONTENT_DIR: resolve(projectRoot, options.content),
    CLIPPINGS_OUT_DIR: dist,
    CLIPPINGS_CACHE_DIR: join(work, 'cache'),
    ...(options.base ? { CLIPPINGS_BASE: options.base } : {}),
    ...options.env,
  };
  const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = Date.now();
  const build = () =>
    new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn(process.execPath, [astro, 'build'], { cwd: projectRoot, env });
      const { killWhen } = options;
      const watch = killWhen
        ? setInterval(() => {
            if (killWhen(dist)) {
              child.kill('SIGKILL');
              clearInterval(watch);
            }
          }, 20)
        : undefined;
      child.on('close', () => clearInterval(watch));
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (code) => done({ code, output }));
    });
  let { code, output } = await build();
  const collided = code !== 0 && SHARED_FILE_RACE.test(output);
  if (collided) ({ code, output } = await build());
  await appendFile(
    BUILD_LOG,
    `${JSON.stringify({
      content: relative(projectRoot, resolve(projectRoot, options.content)),
      base: options.base ?? '/',
      env: options.env ?? {},
      rebuild: Boolean(options.reuse),
      code,
      ...(collided ? { retried: 'the .astro/ file race' } : {}),
      seconds: (Date.now() - started) / 1000,
      work: relative(projectRoot, work),
    })}\n`,
  );
  return {
    code,
    output,
    dist,
    env,
    read: (path) => readFile(join(dist, path), 'utf8'),
    has: (path) => existsSync(join(dist, path)),
  };
}
