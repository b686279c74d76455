/**
 * Runs `astro dev` or the project's `npm run preview` as a child process on a
 * free port and waits until it serves, for the browser tests of the dev
 * server and of previews under a sub-path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:43121/my-archive/`. */
  url: string;
  origin: string;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The environment of a child Astro process: the test runner's, without what Vitest adds. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'TEST'])
    delete env[key];
  return env;
}

/**
 * Starts `command` (`dev`, or a script file with arguments) and resolves once
 * `path` answers on it. A preview runs beside any other of the project (a reader's own `npm start`, another test's)
 * unless `replacing`, as `npm run preview` runs: then it replaces the one running.
 */
export async function startServer(
  kind: 'dev' | 'preview',
  env: Record<string, string>,
  path = '/',
  { replacing = false } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const args =
    kind === 'dev'
      ? [
          join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
          'dev',
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
        ]
      : [join(projectRoot, 'scripts', 'preview.ts'), '--port', String(port), ...(replacing ? [] : ['--ignore-lock'])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: projectRoot, env: childEnv(env) });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro ${kind} stopped (exit code ${child.exitCode}):\n${output}`);
    const answer = await fetch(`${origin}${path}`).catch(() => undefined);
    if (answer && answer.status < 500) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro ${kind} did not answer ${path} within 120 s:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  return { url: `${origin}${path}`, origin, output: () => output, stop };
}
