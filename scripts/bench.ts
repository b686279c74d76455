/**
 * `npm run bench -- --articles 1000,10000`: how Clippings' build cost grows
 * with the archive. For each size: generate a synthetic archive in a temp
 * folder, build it cold with the real `npm run build`, edit one article and
 * build again, measure the output and search in Chromium, then write
 * docs/benchmarks.md, docs/benchmarks.svg and the raw docs/benchmarks.json.
 * Figures, never assertions: speed is read, not tested.
 *
 * It also packs the built archive into one ZIM file (`npm run zim`) and
 * reports its build time and size next to dist/'s.
 *
 * Options: USAGE below (`npm run bench -- --help` prints it).
 */
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchmarkQueries, writeArchive } from './generate-archive.ts';
import { runBuild, type BuildRun } from './bench/build-run.ts';
import { benchImport } from './bench/import-throughput.ts';
import { renderChart, renderReport, type BenchResult, type OutputStats } from './bench/report.ts';
import { findPagefindBundles, measureSearch, type SearchMeasure } from './bench/search-timing.ts';
import { listArticleFiles, listFiles } from '../src/lib/list-files.ts';
import { runZim } from './bench/zim-run.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = join(root, 'docs');

/** In docs/benchmarks.md, everything from this line on is written by hand and kept. */
const NOTES_MARKER = '<!-- Notes below this line are kept when the benchmark rewrites this page. -->';

/** Rough disk need per article: sources, dist, content cache and incremental copies, with headroom. */
const BYTES_PER_ARTICLE = 150_000;

async function walk(dir: string): Promise<{ files: number; bytes: number; html: number }> {
  let files = 0;
  let bytes = 0;
  let html = 0;
  for (const path of await listFiles(dir)) {
    files++;
    if (path.endsWith('.html')) html++;
    bytes += (await stat(join(dir, path))).size;
  }
  return { files, bytes, html };
}

/** Files, bytes and one article page's weight in a built site. */
async function outputStats(dist: string): Promise<OutputStats> {
  const all = await walk(dist);
  let searchIndexBytes = 0;
  let searchIndexFiles = 0;
  for (const bundle of findPagefindBundles(dist)) {
    const stats = await walk(join(dist, bundle));
    searchIndexBytes += stats.bytes;
    searchIndexFiles += stats.files;
  }
  // An article page: /YYYY/MM/DD/<slug>/index.html, the first one in the tree.
  let articlePageBytes = 0;
  let articlePageScripts = 0;
  let dir = dist;
  for (const pattern of [/^\d{4}$/, /^\d{2}$/, /^\d{2}$/, /^(?!page$)/]) {
    const names = existsSync(dir)
      ? (await readdir(dir, { withFileTypes: true }))
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      : [];
    dir = join(dir, names.find((name) => pattern.test(name)) ?? '-');
  }
  const page = join(dir, 'index.html');
  if (existsSync(page)) {
    const html = await readFile(page, 'utf8');
    articlePageBytes = Buffer.byteLength(html);
    for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
      const file = join(dist, (href as string).replace(/^\/+/, ''));
      if (existsSync(file)) articlePageBytes += (await stat(file)).size;
    }
    articlePageScripts = html.match(/<script\b/g)?.length ?? 0;
  }
  return {
    htmlPages: all.html,
    files: all.files,
    bytes: all.bytes,
    searchIndexBytes,
    searchIndexFiles,
    articlePageBytes,
    articlePageScripts,
  };
}

/** Appends a paragraph to the middle article: what an editor's correction does. */
/** How many articles a day's additions bring (issue 15's "adding 20 articles"). */
const DAY_OF_ADDITIONS = 20;

/** The day after the generated archive's last year: additions are the newest articles, as in a newsroom. */
const ADDITIONS_DAY = '2025-01-02';

/** Adds a day's articles (another seed, all on one day after the archive's newest); returns how many. */
async function addDayOfArticles(articles: string, seed: number): Promise<number> {
  return writeArchive(articles, { articles: DAY_OF_ADDITIONS, seed: seed + 1, day: ADDITIONS_DAY });
}

/** Appends a correction to the newest article from before the additions (last month's); returns its path. */
async function editRecentArticle(articles: string): Promise<string> {
  const additions = `${ADDITIONS_DAY.slice(0, 4)}/${ADDITIONS_DAY.slice(5, 7)}/`;
  const files = (await listArticleFiles(articles)).filter((file) => !file.startsWith(additions));
  const file = join(articles, files.at(-1) as string);
  await appendFile(file, '\nCorrection: an earlier version of this article misspelled a name.\n');
  return file;
}

const withoutOutput = ({ output: _output, ...run }: BuildRun) => run;

/** How many edits of one article are each rebuilt and timed; the median stands for them. */
const EDIT_RUNS = 3;

function printRun(label: string, run: BuildRun): void {
  console.log(
    `  ${label}: ${(run.wallMs / 1000).toFixed(1)} s, peak ${(run.peakBytes / 1e9).toFixed(2)} GB, ${run.pages} pages${run.ok ? '' : ' — FAILED'}`,
  );
  for (const phase of run.phases)
    console.log(
      `    ${phase.name.padEnd(32)} ${(phase.ms / 1000).toFixed(1).padStart(7)} s  ${(phase.peakBytes / 1e9).toFixed(2)} GB`,
    );
  if (!run.ok) console.log(run.output.split('\n').slice(-40).join('\n'));
}

async function benchOne(
  articles: number,
  seed: number,
  options: { keep: boolean; search: boolean; zim: boolean; maxBytes: number },
): Promise<BenchResult> {
  // Inside the project (.tmp/ is git-ignored), not the system temp folder: when
  // outDir is outside the working directory, Astro bundles pages into the
  // project's shared .astro/.prerender/, and concurrent builds (other
  // engineers' tests) overwrite each other's chunks there.
  const parent = join(root, '.tmp');
  await mkdir(parent, { recursive: true });
  const { bavail, bsize } = await statfs(parent);
  if (bavail * bsize < articles * BYTES_PER_ARTICLE) {
    throw new Error(
      `Not enough free space in ${parent} for ${articles} articles: about ${((articles * BYTES_PER_ARTICLE) / 1e9).toFixed(1)} GB needed.`,
    );
  }
  const work = await mkdtemp(join(parent, `bench-${articles}-`));
  console.log(`\n${articles} articles in ${work}`);
  try {
    const content = join(work, 'articles');
    const generateStarted = performance.now();
    await writeArchive(content, { articles, seed });
    const generateMs = performance.now() - generateStarted;
    console.log(`  generated in ${(generateMs / 1000).toFixed(1)} s`);
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CLIPPINGS_CONTENT_DIR: content,
      CLIPPINGS_OUT_DIR: join(work, 'dist'),
      CLIPPINGS_CACHE_DIR: join(work, 'cache'),
    };
    const load = loadavg()[0] as number;
    const cold = await runBuild(root, env, options.maxBytes);
    printRun('cold build', cold);
    await writeFile(join(work, 'cold-build.log'), cold.output);
    const output = cold.ok
      ? await outputStats(join(work, 'dist'))
      : {
          htmlPages: 0,
          files: 0,
          bytes: 0,
          searchIndexBytes: 0,
          searchIndexFiles: 0,
          articlePageBytes: 0,
          articlePageScripts: 0,
        };
    // After a failed cold build a rebuild measures nothing new (and may take long): it is skipped.
    let rebuild: BuildRun = {
      ...cold,
      ok: false,
      wallMs: 0,
      peakBytes: 0,
      phases: [],
      pages: 0,
      rendered: 0,
      timings: {},
      output: 'not run: the cold build failed',
    };
    let added: BuildRun | undefined;
    if (cold.ok) {
      const count = await addDayOfArticles(content, seed);
      added = await runBuild(root, env, options.maxBytes);
      printRun(`rebuild after adding ${count} articles on ${ADDITIONS_DAY}`, added);
      await writeFile(join(work, 'added.log'), added.output);
    }
    let edits: BenchResult['edits'];
    if (added?.ok) {
      // One edit's rebuild varies by about 2 s from run to run on this machine: the figure is the
      // median of EDIT_RUNS edits, each a new correction to the same article.
      const runs: BuildRun[] = [];
      for (let run = 0; run < EDIT_RUNS; run++) {
        const edited = await editRecentArticle(content);
        const each = await runBuild(root, env, options.maxBytes);
        printRun(`rebuild after editing ${edited.slice(content.length + 1)} (${run + 1}/${EDIT_RUNS})`, each);
        runs.push(each);
        if (!each.ok) break;
      }
      const failed = runs.find((run) => !run.ok);
      const byTime = [...runs].sort((a, b) => a.wallMs - b.wallMs);
      rebuild = failed ?? (byTime[Math.floor(byTime.length / 2)] as BuildRun);
      if (!failed)
        edits = { runs: runs.length, fastestMs: byTime[0]?.wallMs ?? 0, slowestMs: byTime.at(-1)?.wallMs ?? 0 };
      await writeFile(join(work, 'rebuild.log'), rebuild.output);
    }
    let search: BenchResult['search'];
    if (options.search && rebuild.ok) {
      search = await benchSearch(join(work, 'dist'), seed);
    }
    let zim: BenchResult['zim'];
    if (options.zim && rebuild.ok) {
      zim = await runZim(root, env, work);
      console.log(
        zim.ok
          ? `  ZIM file: ${(zim.wallMs / 1000).toFixed(1)} s (staging ${(zim.stageMs / 1000).toFixed(1)} s, zimwriterfs ${(zim.packMs / 1000).toFixed(1)} s), peak ${(zim.peakBytes / 1e9).toFixed(2)} GB, ${(zim.bytes / 1e6).toFixed(1)} MB in one file (dist/: ${output.files} files, ${(output.bytes / 1e6).toFixed(1)} MB)`
          : `  ZIM file: not made: ${zim.error ?? 'failed'}`,
      );
    }
    return {
      articles,
      date: new Date().toISOString().slice(0, 10),
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
        cores: availableParallelism(),
        memoryBytes: totalmem(),
        os: `${type()} ${release()}`,
        node: process.version,
        load,
      },
      generateMs,
      cold: withoutOutput(cold),
      added: added && withoutOutput(added),
      rebuild: withoutOutput(rebuild),
      edits,
      editedRecent: true,
      output,
      search,
      zim,
    };
  } finally {
    if (options.keep) console.log(`  kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

/** docs/benchmarks.md and .svg from results; hand-written analysis below the notes marker survives. */
async function writeReport(results: BenchResult[]): Promise<void> {
  await writeFile(join(docs, 'benchmarks.svg'), renderChart(results));
  const page = join(docs, 'benchmarks.md');
  const old = existsSync(page) ? await readFile(page, 'utf8') : '';
  const notes = old.includes(NOTES_MARKER) ? old.slice(old.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  await writeFile(page, `${renderReport(results, 'benchmarks.svg')}\n${notes}`);
}

/** The benchmark's queries, measured on the built archive in `dist` (printed as they come). */
async function benchSearch(dist: string, seed: number): Promise<SearchMeasure[] | undefined> {
  const { oneWord, twoWords, name } = benchmarkQueries(seed);
  const q = (text: string) => `?q=${encodeURIComponent(text)}`;
  const search = await measureSearch(dist, [
    { label: 'one word', query: q(oneWord) },
    { label: 'two words', query: q(twoWords) },
    // The worst case: no article holds these words side by side, so every shard is searched.
    { label: 'a phrase', query: q(`"${twoWords}"`) },
    // What a reader quotes most: a name, which some articles hold.
    { label: 'a quoted name', query: q(`"${name}"`) },
    // Sections of the generated archive (scripts/generate-archive.ts).
    { label: 'one word, filtered', query: `${q(oneWord)}&section=Politics` },
    { label: 'one word, newest first', query: `${q(oneWord)}&sort=newest` },
  ]);
  for (const s of search ?? [])
    console.log(
      `  search ${s.label}: ${Math.round(s.ms)} ms after the query (${Math.round(s.scriptMs ?? 0)} ms with Pagefind's start-up, ${Math.round(s.pageMs ?? 0)} ms after navigation), ${(s.bytes / 1000).toFixed(0)} KB (${((s.gzipBytes ?? s.bytes) / 1000).toFixed(0)} KB gzipped) in ${s.requests} requests, ${s.complete ? '' : 'at least '}${s.results} results`,
    );
  if (!search) console.log('  search: not available (no Pagefind index in dist/, or no Chromium)');
  return search;
}

const USAGE = `Usage: npm run bench -- [options]

  --articles <n[,n…]>   archive sizes to generate and build (default 1000)
  --seed <n>            seed of the generated archive (default 1)
  --keep                keep the temporary folders (the generated archive and its build)
  --no-search           skip the search timings in Chromium
  --no-zim              skip packing the ZIM file
  --no-write            print the figures only; leave docs/benchmarks.* as they are
  --max-memory-gb <n>   stop a build whose process tree passes n GB (default 14)
  --report-only         rewrite docs/benchmarks.md and the chart from docs/benchmarks.json
  --import <n>          only the importer: n plain-text files and n/10 saved pages, files per second
  --search-in <dist>    only the search, in a build kept by --keep, for the one --articles size
  --help                this text`;

const OPTIONS = {
  articles: { type: 'string', default: '1000' },
  seed: { type: 'string', default: '1' },
  keep: { type: 'boolean', default: false },
  'no-search': { type: 'boolean', default: false },
  'no-zim': { type: 'boolean', default: false },
  'no-write': { type: 'boolean', default: false },
  'max-memory-gb': { type: 'string', default: '14' },
  'report-only': { type: 'boolean', default: false },
  import: { type: 'string' },
  'search-in': { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** Reads the command line; a mistake in it is told in one line with the usage, exit code 2. */
function readOptions() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const values = readOptions();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.import !== undefined) {
    const files = Number(values.import);
    if (!Number.isInteger(files) || files < 1)
      throw new Error(`--import takes a positive number of plain-text files, got "${values.import}"`);
    await benchImport(root, files, Number(values.seed), values.keep);
    return;
  }
  const sizes = values.articles.split(',').map((n) => Number(n.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--articles takes positive integers separated by commas, got "${values.articles}"`);
  const jsonFile = join(docs, 'benchmarks.json');
  const previous: BenchResult[] = existsSync(jsonFile)
    ? (JSON.parse(await readFile(jsonFile, 'utf8')) as BenchResult[])
    : [];
  if (values['report-only']) return writeReport(previous);
  if (values['search-in'] !== undefined) {
    // Search measured again on a build kept from a run of this size (--keep), the rest of that run kept.
    const result = previous.find((r) => r.articles === sizes[0]);
    if (sizes.length !== 1 || !result)
      throw new Error(
        `--search-in takes one --articles size that docs/benchmarks.json holds, got "${values.articles}"`,
      );
    console.log(`${result.articles} articles: search in ${values['search-in']}`);
    result.search = await benchSearch(resolve(values['search-in']), Number(values.seed));
    if (values['no-write']) return;
    await writeFile(jsonFile, `${JSON.stringify(previous, null, 1)}\n`);
    return writeReport(previous);
  }
  for (const articles of sizes) {
    const result = await benchOne(articles, Number(values.seed), {
      keep: values.keep,
      search: !values['no-search'],
      zim: !values['no-zim'],
      maxBytes: Number(values['max-memory-gb']) * 1e9,
    });
    if (values['no-write']) continue;
    // Written after each size, so a long run that is cut off keeps what it measured.
    const results = [...previous.filter((r) => r.articles !== articles), result].sort(
      (a, b) => a.articles - b.articles,
    );
    previous.splice(0, previous.length, ...results);
    await writeFile(jsonFile, `${JSON.stringify(results, null, 1)}\n`);
    await writeReport(results);
    console.log(`  written to docs/benchmarks.md`);
  }
}

await main();
