/**
 * Search as a reader meets it: a fresh Chromium profile (nothing cached)
 * opens the built site's search page with a query in its URL
 * (`/search/?q=…`), as a link or the header box does, and the page's own
 * script loads the index and shows the first results. We count every byte
 * the server sent until then (HTML, CSS, scripts, Pagefind's library and
 * WebAssembly, metadata, index chunks, fragments, manifests), and the time
 * from the search script starting to the first results on screen
 * (`performance.mark('clippings:first-results')`, set by search-page.ts),
 * and from navigation start.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { findBundles } from '../../src/search/bundles.ts';
import { serveStatic, type ServedFile } from './static-server.ts';

/** Cold visits per query: one visit's time swings by a third between runs on a 2-core machine. */
const VISITS_PER_QUERY = 5;

/** One measured query. */
export interface SearchMeasure {
  label: string;
  /** The search page's query string, e.g. `?q=word&sort=newest`. */
  query: string;
  filters?: Record<string, string>;
  /**
   * Milliseconds from the query starting (Pagefind loaded and ready, the query
   * read from the URL) to the first results shown. Runs measured before
   * 2026-12-01 counted from the search script starting, Pagefind's start-up included.
   */
  ms: number;
  /** Fastest and slowest of the query's visits, when it was visited more than once (`ms` is their median). */
  msRange?: [number, number];
  /** Milliseconds from the search script starting (Pagefind's start-up included) to the first results shown. */
  scriptMs?: number;
  /** Milliseconds from navigation start to the first results shown. */
  pageMs?: number;
  /**
   * Bytes the server sent for the page until its first results, from a cold
   * cache. The server does not compress, so text files (HTML, scripts) count
   * uncompressed; Pagefind's index files and WebAssembly are compressed already.
   */
  bytes: number;
  /** The same files as a host that gzips text (HTML, CSS, JavaScript, JSON) would send them. */
  gzipBytes?: number;
  /** Requests until the first results. */
  requests?: number;
  /** The results the status line reported ("At least 10" counts as 10). */
  results: number;
  /** Whether the count was complete (every shard answered) at first results. */
  complete?: boolean;
  /** Largest files sent before the first results, for the report's notes. */
  largest?: { path: string; bytes: number }[];
}

/** Folders under dist holding a Pagefind bundle, as site paths (`/pagefind/`); the main bundle first. */
export function findPagefindBundles(dist: string): string[] {
  return findBundles(dist).map(({ dir }) => `/${dir}/`);
}

/** Text files a compressing host would gzip; Pagefind's own index files are gzipped already. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml']);

/** A served file's size after gzip, as a compressing host would send it. */
function gzipSize(dist: string, path: string, bytes: number): number {
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!TEXT.has(extname(file)) || !existsSync(file)) return bytes;
  return gzipSync(readFileSync(file)).byteLength;
}

/** Headless Chromium as every browser run here starts it (tests/helpers/chromium.ts too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** A query to measure: its label and the search page's query string. */
export interface SearchCase {
  label: string;
  query: string;
}

/** Measures each query in its own cold browser context. Returns undefined when dist has no search index. */
export async function measureSearch(
  dist: string,
  cases: SearchCase[],
  executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
): Promise<SearchMeasure[] | undefined> {
  if (findPagefindBundles(dist).length === 0 || !existsSync(executablePath)) return undefined;
  const server = await serveStatic(dist);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const measures: SearchMeasure[] = [];
    for (const { label, query } of cases) {
      const visits: SearchMeasure[] = [];
      for (let visit = 0; visit < VISITS_PER_QUERY; visit++) visits.push(await visitOnce(label, query));
      // The visit of median time stands for the query (its bytes are every visit's: nothing is cached).
      const sorted = visits.sort((a, b) => a.ms - b.ms);
      const median = sorted[Math.floor(sorted.length / 2)] as SearchMeasure;
      measures.push({ ...median, msRange: [sorted[0]?.ms ?? median.ms, sorted.at(-1)?.ms ?? median.ms] });
    }
    return measures;

    /** One cold visit of the search page with `query`. */
    async function visitOnce(label: string, query: string): Promise<SearchMeasure> {
      if (!browser) throw new Error('no browser');
      // Service workers blocked: a precaching worker would blur what one visit costs.
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const since = server.served().length;
      await page.goto(`${server.origin}/search/${query}`);
      await page.waitForFunction(() => performance.getEntriesByName('clippings:first-results').length > 0, undefined, {
        timeout: 120_000,
      });
      // The first screen's results show before the rest of their page, whose count follows ("Searching…" until then).
      await page.waitForFunction(
        () => /[^…]$/.test(document.getElementById('search-status')?.textContent ?? ''),
        undefined,
        {
          timeout: 120_000,
        },
      );
      const timing = await page.evaluate(() => {
        const shown = performance.getEntriesByName('clippings:first-results')[0] as PerformanceEntry;
        const started = performance.getEntriesByName('clippings:search-start')[0];
        const query = performance.getEntriesByName('clippings:query-start')[0];
        return {
          at: performance.timeOrigin + shown.startTime,
          pageMs: shown.startTime,
          ms: shown.startTime - (query?.startTime ?? started?.startTime ?? 0),
          scriptMs: shown.startTime - (started?.startTime ?? 0),
          status: document.getElementById('search-status')?.textContent ?? '',
        };
      });
      // Files whose request arrived before the first results were shown (facet values come after, on purpose).
      const files: ServedFile[] = server
        .served()
        .slice(since)
        .filter((file) => file.at <= timing.at);
      const count = /([\d,]+) results?/.exec(timing.status)?.[1];
      const measure: SearchMeasure = {
        label,
        query,
        ms: timing.ms,
        scriptMs: timing.scriptMs,
        pageMs: timing.pageMs,
        bytes: files.reduce((sum, file) => sum + file.bytes, 0),
        gzipBytes: files.reduce((sum, file) => sum + gzipSize(dist, file.path, file.bytes), 0),
        requests: files.length,
        results: count ? Number(count.replace(/,/g, '')) : 0,
        complete: !timing.status.startsWith('At least'),
        largest: [...files]
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 5)
          .map(({ path, bytes }) => ({ path, bytes })),
      };
      await context.close();
      return measure;
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}
