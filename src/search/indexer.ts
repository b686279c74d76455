/**
 * The indexer: runs Pagefind over a built site, in shards by period, reusing
 * the cached bundle of every shard whose pages did not change. The Astro
 * integration (src/integrations/search-index.ts) only calls it.
 *
 * A large archive is indexed in shards by period (`pagefind/`, then
 * `pagefind-<months>/` beside it): one Pagefind index over 100,000 articles
 * needs more memory than a build machine has, and a shard whose articles did
 * not change is copied from the build cache instead of indexed again. The
 * browser searches every shard (src/client/archive-search.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/list-files.ts';
import { BUNDLE_FOLDER, bundleDir, countArticlesPerMonth, monthOfPage, planSearchShards } from './shards.ts';
import { UNUSED_PAGEFIND } from './offline-files.ts';
import { pageForIndex } from './word-joins.ts';
import { indexedPart } from './indexed-part.ts';
import { declaredLanguage, withIndexLanguage } from './index-language.ts';
import {
  hashShard,
  indexedPartHashes,
  linkFiles,
  pageStates,
  settledStates,
  ShardCache,
  statesHash,
} from './shard-cache.ts';
import { runBounded } from '../lib/bounded-pool.ts';
import { runCommand } from '../lib/run-command.ts';
import { cpuPinner, type Invocation } from '../lib/cpu-pinning.ts';
import { settingsFrom } from '../settings.ts';

/** Pagefind's indexing options (part of every shard's cache key). */
const PAGEFIND_CONFIG = {};

/**
 * How large Pagefind cuts its index chunks, in word occurrences (a page's
 * occurrences of a word, plus one for the page): 20,000 by default. A search
 * loads and decodes, in each shard it reads, the whole chunk holding each of
 * its words. At 10,000 generated articles, cut at 2,500: a chunk of about 7 KB
 * instead of 29 KB, two words' first results 124 ms after the query and
 * 215 KB in all instead of 211 ms and 318 KB; each shard's metadata 1.3 times
 * larger (an entry per chunk), the whole index 2 % larger, and Pagefind no
 * slower to write it (docs/benchmarks.md, session 31). Pagefind 1.6 reads it
 * from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: a Pagefind without it writes its
 * default chunks, and the search works the same.
 */
export const INDEX_CHUNK_SIZE = 2500;

/** What one indexing run produced. */
export interface IndexResult {
  /** Pages in the index (articles), summed over languages. */
  pages: number;
  /** Pages per language code, as Pagefind split them. */
  languages: Record<string, number>;
  /** Folder the index was written to. */
  outputPath: string;
}

export interface IndexOptions {
  /** The built site folder to index. */
  site: string;
  /** Where to write the index; `<site>/pagefind` by default. */
  outputPath?: string;
  /** Which HTML files to index, relative to `site` (Pagefind's default: all). */
  glob?: string;
}

/** Entry file Pagefind writes; its page counts are what the browser will search. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * What a written bundle holds, from its entry file: addDirectory() counts the
 * HTML files it walked (listings included), the entry file the pages that
 * made it into the index, per language.
 */
async function readEntry(outputPath: string): Promise<IndexResult> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]),
  );
  const pages = Object.values(languages).reduce((sum, n) => sum + n, 0);
  return { pages, languages, outputPath };
}

/**
 * Indexes the HTML files of a built site with Pagefind's Node API. Pages
 * without `data-pagefind-body` are skipped by Pagefind itself, so only articles
 * end up in the index. Throws with Pagefind's own messages when it fails.
 * Pagefind's process stays up for other indexes: call `pagefind.close()` after the last.
 */
async function indexWithPagefind(options: IndexOptions): Promise<IndexResult> {
  const outputPath = options.outputPath ?? join(options.site, 'pagefind');
  try {
    // Pagefind's binary panics on an output path it cannot create, and its Node
    // API then never settles: make the folder first, so that fails clearly here.
    await mkdir(outputPath, { recursive: true });
    const created = await pagefind.createIndex(PAGEFIND_CONFIG);
    if (!created.index) throw new Error(created.errors.join('\n') || 'Pagefind returned no index');
    const { index } = created;
    const added = await index.addDirectory({ path: options.site, ...(options.glob ? { glob: options.glob } : {}) });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // Written: its memory can go before the next shard's index grows.
    await index.deleteIndex();
    return await readEntry(outputPath);
  } catch (error) {
    throw new Error(
      `Search index: Pagefind could not index ${options.site}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** Indexes a built site (or the pages `glob` picks) into one bundle, then closes Pagefind. */
export async function indexSite(options: IndexOptions): Promise<IndexResult> {
  try {
    return await indexWithPagefind(options);
  } finally {
    // Pagefind runs as a child process; leaving it up would keep the build alive.
    await pagefind.close();
  }
}

/**
 * Pagefind's binary for this platform, found by Pagefind's own package as its
 * launcher finds it (PAGEFIND_BINARY_PATH and the like included). Run directly
 * rather than through the launcher, a Node process of its own that only starts
 * it: 0.12 s less for every shard indexed (0.50 s against 0.62 s for a
 * 166-page shard).
 */
export async function pagefindCommand(projectRoot: string): Promise<string> {
  const resolver = pathToFileURL(join(projectRoot, 'node_modules', 'pagefind', 'lib', 'resolveBinary.js')).href;
  const { resolveBinaryPath } = (await import(/* @vite-ignore */ resolver)) as {
    resolveBinaryPath: (execnames: string[]) => string;
  };
  // The launcher's own order: the extended build (it segments Chinese and Japanese) first.
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/**
 * The environment for Pagefind's command line: it reads its options from PAGEFIND_* variables
 * too (PAGEFIND_FORCE_LANGUAGE, PAGEFIND_EXCLUDE_SELECTORS…), which must not change what the
 * build indexes. Kept: the launcher's choice of binary (PAGEFIND_BINARY_PATH and the like).
 */
function pagefindEnv(): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_') || name.endsWith('_BINARY_PATH')),
    ),
    PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE),
  };
}

/** The last characters of what Pagefind printed: enough for its error, not its whole log. */
const KEPT_OUTPUT = 4000;

/**
 * Indexes with Pagefind's command line, a process of its own. It wrote the
 * same bundle as the Node API, byte for byte, in about two thirds of the time:
 * measured on a 4,000-article shard, 16.4 s against 23.0 s (median of four
 * runs each, docs/benchmarks.md); and only it can be given the index's chunk
 * size (INDEX_CHUNK_SIZE), which the API's one service process cannot. Two shards
 * then index side by side on two cores, each in its own process. The command
 * line refuses to write an empty index: a shard always holds pages.
 * @param site a folder holding the pages to index, at the paths they have in the site (shardView)
 */
async function indexWithPagefindCommand(
  command: string,
  options: { site: string; outputPath: string },
  pin: (invocation: Invocation) => Invocation = (invocation) => invocation,
): Promise<IndexResult> {
  const site = resolve(options.site);
  const outputPath = resolve(options.outputPath);
  await mkdir(outputPath, { recursive: true });
  // Run from the empty output folder: Pagefind's command line reads a pagefind.yml, .toml
  // or .json where it runs, and a project's own must not change what the build indexes.
  const run = pin({ command, args: ['--site', site, '--output-path', outputPath] });
  const { code, output } = await runCommand(run.command, run.args, {
    cwd: outputPath,
    env: pagefindEnv(),
    keep: KEPT_OUTPUT,
  });
  if (code !== 0)
    throw new Error(`Search index: Pagefind could not index ${site}, exit code ${code}:\n${output.trim()}`);
  return readEntry(outputPath);
}

/**
 * Makes `view` a folder of only these pages of the site, at the same paths,
 * as Pagefind should read them: each page cut down to what decides its search
 * record (indexedPart), with ASCII stand-ins Pagefind splits at for words
 * joined by typographic marks (src/search/word-joins.ts); a page without an
 * indexed element, read whole, is linked (linkFiles). Pagefind
 * walks every file under the folder it is given, whatever its glob: at 10,000
 * articles walking the whole site cost 1.1 s of a 66-page shard's 1.5 s, and
 * the walk grows with the site, for every shard. The same relative paths give
 * the same addresses in the index.
 */
async function shardView(site: string, pages: readonly string[], view: string): Promise<void> {
  await rm(view, { recursive: true, force: true });
  const unchanged: string[] = [];
  for (const [i, file] of pages.entries()) {
    // Made while other shards are indexed: their ends are noticed between pages, not after the whole view.
    if (i % VIEW_PAGES_AT_ONCE === VIEW_PAGES_AT_ONCE - 1) await new Promise((next) => setImmediate(next));
    // Read synchronously, like the build's other passes over its pages: far cheaper than promise-based reads.
    const html = readFileSync(join(site, file), 'utf8');
    const forIndex = viewPage(html);
    if (forIndex === html) unchanged.push(file);
    else {
      mkdirSync(dirname(join(view, file)), { recursive: true });
      writeFileSync(join(view, file), forIndex);
    }
  }
  await linkFiles(site, view, unchanged);
}

/**
 * A page as its shard's view holds it: only what Pagefind reads, its
 * `<html>` tag (its language cut to the primary subtag: withIndexLanguage)
 * and indexed element (indexedPart), then the words in it joined
 * by typographic marks with their stand-ins (pageForIndex). Pagefind parses
 * under half the bytes and writes the same bundle (docs/benchmarks.md,
 * session 31); a page without an indexed element stays whole.
 */
export function viewPage(html: string): string {
  // Cut first: the stand-ins are then looked for in the indexed element alone, not found again in the whole page.
  const page = withIndexLanguage(indexedPart(html));
  return pageForIndex(page, declaredLanguage(page));
}

/** Pages a view takes in before it lets the build's other work run. */
const VIEW_PAGES_AT_ONCE = 200;

/**
 * How many views may be made beyond the shards being indexed. Making a view
 * is the file system's work (a folder for each page: about 0.3 ms a folder
 * here, 3.2 s for 10,000 pages), indexing is Pagefind's: made ahead, on a
 * chain of their own, views are ready when their shard's turn comes instead
 * of standing between one shard's index and the next (docs/benchmarks.md,
 * session 26).
 */
const VIEWS_AHEAD = 1;

/** A promise and the function that settles it. */
function opened(): { done: Promise<void>; open: () => void } {
  let open = () => {};
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

/** One shard's bundle in the built site. */
export interface ShardResult {
  /** The shard's stable name (its months), `all` when the archive has no article pages. */
  id: string;
  /** Bundle folder relative to the site, e.g. `pagefind` or `pagefind-2021-2024`. */
  dir: string;
  /** Pages per language in this bundle. */
  languages: Record<string, number>;
  /** Whether the bundle was copied from the cache instead of indexed. */
  reused: boolean;
}

/** What indexing a whole site in shards produced. */
export interface ShardedIndexResult {
  pages: number;
  languages: Record<string, number>;
  /** Oldest period first. */
  shards: ShardResult[];
  /** The memory (bytes) the build had left for Pagefind when shards began to index: what bounds how many index at once. */
  memoryLeft?: number;
}

export interface ShardedIndexOptions {
  /** The built site. */
  site: string;
  /**
   * The site's files as the build knows them (relative, `/`-separated), the
   * article pages among them; without it, the site's year folders are walked
   * (0.45 s at 10,000 articles, on the build's one busy thread).
   */
  files?: Iterable<string> | undefined;
  /** Folder for the shard cache (`<cacheDir>/search-shards`). */
  cacheFolder: string;
  /** Most articles per frozen shard. */
  shardSize: number;
  /** Most articles per shard of the newest period; by default shardSize. */
  recentShardSize?: number;
  /**
   * Pagefind's command line (pagefindCommand(), resolved by the caller: under
   * Vite, import.meta.url is not a path to trust). Shards index side by side,
   * each in a Pagefind process of its own.
   */
  pagefindCommand: string;
  /** Called after each shard, for progress logging. */
  onShard?: (shard: ShardResult, index: number, count: number, ms: number) => void;
}

/** Everything besides the pages that shapes an index: a change here re-indexes every shard. */
async function indexSettings(): Promise<string> {
  // Pagefind exports no package.json; this integration lives in the project that installs it.
  const pagefindPackage = new URL('../../node_modules/pagefind/package.json', import.meta.url);
  const version = await readFile(pagefindPackage, 'utf8').then(
    (text) => (JSON.parse(text) as { version: string }).version,
    () => 'unknown',
  );
  // format 2: pages are read with their joined words' stand-ins (src/search/word-joins.ts); 3: and with Arabic's
  // conjunction parted from the article; 4: and with numbers in other scripts' digits twinned in ASCII ones;
  // 5: and filed under their language's primary subtag (src/search/index-language.ts); 6: with a script subtag
  // where the language is not usually written in that script (pa-PK, zh-TW); 7: none for a script part of the usual
  // one (ko-Hang, ja-Kana); 8: words written with a ligature twinned spelled out (cœur@coeur); 9: and with Turkish ı (yıkıldı@yikildi);
  // 10: Persian's zero-width non-joiner stood in for, Persian, Urdu and Sorani pages in their own yeh and kaf;
  // 11: words written with đ twinned with d (đời@dời), as ligatures are; 12: and with ł, ø, ð, þ, ħ (Wrocław@Wroclaw);
  // 13: Hebrew words twinned without the letters joined to their front (והשוק@השוק@שוק); 14: Thai's sara am written
  // in two parts indexed joined (ลําไย as ลำไย); 15: no full stop after a Thai, Lao, Khmer or Burmese block, and
  // Hebrew's geresh stood in for (צ׳יאנג); 16: a joiner inside a word of the scripts of India left out (র‍্যাব), and a
  // Hindi, Bengali, Amharic or Armenian block ended with its script's own stop; 17: Urdu pages in Urdu's heh (ہ for ه); 18: and Shahmukhi's; 19: Amharic
  // words twinned without their prefixes and in one spelling, Ethiopic's wordspace stood in for, no second ። after one;
  // 20: Serbian Cyrillic words twinned in Latin letters where those carry marks (скупштина@skupština); 21: đ spelled d
  // in those twins, only words of Serbian's letters twinned, and Croatian pages' Cyrillic words too.
  return JSON.stringify({
    pagefind: version,
    config: PAGEFIND_CONFIG,
    chunks: INDEX_CHUNK_SIZE,
    unused: UNUSED_PAGEFIND.source,
    format: 21,
  });
}

/** Article page files under the site's year folders, relative to it. */
async function listArticlePages(site: string): Promise<string[]> {
  const years = (await readdir(site, { withFileTypes: true })).filter(
    (entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name),
  );
  const nested = await Promise.all(
    years.map(async ({ name }) => (await listFiles(join(site, name))).map((file) => `${name}/${file}`)),
  );
  return nested.flat().filter((file) => monthOfPage(file) !== undefined);
}

/** Removes the Pagefind UIs the site never loads from a bundle (about 400 KB in 7 files). */
async function dropUnusedFiles(site: string, dir: string): Promise<void> {
  const unused = (await readdir(join(site, dir))).filter((name) => UNUSED_PAGEFIND.test(`${dir}/${name}`));
  await Promise.all(unused.map((name) => rm(join(site, dir, name))));
}

/**
 * Removes the bundle folders of earlier builds that this plan has not written
 * (a shard boundary moved, a period went away): every `pagefind` and
 * `pagefind-*` folder at the top of the site is the search index's own.
 */
async function removeOtherBundles(site: string, written: readonly string[]): Promise<void> {
  const keep = new Set(written);
  const top = await readdir(site, { withFileTypes: true });
  await Promise.all(
    top
      .filter((entry) => entry.isDirectory() && BUNDLE_FOLDER.test(entry.name) && !keep.has(entry.name))
      .map((entry) => rm(join(site, entry.name), { recursive: true, force: true })),
  );
}

/**
 * Pagefind's memory while it indexes, per article page: measured at 2.49 GB
 * for a shard of 8,000 generated articles of about 600 words, and 0.63 GB for
 * 2,000 (docs/benchmarks.md). Shards index side by side only while their
 * estimates together fit in the memory the build has left.
 */
const PAGEFIND_BYTES_PER_PAGE = 320 * 1024;

/**
 * Indexes a built site in shards by period (src/search/shards.ts). A shard
 * whose pages and settings hash as in the cache is kept in place (or copied
 * back from the cache). The others are indexed side by side, largest first,
 * as many at once as the machine has cores (Pagefind indexes one shard on
 * about one core) and as fit in the build's memory (`CLIPPINGS_BUILD_MEMORY_GB`)
 * beside what the build already holds. Each shard is indexed by a Pagefind
 * process of its own, whose memory goes when it exits.
 */
export async function indexShards(options: ShardedIndexOptions): Promise<ShardedIndexResult> {
  const { site, cacheFolder } = options;
  const files = options.files
    ? [...options.files].filter((file) => monthOfPage(file) !== undefined)
    : await listArticlePages(site);
  const plan = planSearchShards(countArticlesPerMonth(files), options.shardSize, options.recentShardSize);
  const shards: ShardResult[] = [];
  let memoryLeft: number | undefined;
  if (plan.length === 0) {
    // No article pages: one empty bundle, so the search page still finds an index. The glob
    // matches no file: without any data-pagefind-body page, Pagefind would index every listing.
    await rm(join(site, 'pagefind'), { recursive: true, force: true });
    const result = await indexSite({ site, glob: '[0-9][0-9][0-9][0-9]/*/*/*/index.html' });
    await dropUnusedFiles(site, 'pagefind');
    shards.push({ id: 'all', dir: 'pagefind', languages: result.languages, reused: false });
  } else {
    const cache = new ShardCache(cacheFolder);
    await cache.load();
    const settings = await indexSettings();
    const memos: Promise<void>[] = [];
    const planned = plan.map((shard, position) => {
      const months = new Set(shard.months);
      const pages = files.filter((file) => months.has(monthOfPage(file) ?? ''));
      const shardSettings = `${settings}\n${shard.months.join(',')}`;
      const states = pageStates(site, pages);
      const statesNow = statesHash(states, shardSettings);
      const dir = bundleDir(shard, position);
      // No page of the shard written since its hash was made: the hash holds, no page is read.
      const unchanged = cache.unchangedSince(shard.id, statesNow);
      const known = { shard, position, pages, dir, statesNow, states, shardSettings };
      if (unchanged) return { ...known, hash: unchanged.hash, cached: unchanged, parts: undefined };
      const parts = indexedPartHashes(cacheFolder, site, shard.id);
      const hash = hashShard(site, pages, shardSettings, parts, states);
      memos.push(parts.save());
      return { ...known, hash, cached: cache.lookup(shard.id, hash), parts };
    });
    await Promise.all(memos);
    const results = new Array<ShardResult>(plan.length);
    for (const { shard, position, dir, cached, statesNow } of planned) {
      if (!cached) continue;
      cache.remember(shard.id, statesNow);
      const started = performance.now();
      const outputPath = join(site, dir);
      if (!(await cache.isInPlace(shard.id, outputPath))) await cache.restore(shard.id, outputPath);
      results[position] = { id: shard.id, dir, languages: cached.languages, reused: true };
      options.onShard?.(results[position], position, plan.length, performance.now() - started);
    }
    const toIndex = planned.filter(({ cached }) => !cached).sort((a, b) => b.shard.articles - a.shard.articles);
    if (toIndex.length > 0) memoryLeft = settingsFrom().buildMemoryBytes - process.memoryUsage().rss;
    const jobs = availableParallelism();
    const cost = ({ shard }: { shard: { articles: number } }) => shard.articles * PAGEFIND_BYTES_PER_PAGE;
    // Side by side, each Pagefind process is pinned to a core of its own (src/lib/cpu-pinning.ts).
    // A shard indexed alone (too large to fit beside another, or the last) keeps every core: its
    // threads use them. At 100,000 articles the large shards index alone and the smaller ones in pairs.
    const pinner = jobs > 1 ? cpuPinner() : undefined;
    const viewOf = (id: string) => join(`${cacheFolder}-views`, id);
    // Each view is made once the shard VIEWS_AHEAD + jobs places before it is indexed, so at most that many wait.
    const indexedGates = toIndex.map(() => opened());
    let viewChain: Promise<void> = Promise.resolve();
    let stopped = false;
    const views = toIndex.map(({ shard, pages }, order) => {
      const gate = indexedGates[order - jobs - VIEWS_AHEAD]?.done;
      viewChain = viewChain
        .then(() => gate)
        .then(() => (stopped ? undefined : shardView(site, pages, viewOf(shard.id))));
      return viewChain;
    });
    // A view a failed build never reached must not fail it a second time, unhandled.
    for (const view of views) view.catch(() => {});
    /** What each indexed shard still does once Pagefind is done with its view: remove it, and cache the bundle. */
    const tails: Promise<void>[] = [];
    try {
      await runBounded(
        toIndex.map((item, order) => ({ ...item, order })),
        { jobs, budget: memoryLeft ?? 0, cost },
        async ({ shard, position, pages, dir, hash, parts, states, shardSettings, order }, slot, company) => {
          const started = performance.now();
          const outputPath = join(site, dir);
          const view = viewOf(shard.id);
          let indexed: IndexResult;
          try {
            // Pagefind writes into the folder: what an earlier index left there must not stay.
            await rm(outputPath, { recursive: true, force: true });
            await views[order];
            indexed = await indexWithPagefindCommand(
              options.pagefindCommand,
              { site: view, outputPath },
              pinner && company ? (invocation) => pinner(invocation, slot) : undefined,
            );
          } finally {
            indexedGates[order]?.open();
          }
          await dropUnusedFiles(site, dir);
          results[position] = { id: shard.id, dir, languages: indexed.languages, reused: false };
          options.onShard?.(results[position], position, plan.length, performance.now() - started);
          // The view goes, and the bundle into the cache, while the next shard is indexed.
          const tail = (async () => {
            await rm(view, { recursive: true, force: true });
            // Linked into the view and out again, the pages' change times moved, nothing else: remembered as
            // they were, the next build would take every page of this shard for rewritten and read it again
            // (after a cold build, all 100,000: 8 s of the first rebuild). So they are stated once the view is gone.
            const settled = settledStates(states, pageStates(site, pages));
            if (parts) {
              for (const [file, state] of settled) parts.restate(file, state);
              await parts.save();
            }
            await cache.store(shard.id, outputPath, {
              hash,
              languages: indexed.languages,
              states: statesHash(settled, shardSettings),
            });
          })();
          tail.catch(() => {});
          tails.push(tail);
        },
      );
      await Promise.all(tails);
    } finally {
      // After a failure, the views not made yet are not made, and none waits for a shard that will not start.
      stopped = true;
      for (const gate of indexedGates) gate.open();
      await Promise.allSettled([...tails, ...views]);
      await rm(`${cacheFolder}-views`, { recursive: true, force: true });
    }
    shards.push(...results);
    await cache.keepOnly(plan.map((shard) => shard.id));
  }
  await removeOtherBundles(
    site,
    shards.map((shard) => shard.dir),
  );
  const languages: Record<string, number> = {};
  for (const shard of shards)
    for (const [lang, n] of Object.entries(shard.languages)) languages[lang] = (languages[lang] ?? 0) + n;
  const pages = Object.values(languages).reduce((sum, n) => sum + n, 0);
  return { pages, languages, shards, ...(memoryLeft === undefined ? {} : { memoryLeft }) };
}
