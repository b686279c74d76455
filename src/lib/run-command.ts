/**
 * Runs a command in a process of its own and keeps the end of what it
 * printed, for the error its caller writes when it fails. Pagefind's command
 * line and zimwriterfs run through it; both print a long log, and only its
 * end says what went wrong.
 */
import { spawn } from 'node:child_process';

/** How a command ended. */
export interface CommandOutcome {
  /** Exit code; null when a signal ended it. */
  code: number | null;
  /** The last characters it printed, standard output and error as they came. */
  output: string;
}

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Characters of output kept (the last ones). */
  keep?: number;
}

/**
 * Runs `command` with `args`; resolves when it exits, whatever its code, and
 * rejects only when it cannot start (the error says why: not found, not allowed).
 * @example const { code, output } = await runCommand(process.execPath, ['--version'])
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandOutcome> {
  const keep = options.keep ?? 4000;
  return new Promise((resolve, reject) => {
    let output = '';
    const kept = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-keep));
    const child = spawn(command, args, {
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      ...(options.env === undefined ? {} : { env: options.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', kept);
    child.stderr.on('data', kept);
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}
