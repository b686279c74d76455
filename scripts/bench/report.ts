/**
 * Turns benchmark results into docs/benchmarks.md (tables) and an SVG chart
 * of build time and peak memory against archive size. Results of earlier
 * runs at other sizes are kept, so a long 100,000-article run can be added
 * to a table made earlier without redoing the small ones.
 */
import type { BuildRun } from './build-run.ts';
import type { SearchMeasure } from './search-timing.ts';
import type { ZimMeasure } from './zim-run.ts';

/** The machine a benchmark ran on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  /** 1-minute load average before the cold build: above the core count, others were using the machine. */
  load?: number;
}

/** What the build wrote. */
export interface OutputStats {
  htmlPages: number;
  files: number;
  bytes: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
  /** One article page, HTML plus the stylesheets it links, uncompressed. */
  articlePageBytes: number;
  /** Script elements on that article page (none needed to read it). */
  articlePageScripts: number;
}

/** One archive size, measured. */
export interface BenchResult {
  articles: number;
  date: string;
  machine: Machine;
  generateMs: number;
  cold: Omit<BuildRun, 'output'>;
  /** After adding a day's 20 articles to the cold build (undefined in runs made before it was measured). */
  added?: Omit<BuildRun, 'output'> | undefined;
  /** After editing one article: the newest one when `editedRecent`, else one from the middle of the archive. */
  rebuild: Omit<BuildRun, 'output'>;
  /** How many edits were rebuilt, `rebuild` being the median one, and the fastest and slowest (runs before session 15 made one). */
  edits?: { runs: number; fastestMs: number; slowestMs: number } | undefined;
  editedRecent?: boolean | undefined;
  output: OutputStats;
  /** Undefined when the build has no search index (or no Chromium). */
  search?: SearchMeasure[] | undefined;
  /** The archive packed as one ZIM file (`npm run zim`); undefined when not measured. */
  zim?: ZimMeasure | undefined;
}

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
/** Against a target, tenths up to 100 s: a rebuild of 10.7 s misses a 10 s target, which "11 s" hides, and "11–11 s" says nothing. */
const measuredSeconds = (ms: number) => (ms / 1000).toFixed(ms < 100_000 ? 1 : 0);
const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0);
const gb = (bytes: number) => (bytes / 1e9).toFixed(2);
const kb = (bytes: number) => (bytes / 1e3).toFixed(0);
const count = (n: number) => n.toLocaleString('en-US');
const perSecond = (items: number, ms: number) => (ms > 0 && items > 0 ? count(Math.round((items * 1000) / ms)) : '–');

type Run = Omit<BuildRun, 'output'>;

/** A table of one build's phases across archive sizes; `pick` names the build, or why it has no figures. */
function phaseTable(results: readonly BenchResult[], pick: (r: BenchResult) => Run | string): string[] {
  const runs = results.map(pick);
  const names = [...new Set(runs.flatMap((run) => (typeof run === 'string' ? [] : run.phases.map((p) => p.name))))];
  const rows = [
    `| Phase | ${results.map((r) => `${count(r.articles)} articles`).join(' | ')} |`,
    `|---|${results.map(() => '---:|').join('')}`,
  ];
  for (const name of names) {
    const cells = results.map((r, i) => {
      const run = runs[i] as Run | string;
      if (typeof run === 'string') return run;
      const phase = run.phases.find((p) => p.name === name);
      if (!phase) return '–';
      const items =
        name === 'content sync (Markdown)' ? run.rendered : name === 'page rendering' ? run.pages : r.articles;
      return `${seconds(phase.ms)} s · ${perSecond(items, phase.ms)}/s · ${gb(phase.peakBytes)} GB`;
    });
    rows.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  rows.push(
    `| **total** | ${results
      .map((r, i) => {
        const run = runs[i] as Run | string;
        return typeof run === 'string'
          ? run
          : `**${seconds(run.wallMs)} s** · ${perSecond(r.articles, run.wallMs)} articles/s · **${gb(run.peakBytes)} GB**${run.ok ? '' : ' (FAILED)'}`;
      })
      .join(' | ')} |`,
  );
  return rows;
}

/** The build after the cold one, or why there is none. */
const after =
  (which: 'added' | 'rebuild') =>
  (r: BenchResult): Run | string => {
    if (!r.cold.ok) return 'not run: the cold build failed';
    const run = r[which];
    if (!run) return 'not measured in that run';
    if (which === 'rebuild' && r.added && !r.added.ok) return 'not run: the rebuild before it failed';
    return run;
  };

/** A search's time to first results, as measured (runs before the query-start mark timed from the script's start). */
function searchTime(s: SearchMeasure): string {
  return s.scriptMs === undefined
    ? `${Math.round(s.ms)} ms from the script's start (earlier method)`
    : `${Math.round(s.ms)} ms after the query${s.msRange ? ` (median; ${Math.round(s.msRange[0])}–${Math.round(s.msRange[1])} ms over the visits)` : ''} (${Math.round(s.scriptMs)} ms with Pagefind's start-up)`;
}

/** Issues 14 and 15's targets on this machine, by archive size (only sizes with targets). */
const TARGETS: Record<
  number,
  { cold: number; coldMemory?: number; added: number; edited?: number; searchKB: number; searchMs: number }
> = {
  10_000: { cold: 45_000, added: 10_000, edited: 10_000, searchKB: 250, searchMs: 150 },
  100_000: { cold: 600_000, coldMemory: 6e9, added: 60_000, searchKB: 300, searchMs: 200 },
};

/** Each target against the measured figure, so the page says plainly what is met. */
function targetTable(results: readonly BenchResult[]): string[] {
  const sized = results.filter((r) => TARGETS[r.articles]);
  if (sized.length === 0) return [];
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const rows = ['| Target | Measured | |', '|---|---|---|'];
  for (const r of sized) {
    const t = TARGETS[r.articles] as (typeof TARGETS)[number];
    const n = count(r.articles);
    const build = (
      label: string,
      run: Run | undefined,
      limit: number | undefined,
      memory?: number,
      spread?: BenchResult['edits'],
    ): void => {
      if (limit === undefined) return;
      const target = `${n} articles, ${label} ≤ ${seconds(limit)} s${memory ? `, peak < ${gb(memory)} GB` : ''}`;
      if (!run?.ok) {
        rows.push(`| ${target} | ${run ? 'failed' : 'not measured'} | |`);
        return;
      }
      const ok = run.wallMs <= limit && (memory === undefined || run.peakBytes < memory);
      const runs = spread
        ? ` (median of ${spread.runs}; ${measuredSeconds(spread.fastestMs)}–${measuredSeconds(spread.slowestMs)} s)`
        : '';
      rows.push(
        `| ${target} | ${measuredSeconds(run.wallMs)} s${runs}, peak ${gb(run.peakBytes)} GB | ${verdict(ok)} |`,
      );
    };
    build('cold', r.cold, t.cold, t.coldMemory);
    build('adding 20 articles', r.added, t.added);
    build(
      r.editedRecent ? 'editing one recent article' : 'editing one article',
      r.rebuild,
      t.edited,
      undefined,
      r.edits,
    );
    for (const s of r.search ?? []) {
      if (s.requests === undefined) continue;
      const sent = s.gzipBytes ?? s.bytes;
      rows.push(
        `| ${n} articles, search "${s.label}" ≤ ${t.searchKB} KB, ≤ ${t.searchMs} ms | ${kb(s.bytes)} KB as served here, ${kb(sent)} KB gzipped; ${searchTime(s)} | bytes ${verdict(sent / 1e3 <= t.searchKB)} gzipped, time ${verdict(s.ms <= t.searchMs)} |`,
      );
    }
  }
  return ['## Targets (issues 14 and 15)', '', ...rows, ''];
}

/** A cell of the ZIM table, or why there is no figure. */
function zimCell(r: BenchResult, cell: (zim: ZimMeasure) => string): string {
  if (!r.zim) return 'not measured';
  return r.zim.ok ? cell(r.zim) : 'failed';
}

/** The Markdown page. */
export function renderReport(results: readonly BenchResult[], chartFile: string): string {
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  const machines = [
    ...new Set(
      sorted.map(
        (r) =>
          `${r.machine.cpu}, ${r.machine.cores} cores, ${gb(r.machine.memoryBytes)} GB RAM, ${r.machine.os}, Node ${r.machine.node}`,
      ),
    ),
  ];
  const out = (r: BenchResult, cell: string) => (r.cold.ok ? cell : 'build failed');
  const lines = [
    '# Benchmarks',
    '',
    'Made by `npm run bench -- --articles 1000,10000` (see `scripts/bench.ts`): a synthetic archive from',
    '`scripts/generate-archive.ts` (about 600 words an article with headings, quotes, lists and links; 25 years;',
    '10 sections; hundreds of authors and tags; a Zipf-like invented vocabulary), built with the real',
    "`npm run build` cold, then after adding a day's 20 articles (dated after the newest), then after editing",
    'the newest earlier article (runs before 2026-12-02 edited one from the middle of the archive and added',
    'nothing). Times are wall-clock; memory is the peak',
    'resident size of the whole process tree (npm, Astro, worker threads, Pagefind), sampled every 200 ms.',
    "Phases are split from the build's own output as it arrives (see `scripts/bench/build-run.ts`).",
    '',
    `Machine: ${machines.join('; ')}. 1-minute load average before each cold build: ${sorted.map((r) => `${r.machine.load?.toFixed(1) ?? '?'} at ${count(r.articles)}`).join(', ')} (it includes the minute before, often the previous run; where it is well above the core count, other work shared the machine and the figures are upper bounds).`,
    '',
    `![Build time and peak memory against archive size](${chartFile})`,
    '',
    'The chart shows completed builds only. A build stopped by the memory guard (`--max-memory-gb`) is reported as FAILED with the time and memory it reached.',
    '',
    ...targetTable(sorted),
    '## Cold build (empty cache)',
    '',
    'Each cell: wall time · throughput (articles rendered, pages written, or articles indexed per second) · peak memory.',
    '',
    ...phaseTable(sorted, (r) => r.cold),
    '',
    "## Rebuild after adding a day's 20 articles",
    '',
    ...phaseTable(sorted, after('added')),
    '',
    '## Rebuild after editing one article',
    '',
    `Which article: ${sorted.map((r) => `${count(r.articles)}: ${r.editedRecent ? 'the newest before the additions' : 'one from the middle of the archive (older run)'}`).join('; ')}.`,
    'Runs since session 15 edit it several times (a correction added each time), rebuild after each, and show the median rebuild with the fastest and slowest:',
    `${sorted.map((r) => `${count(r.articles)}: ${r.edits ? `${r.edits.runs} edits, ${seconds(r.edits.fastestMs)}–${seconds(r.edits.slowestMs)} s` : 'one edit'}`).join('; ')}.`,
    '',
    ...phaseTable(sorted, after('rebuild')),
    '',
    '| | ' + sorted.map((r) => `${count(r.articles)} articles`).join(' | ') + ' |',
    '|---|' + sorted.map(() => '---:|').join(''),
    `| adding 20 / cold | ${sorted.map((r) => (r.added?.ok && r.cold.ok ? `${Math.round((100 * r.added.wallMs) / r.cold.wallMs)} %` : '–')).join(' | ')} |`,
    `| editing one / cold | ${sorted.map((r) => (r.rebuild.ok && r.cold.ok ? `${Math.round((100 * r.rebuild.wallMs) / r.cold.wallMs)} %` : '–')).join(' | ')} |`,
    '',
    '## Output',
    '',
    '| | ' + sorted.map((r) => `${count(r.articles)} articles`).join(' | ') + ' |',
    '|---|' + sorted.map(() => '---:|').join(''),
    `| pages (HTML files) | ${sorted.map((r) => out(r, count(r.output.htmlPages))).join(' | ')} |`,
    `| files in dist/ | ${sorted.map((r) => out(r, count(r.output.files))).join(' | ')} |`,
    `| dist/ size | ${sorted.map((r) => out(r, `${mb(r.output.bytes)} MB`)).join(' | ')} |`,
    `| search index | ${sorted.map((r) => out(r, r.output.searchIndexFiles ? `${mb(r.output.searchIndexBytes)} MB in ${count(r.output.searchIndexFiles)} files` : 'none')).join(' | ')} |`,
    `| article page, HTML + CSS | ${sorted.map((r) => out(r, `${kb(r.output.articlePageBytes)} KB, ${r.output.articlePageScripts} script(s)`)).join(' | ')} |`,
    `| generating the corpus | ${sorted.map((r) => `${seconds(r.generateMs)} s`).join(' | ')} |`,
    '',
    '## The portable archive: one ZIM file',
    '',
    '`npm run zim` over the same built archive (after the rebuild, so no build runs again): staging the files',
    "that belong in a ZIM with relative links, then openZIM's zimwriterfs packing them and building its Xapian",
    "full-text index. A ZIM is one file, whatever the archive's size: no static host's file-count limit applies.",
    '',
    '| | ' + sorted.map((r) => `${count(r.articles)} articles`).join(' | ') + ' |',
    '|---|' + sorted.map(() => '---:|').join(''),
    `| ZIM build time | ${sorted.map((r) => zimCell(r, (z) => `**${seconds(z.wallMs)} s** (staging ${seconds(z.stageMs)} s, zimwriterfs ${seconds(z.packMs)} s) · ${gb(z.peakBytes)} GB`)).join(' | ')} |`,
    `| ZIM file | ${sorted.map((r) => zimCell(r, (z) => `**${mb(z.bytes)} MB in 1 file** (${count(z.pages)} pages, ${count(z.files)} entries)`)).join(' | ')} |`,
    `| dist/, for comparison | ${sorted.map((r) => out(r, `${mb(r.output.bytes)} MB in ${count(r.output.files)} files`)).join(' | ')} |`,
    '',
    '## Search in Chromium',
    '',
    'A fresh browser profile per visit (nothing cached, a phone-sized window) opens the search page of the',
    'built archive served on 127.0.0.1 with the query in its URL, as a shared link or the header box does;',
    'runs since 2026-12-01 (session 7) visit each query five times and give the median visit, with the range.',
    'Bytes are everything the server sent until the first results were on screen: HTML, CSS, scripts,',
    "Pagefind's library and WebAssembly, `search.json`, shard metadata, index chunks and fragments (filter",
    'values load after the first results, on purpose). "After the query" runs from the query starting, with',
    "Pagefind's library loaded and ready (as when a reader types into an open search page), to the first",
    "results on screen; the time with Pagefind's start-up (from the search script starting, the query read",
    "from the URL, as a shared link opens) is given beside it. No HTTP compression: Pagefind's index and WebAssembly are",
    'compressed already; HTML, CSS and JavaScript shrink on a host that compresses: "gzipped" gives that figure.',
    'Targets (issue 14): at 10,000 articles ≤ 250 KB and ≤ 150 ms; at 100,000, ≤ 300 KB and ≤ 200 ms.',
    '',
    '| Query | ' + sorted.map((r) => `${count(r.articles)} articles`).join(' | ') + ' |',
    '|---|' + sorted.map(() => '---:|').join(''),
  ];
  const labels = [...new Set(sorted.flatMap((r) => (r.search ?? []).map((s) => s.label)))];
  if (labels.length === 0)
    lines.push(`| (all) | ${sorted.map(() => 'not available: no search index in the build').join(' | ')} |`);
  const missing = (r: BenchResult) =>
    r.cold.ok ? 'not available: no search index in the build' : 'not available: the build failed';
  for (const label of labels) {
    lines.push(
      `| ${label} | ${sorted
        .map((r) => {
          const s = r.search?.find((m) => m.label === label);
          if (!s) return r.search ? 'not measured in that run' : missing(r);
          // Measures written before the whole page was counted (no request count) timed the query alone.
          const within = s.requests === undefined ? ' (query alone, earlier method)' : ` in ${s.requests} requests`;
          const gzip = s.gzipBytes === undefined ? '' : ` (${kb(s.gzipBytes)} KB gzipped)`;
          return `${searchTime(s)} · ${kb(s.bytes)} KB${gzip}${within} · ${s.complete === false ? 'at least ' : ''}${count(s.results)} results`;
        })
        .join(' | ')} |`,
    );
  }
  const queries = sorted.flatMap((r) => r.search ?? []).slice(0, labels.length);
  if (queries.length > 0)
    lines.push(
      '',
      `Queries (the search page's URL): ${queries.map((q) => `${q.label}: \`${q.query}\`${q.filters ? ` with filter ${JSON.stringify(q.filters)}` : ''}`).join('; ')}.`,
    );
  lines.push('', `Last run: ${sorted.map((r) => `${count(r.articles)} articles on ${r.date}`).join(', ')}.`, '');
  return lines.join('\n');
}

/** A two-panel SVG line chart: build time (cold, rebuild) and peak memory, over archive size on a log axis. */
export function renderChart(results: readonly BenchResult[]): string {
  // Failed builds have no time or peak to plot (they stopped early).
  const sorted = results.filter((r) => r.cold.ok && r.rebuild.ok).sort((a, b) => a.articles - b.articles);
  const width = 360;
  const height = 240;
  const pad = { left: 56, right: 16, top: 34, bottom: 44 };
  const minX = Math.log10(Math.min(...sorted.map((r) => r.articles)) / 1.5);
  const maxX = Math.log10(Math.max(...sorted.map((r) => r.articles)) * 1.5);
  const x = (articles: number) =>
    pad.left + ((Math.log10(articles) - minX) / (maxX - minX || 1)) * (width - pad.left - pad.right);
  const panel = (
    offset: number,
    title: string,
    unit: string,
    series: { name: string; colour: string; values: number[] }[],
  ) => {
    const max = Math.max(...series.flatMap((s) => s.values), 1e-9) * 1.15;
    const y = (value: number) => height - pad.bottom - (value / max) * (height - pad.top - pad.bottom);
    const parts = [
      `<g transform="translate(${offset},0)">`,
      `<text x="${pad.left}" y="18" font-weight="bold">${title}</text>`,
    ];
    for (let i = 0; i <= 4; i++) {
      const value = (max / 4) * i;
      parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`);
      parts.push(
        `<text x="${pad.left - 6}" y="${y(value) + 4}" text-anchor="end">${value < 10 ? value.toFixed(1) : Math.round(value)}</text>`,
      );
    }
    parts.push(
      `<text x="14" y="${(height - pad.bottom + pad.top) / 2}" transform="rotate(-90 14 ${(height - pad.bottom + pad.top) / 2})" text-anchor="middle">${unit}</text>`,
    );
    for (const r of sorted)
      parts.push(
        `<text x="${x(r.articles)}" y="${height - pad.bottom + 16}" text-anchor="middle">${r.articles >= 1000 ? `${r.articles / 1000}k` : r.articles}</text>`,
      );
    parts.push(
      `<text x="${(pad.left + width - pad.right) / 2}" y="${height - 8}" text-anchor="middle">articles (log scale)</text>`,
    );
    series.forEach(({ name, colour, values }, i) => {
      const points = values.map((v, j) => `${x((sorted[j] as BenchResult).articles).toFixed(1)},${y(v).toFixed(1)}`);
      parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
      for (const point of points)
        parts.push(`<circle cx="${point.split(',')[0]}" cy="${point.split(',')[1]}" r="3" fill="${colour}"/>`);
      parts.push(`<text x="${pad.left + 8 + i * 110}" y="${pad.top - 2}" fill="${colour}">■ ${name}</text>`);
    });
    parts.push('</g>');
    return parts.join('\n');
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width * 2}" height="${height}" viewBox="0 0 ${width * 2} ${height}" font-family="sans-serif" font-size="11" role="img" aria-label="Build time and peak memory against archive size">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel(0, 'Build time', 'seconds', [
      { name: 'cold build', colour: '#1f5fa8', values: sorted.map((r) => r.cold.wallMs / 1000) },
      { name: 'rebuild (1 edit)', colour: '#d9822b', values: sorted.map((r) => r.rebuild.wallMs / 1000) },
    ]),
    panel(width, 'Peak memory (process tree)', 'GB', [
      { name: 'cold build', colour: '#1f5fa8', values: sorted.map((r) => r.cold.peakBytes / 1e9) },
      { name: 'rebuild (1 edit)', colour: '#d9822b', values: sorted.map((r) => r.rebuild.peakBytes / 1e9) },
    ]),
    '</svg>',
    '',
  ].join('\n');
}
