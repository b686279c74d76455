/**
 * Runs the real `npm run zim` over a built benchmark archive and reports what
 * the portable ZIM file costs: wall time (staging and zimwriterfs apart, from
 * the command's own summary line), peak memory of the process tree, and the
 * size of the one file it writes. Never throws: a missing zimwriterfs or a
 * failed run is reported as such.
 */
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { peakBytes, sampleMemory } from './process-memory.ts';

/** What building the ZIM file took and made. */
export interface ZimMeasure {
  ok: boolean;
  wallMs: number;
  stageMs: number;
  packMs: number;
  peakBytes: number;
  /** Size of the ZIM file. */
  bytes: number;
  /** Pages and files packed (the ZIM holds them in one file). */
  pages: number;
  files: number;
  /** The command's last lines when it failed. */
  error?: string;
}

/** `npm run zim -- --out <work>/archive.zim` with the benchmark's environment (its dist/ is fresh, so no build runs). */
export async function runZim(root: string, env: NodeJS.ProcessEnv, work: string): Promise<ZimMeasure> {
  const out = join(work, 'archive.zim');
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts', 'zim.ts'), '--out', out], { cwd: root, env });
  const memory = sampleMemory(child.pid as number, 200);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  const peak = peakBytes(memory.stop());
  const summary =
    /in (\d+) pages and (\d+) files .*\(staged in ([\d.]+) s, packed and indexed by zimwriterfs in ([\d.]+) s\)/.exec(
      output,
    );
  if (code !== 0 || !summary) {
    return {
      ok: false,
      wallMs,
      stageMs: 0,
      packMs: 0,
      peakBytes: peak,
      bytes: 0,
      pages: 0,
      files: 0,
      error: output.trim().split('\n').slice(-5).join('\n'),
    };
  }
  return {
    ok: true,
    wallMs,
    stageMs: Number(summary[3]) * 1000,
    packMs: Number(summary[4]) * 1000,
    peakBytes: peak,
    bytes: (await stat(out)).size,
    pages: Number(summary[1]),
    files: Number(summary[2]),
  };
}
