/** Runs `npm run import`'s script as a person would, in a folder of their choosing, and returns what it printed. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

/** What one import run printed, and how it exited. */
export interface ImportRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/import.ts with `args` in `cwd`, with `env` added to this process's environment. */
export function runImport(args: string[], cwd: string, env: Record<string, string> = {}): Promise<ImportRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/import.ts'), ...args], {
      cwd,
      env: { ...process.env, ...env },
    });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
