/**
 * Runs the real `npm run build` over a generated archive and splits its wall
 * time into phases from the build's own output, stamped as each line
 * arrives: start-up (config, Vite) up to "Syncing content", content sync
 * (Markdown) up to "Synced content", bundling, page
 * rendering ("generating static routes" to its "Completed"), then each
 * integration that logs after the pages (search index, verification…), from
 * the line before its first message to its last. Integrations added later
 * show up by their log label, so the split survives new build steps.
 */
import { spawn } from 'node:child_process';
import { peakBytes, sampleMemory, type MemorySample } from './process-memory.ts';

/** One phase of a build. */
export interface Phase {
  name: string;
  ms: number;
  peakBytes: number;
}

/** What one build did. */
export interface BuildRun {
  ok: boolean;
  wallMs: number;
  peakBytes: number;
  phases: Phase[];
  /** Pages Astro reported building. */
  pages: number;
  /** Bodies rendered by the loader (fewer than the articles on a rebuild). */
  rendered: number;
  /** `[clippings-timing]` lines: phase name → milliseconds. */
  timings: Record<string, number>;
  output: string;
}

interface Line {
  at: number;
  text: string;
}

const stripColour = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Splits stamped output lines into phases (see the module comment). */
export function splitPhases(lines: readonly Line[], endAt: number): { name: string; from: number; to: number }[] {
  const find = (pattern: RegExp, after = -1) => lines.findIndex((line, i) => i > after && pattern.test(line.text));
  const syncing = find(/\[content\] Syncing content/);
  const synced = find(/Synced content|\[types\] Generated/, syncing);
  const routes = find(/generating static routes/, synced);
  const routesDone = routes === -1 ? -1 : find(/✓ Completed in/, routes);
  const at = (index: number, fallback: number) => (index === -1 ? fallback : (lines[index] as Line).at);
  const phases = [
    { name: 'start-up', from: 0, to: at(syncing, 0) },
    { name: 'content sync (Markdown)', from: at(syncing, 0), to: at(synced, 0) },
    { name: 'bundling', from: at(synced, 0), to: at(routes, at(synced, 0)) },
    { name: 'page rendering', from: at(routes, 0), to: at(routesDone, at(routes, 0)) },
  ];
  // After the pages: group lines by their [label]; each integration's time runs
  // from the line before its first message to its last message.
  const groups = new Map<string, { first: number; last: number }>();
  for (let i = routesDone + 1; i > 0 && i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    // Astro announces a slow hook ("Waiting for integration "x", hook …"): x has started by then.
    const label = /Waiting for integration "([^"]+)"/.exec(text)?.[1] ?? /^\S*\s*\[([^\]]+)\]/.exec(text)?.[1];
    if (!label || label === 'build') continue;
    const group = groups.get(label);
    if (group) group.last = i;
    else groups.set(label, { first: i, last: i });
  }
  for (const [label, { first, last }] of groups) {
    const name = /search|pagefind/i.test(label) ? 'search index' : /verif/i.test(label) ? 'verification' : label;
    phases.push({ name, from: (lines[first - 1] as Line).at, to: (lines[last] as Line).at });
  }
  const accounted = phases.reduce((latest, phase) => Math.max(latest, phase.to), 0);
  phases.push({ name: 'other (exit)', from: accounted, to: endAt });
  return phases;
}

/**
 * Runs `npm run build` with the given environment; never throws on a failed
 * build. A build whose process tree passes `maxBytes` of resident memory is
 * stopped (the machine is shared: better a failed benchmark than a machine
 * out of memory) and reported as failed.
 */
export async function runBuild(cwd: string, env: NodeJS.ProcessEnv, maxBytes = Infinity): Promise<BuildRun> {
  const started = performance.now();
  // Its own process group, so the whole tree can be stopped at once.
  const child = spawn('npm', ['run', 'build'], {
    cwd,
    env: { ...env, CLIPPINGS_TIMINGS: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  let overLimit = false;
  const memory = sampleMemory(child.pid as number, 200, (bytes) => {
    if (bytes <= maxBytes || overLimit) return;
    overLimit = true;
    process.kill(-(child.pid as number), 'SIGKILL');
  });
  const lines: Line[] = [];
  let output = '';
  let pending = '';
  const take = (chunk: Buffer) => {
    const at = performance.now() - started;
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      const text = stripColour(part);
      // Per-page lines are tens of thousands: keep them out of the stored output.
      if (!/^\S*\s*[├└]─/.test(text)) output += `${text}\n`;
      lines.push({ at, text });
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (overLimit) output += `\n[bench] stopped: the build passed ${(maxBytes / 1e9).toFixed(1)} GB of resident memory\n`;
  const wallMs = performance.now() - started;
  const samples: MemorySample[] = memory.stop();
  const phases = splitPhases(lines, wallMs).map(({ name, from, to }) => ({
    name,
    ms: to - from,
    peakBytes: peakBytes(samples, from, to + 200),
  }));
  const timings: Record<string, number> = {};
  for (const { text } of lines) {
    const match = /\[clippings-timing\] (\S+) (\d+)/.exec(text);
    if (match) timings[match[1] as string] = Number(match[2]);
  }
  const rendered = /\((\d+) rendered, \d+ unchanged\)/.exec(output)?.[1];
  return {
    ok: code === 0 && !overLimit,
    wallMs,
    peakBytes: peakBytes(samples),
    phases,
    pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0),
    rendered: Number(rendered ?? 0),
    timings,
    output,
  };
}
