/**
 * Search as a reader meets it: a fresh Chromium profile (nothing cached)
 * opens the built site from 127.0.0.1, then a query runs through Pagefind's
 * JS API, merging every index bundle in `dist/` (the main one plus any
 * shards). We time from the query to the data of the first result and count
 * the bytes served for it, library and WebAssembly included.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { findBundles } from '../../src/search/bundles.ts';
import { serveStatic } from './static-server.ts';

/** One measured query. */
export interface SearchMeasure {
  label: string;
  query: string;
  filters?: Record<string, string>;
  /** Milliseconds from the query to the first result's data. */
  ms: number;
  /**
   * Bytes the server sent for the query, from a cold cache. The server does
   * not compress, so text files (pagefind.js) count uncompressed; Pagefind's
   * index files and WebAssembly are compressed already.
   */
  bytes: number;
  results: number;
}

/** Folders under dist holding a Pagefind bundle, as site paths (`/pagefind/`); the main bundle first. */
export function findPagefindBundles(dist: string): string[] {
  return findBundles(dist).map(({ dir }) => `/${dir}/`);
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** What the page runs: load Pagefind, merge shards, search, read the first result. */
async function runQuery(args: { bundles: string[]; query: string; filters?: Record<string, string> | undefined; discover: boolean }) {
  const started = performance.now();
  const [main, ...shards] = args.bundles;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the module only exists in the built site
  const pagefind = await import(`${main}pagefind.js`);
  await pagefind.options({ basePath: main });
  for (const shard of shards) await pagefind.mergeIndex(shard);
  if (args.discover) return { filters: (await pagefind.filters()) as Record<string, Record<string, number>> };
  const search = await pagefind.search(args.query, args.filters ? { filters: args.filters } : {});
  const results = search.results as { data(): Promise<unknown> }[];
  if (results[0]) await results[0].data();
  return { ms: performance.now() - started, results: results.length };
}

/** Measures each query in its own cold browser context. Returns undefined when dist has no search index. */
export async function measureSearch(
  dist: string,
  queries: { label: string; query: string; filtered?: boolean }[],
  executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
): Promise<SearchMeasure[] | undefined> {
  const bundles = findPagefindBundles(dist);
  if (bundles.length === 0 || !existsSync(executablePath)) return undefined;
  const server = await serveStatic(dist);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const open = async () => {
      // Service workers blocked: a precaching worker would blur what one query costs. CSP bypassed:
      // the query is injected by the harness; whether the site's CSP allows Pagefind is the e2e tests' job.
      const context = await browser!.newContext({ serviceWorkers: 'block', bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${server.origin}/404.html`);
      return { context, page };
    };
    // Which filter to use: the section filter if the index has one, its largest value.
    let filter: Record<string, string> | undefined;
    {
      const { context, page } = await open();
      const found = (await page.evaluate(runQuery, { bundles, query: '', discover: true })) as { filters: Record<string, Record<string, number>> };
      const name = 'section' in found.filters ? 'section' : Object.keys(found.filters)[0];
      const values = name ? Object.entries(found.filters[name] ?? {}).sort((a, b) => b[1] - a[1]) : [];
      if (name && values[0]) filter = { [name]: values[0][0] };
      await context.close();
    }
    const measures: SearchMeasure[] = [];
    for (const { label, query, filtered } of queries) {
      const { context, page } = await open();
      // Let the page's own loading settle, then count from the query on.
      await page.waitForTimeout(300);
      const before = server.bytesServed();
      const filters = filtered ? filter : undefined;
      const result = (await page.evaluate(runQuery, { bundles, query, filters, discover: false })) as { ms: number; results: number };
      await page.waitForTimeout(300);
      measures.push({ label, query, ...(filters ? { filters } : {}), ms: result.ms, bytes: server.bytesServed() - before, results: result.results });
      await context.close();
    }
    return measures;
  } finally {
    await browser?.close();
    await server.close();
  }
}
