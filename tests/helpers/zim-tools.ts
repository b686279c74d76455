/**
 * openZIM's and Kiwix's command-line tools for the ZIM tests: zimwriterfs,
 * zimcheck and zimdump (Debian's zim-tools) and kiwix-serve (kiwix-tools).
 * Without them the tests are skipped with the command that installs them;
 * under `CI=true` a missing tool is an error, so CI never passes by skipping.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { basename } from 'node:path';

export const ZIM_INSTALL_HINT = 'install the ZIM tools: sudo apt-get install -y zim-tools kiwix-tools';

const TOOLS = ['zimwriterfs', 'zimcheck', 'zimdump', 'kiwix-serve'];

const runs = (tool: string) => !spawnSync(tool, ['--version'], { stdio: 'ignore' }).error;

export const missingZimTools = TOOLS.filter((tool) => !runs(tool));

if (missingZimTools.length > 0 && process.env['CI'] === 'true') {
  throw new Error(
    `ZIM tests need ${missingZimTools.join(', ')} and CI=true forbids skipping them: ${ZIM_INSTALL_HINT}.`,
  );
}

/** Skip reason for `describe.skipIf(...)`, printed in the test name. */
export const zimSkip =
  missingZimTools.length === 0 ? '' : `skipped: no ${missingZimTools.join(', ')}; ${ZIM_INSTALL_HINT}`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  await new Promise<void>((closed) => server.close(() => closed()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface KiwixServer {
  origin: string;
  /** The book's name in kiwix-serve 3.3's URLs: the file name without `.zim`. */
  book: string;
  stop(): Promise<void>;
}

/** Starts `kiwix-serve --address=127.0.0.1` on one ZIM file and waits until it answers. */
export async function startKiwixServe(zim: string): Promise<KiwixServer> {
  const port = await freePort();
  const child = spawn('kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, zim], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill();
    });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    const answered = await fetch(`${origin}/catalog/v2/entries`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { origin, book: basename(zim, '.zim'), stop };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await stop();
  throw new Error(`kiwix-serve did not start on ${origin}:\n${output}`);
}
