/**
 * Import throughput for `npm run bench -- --import 10000`: how many back
 * issues a newsroom can bring in per second. Writes n plain-text files (a
 * headline line, a By line, a dateline, four paragraphs) and n/10 saved news
 * pages (menus, share buttons, related links around the story) into a temp
 * folder, then runs the real import command on each folder once, as a person
 * would, and reports files per second. Figures, never assertions.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRandom } from '../generate-archive.ts';

/** One timed run of the import command. */
export interface ImportRun {
  kind: 'text' | 'html';
  files: number;
  /** Wall-clock seconds of the whole command, start-up included. */
  seconds: number;
  /** CPU seconds the command used (user + system). */
  cpuSeconds: number;
  filesPerSecond: number;
  imported: number;
}

const WORDS =
  'harbour council ferry market budget school bridge station river storm festival museum library hospital tram pier quay election mayor fishers road housing tide beacon'.split(
    ' ',
  );
const NAMES = ['Ada Quill', 'Bram Ott', 'Nadia Okafor', 'Tomas Reyes', 'Priya Anand', 'Ivo Petrov'];

function sentence(random: () => number, n: number): string {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)] as string);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function paragraphs(random: () => number, index: number): string[] {
  // The index makes every story distinct, so none is skipped as a duplicate.
  return Array.from(
    { length: 4 },
    (_, p) => `${sentence(random, 14)} Story ${index}, part ${p + 1}. ${sentence(random, 18)} ${sentence(random, 12)}`,
  );
}

async function writeTexts(dir: string, count: number, random: () => number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const [headline, ...body] = [`${sentence(random, 6).slice(0, -1)} ${i}`, ...paragraphs(random, i)];
    const byline = `By ${NAMES[i % NAMES.length]}`;
    const folder = join(dir, day.slice(0, 4), day.slice(5, 7));
    if (i === 0 || day.endsWith('-01')) await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, `${day}-story-${i}.txt`),
      `${headline}\n\n${byline}\n\nHARBOUR CITY, ${day} - ${body.join('\n\n')}\n`,
    );
  }
}

async function writePages(dir: string, count: number, random: () => number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const menu = `<nav><ul>${WORDS.slice(0, 12)
    .map((w) => `<li><a href="/${w}">${w}</a></li>`)
    .join('')}</ul></nav>`;
  for (let i = 0; i < count; i++) {
    const title = `${sentence(random, 6).slice(0, -1)} ${i}`;
    const day = new Date(Date.UTC(2005, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const related = `<aside class="related"><h3>Related</h3>${Array.from({ length: 5 }, () => `<a href="/x">${sentence(random, 5)}</a>`).join('')}</aside>`;
    const body = paragraphs(random, i)
      .map((text) => `<p>${text}</p>`)
      .join('\n');
    await writeFile(
      join(dir, `page-${i}.html`),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Harbour Times</title>` +
        `<meta property="og:site_name" content="Harbour Times"><meta name="author" content="${NAMES[i % NAMES.length]}">` +
        `<meta property="article:published_time" content="${day}T09:00:00+01:00"><link rel="canonical" href="https://times.example/${day}/story-${i}">` +
        `<script>window.ads = [];</script></head><body><header>${menu}</header><main><article><h1>${title}</h1>` +
        `<div class="share"><a href="/s">Share</a> <a href="/t">Post</a></div>${body}</article>${related}</main><footer>Contact · Privacy</footer></body></html>`,
    );
  }
}

/**
 * Runs the import command as a user would, inside a wrapper that reports the
 * process's own CPU time at exit: on a shared machine the wall-clock time
 * depends on what else runs, the CPU time much less.
 */
function runCommand(
  root: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; cpuSeconds: number }> {
  const script = join(root, 'scripts/import.ts');
  const wrapper = [
    `process.argv = ${JSON.stringify([process.execPath, script, ...args])};`,
    `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('cpu-microseconds ' + (u.user + u.system) + '\\n'); });`,
    `await import(${JSON.stringify(pathToFileURL(script).href)});`,
  ].join('\n');
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', wrapper], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) =>
      done({ code, stdout, cpuSeconds: Number(/cpu-microseconds (\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6 }),
    );
  });
}

/** Generates the inputs, imports each kind with one command, and returns the timings. */
export async function benchImport(root: string, textFiles: number, seed: number, keep: boolean): Promise<ImportRun[]> {
  const work = await mkdtemp(join(tmpdir(), 'clippings-bench-import-'));
  const random = createRandom(seed);
  const runs: ImportRun[] = [];
  try {
    const htmlFiles = Math.max(10, Math.round(textFiles / 10));
    await writeTexts(join(work, 'text'), textFiles, random);
    await writePages(join(work, 'html'), htmlFiles, random);
    for (const [kind, files] of [
      ['text', textFiles],
      ['html', htmlFiles],
    ] as const) {
      const args = [
        kind,
        '--out',
        `articles-${kind}`,
        '--section',
        'Archive',
        ...(kind === 'text' ? ['--date-from-path'] : []),
      ];
      const started = performance.now();
      const run = await runCommand(root, args, work);
      const seconds = (performance.now() - started) / 1000;
      const imported = Number(/Imported (\d+)/.exec(run.stdout)?.[1] ?? 0);
      if (run.code !== 0 || imported !== files)
        throw new Error(
          `the ${kind} import did not import every file (exit ${run.code}, imported ${imported} of ${files}):\n${run.stdout.slice(-2000)}`,
        );
      runs.push({ kind, files, seconds, cpuSeconds: run.cpuSeconds, filesPerSecond: files / seconds, imported });
      console.log(
        `  import ${kind}: ${files} files in ${seconds.toFixed(1)} s, ${(files / seconds).toFixed(0)} files/s` +
          ` (CPU ${run.cpuSeconds.toFixed(1)} s, ${(files / run.cpuSeconds).toFixed(0)} files per CPU second; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
      );
    }
  } finally {
    if (keep) console.log(`  kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
  return runs;
}
