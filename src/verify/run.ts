/**
 * Verifies a finished build against its content: every article in, every
 * article out (page, sitemap entry, search record), no broken internal link or
 * image, no page answered twice, no id repeated within a page, and no address
 * the site writes (head, JSON-LD, feeds, sitemap) that leaves the site.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { listArticleFiles, listFiles, listFileStates, type FileStat } from '../lib/list-files.ts';
import { readingFingerprint, verifyFingerprint } from '../content/fingerprint.ts';
import { normalizeBase } from '../lib/base.ts';
import { decodedPath, fixHint, isArticlePath, withoutBase } from '../lib/urls.ts';
import { readArticleSource } from '../content/read-article.ts';
import { loadReadMemo, saveReadMemo, sourceHash, type ReadMemo } from '../content/read-memo.ts';
import { findBundles } from '../search/bundles.ts';
import { readFragment } from '../search/fragments.ts';
import { builtFileHashes, hashFile } from '../output/manifest.ts';
import { fileState } from '../lib/file-memo.ts';
import { StringPool } from '../lib/string-pool.ts';
import { loadRecord, saveRecord, type FileRecord, type PageFacts, type VerifyRecord } from './record.ts';
import { sourceLine } from './source-lines.ts';
import { declaredExternal, type DeclaredExternal } from '../content/external-urls.ts';
import {
  offSiteUrls,
  sitePathOf,
  siteUrlsOfJsonFeed,
  siteUrlsOfPage,
  siteUrlsOfSitemap,
  siteUrlsOfXmlFeed,
  shownUrl,
  whyOffSite,
  type FoundUrl,
} from './site-urls.ts';
import { settingsFrom } from '../settings.ts';
import { checkOutput } from './output.ts';
import {
  checkArticleCoverage,
  checkSitemapTargets,
  duplicateUrls,
  isInternalLink,
  isServed,
  repeatedIds,
  resolveLink,
  scanPage,
  type VerifyProblem,
} from './checks.ts';

export interface VerifyOptions {
  /** Project root: article files are named relative to it. */
  root: string;
  /** Folder of the article files. */
  contentDir: string;
  /** The built site. */
  distDir: string;
  /** The site's base path (`/` or `/archive/`). */
  base: string;
  /** The site's origin as configured (CLIPPINGS_SITE, or the preview's): with the base, where every address the site writes must point. */
  site: string;
  /** A folder to remember between runs what unchanged article files read as (the build's cache folder). */
  cacheDir?: string | undefined;
  /** True when run by the build itself, before it writes its manifest. */
  building?: boolean;
  /**
   * Read and hash every file again (`npm run verify -- --full`, CLIPPINGS_VERIFY_FULL=1). Otherwise
   * files unchanged since the last verification (size, times, inode: src/verify/record.ts) are not
   * read: their hashes and page facts come from its record, and every check across pages still runs.
   */
  full?: boolean | undefined;
  /** Pages recordPageFacts read just before, in this build: counted as read, not as unchanged. */
  readAhead?: number | undefined;
  /**
   * What a look at every file of `distDir` found just now (listFileStates),
   * when the caller has it: the build looks while the worker is still reading
   * ahead. Otherwise verification looks itself.
   */
  seen?: ReadonlyMap<string, FileStat> | undefined;
  /** What recordPageFacts read of the article files just before, in this thread: not read again. */
  articlesRead?: ArticlesRead | undefined;
  /**
   * The record recordPageFacts made just before, in this thread: used instead
   * of the one in the cache folder when it was made for the same folder, site
   * and checks.
   */
  record?: VerifyRecord | undefined;
  /**
   * Takes what this verification would save into `cacheDir` before its report
   * (its record, what each article file read as), to be run after it: the
   * build's worker saves them while the build writes its manifest
   * (src/verify/worker.ts). At 100,000 articles, writing both took 5 s.
   */
  saveLater?: ((save: () => Promise<void>) => void) | undefined;
}

export interface VerifyReport {
  counts: {
    articles: number;
    pages: number;
    sitemapUrls: number;
    searchRecords: number | undefined;
    links: number;
    /** Addresses the site wrote in heads, JSON-LD, feeds and sitemaps, all checked to stay on the site. */
    siteUrls: number;
    /** HTML files read and scanned this run. */
    pagesRead: number;
    /** HTML files unchanged since the last verification, whose facts were taken from its record. */
    pagesReused: number;
    /** Files hashed this run to compare with the manifest (the others were unchanged since last hashed). */
    hashed: number;
  };
  problems: VerifyProblem[];
  /**
   * What verification found in the output folder, each file with its size
   * and state: the build's manifest is made from it (src/integrations/keep-output.ts),
   * since nothing writes there between the two.
   */
  seen: ReadonlyMap<string, FileStat>;
}

// Built files are read synchronously, one after another: tens of thousands of
// small files cost several times more through promise-based reads (a file
// handle, a stat and a close each), and nothing else runs during this step.

/** Site path (`/2024/`) of an index.html in dist/. */
function pagePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The address of a file of dist/ on the site (`…/2024/` for `2024/index.html`). */
function pageUrlOf(file: string, home: string): string {
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), home).href;
}

/** The article files as verification reads them (readArticles). */
export interface ArticlesRead {
  /** Published articles: site path → file. */
  articles: Map<string, string>;
  /** Each published article's external-by-design values. */
  declared: Map<string, DeclaredExternal>;
  /** Article files that cannot be read as articles. */
  problems: VerifyProblem[];
  /** What each file read as, to be saved for the next run. */
  memo: ReadMemo;
}

/**
 * Published articles: URL → file, as the loader sees them. A file whose state
 * (size, times, inode) is the one the memo recorded is not read: its hash is
 * the memo's (unless `full`).
 */
async function readArticles(
  root: string,
  contentDir: string,
  cacheDir: string | undefined,
  full: boolean,
): Promise<ArticlesRead> {
  const articles = new Map<string, string>();
  const declared = new Map<string, DeclaredExternal>();
  const problems: VerifyProblem[] = [];
  // The build's loader left what each file read as: only files changed since are parsed again.
  const memo = await loadReadMemo(cacheDir, await readingFingerprint(root));
  const next: ReadMemo = { reading: memo.reading, files: {} };
  const found: [url: string, file: string, external: DeclaredExternal][] = [];
  for (const path of await listArticleFiles(contentDir)) {
    const file = relative(root, resolve(contentDir, path)).split(sep).join('/');
    const state = fileState(resolve(contentDir, path));
    const kept = memo.files[file];
    let source: string | undefined;
    const read = () => (source ??= readFileSync(resolve(contentDir, path), 'utf8'));
    const hash = !full && state !== undefined && kept?.state === state ? kept.hash : sourceHash(read());
    const remembered = kept?.hash === hash ? kept : undefined;
    // A memo from before external fields were remembered is read again.
    let url = remembered?.external ? remembered.url : undefined;
    let external = remembered?.external ?? {};
    if (url === undefined) {
      const result = readArticleSource(file, read(), settingsFrom().bodyLimits);
      if ('problems' in result) {
        problems.push({ check: 'article-page', message: `${file} is not a valid article, so it has no page` });
        continue;
      }
      url = result.article.frontmatter.draft ? null : result.article.url;
      external = declaredExternal(result.article.frontmatter);
    }
    next.files[file] = { hash, url, external, state };
    if (url !== null) found.push([url, file, external]);
  }
  for (const [url, file, external] of found) {
    articles.set(url, file);
    declared.set(url, external);
  }
  return { articles, declared, problems, memo: next };
}

/** Site paths in the sitemap (index and its chunks), without origin and base. */
async function readSitemap(distDir: string, base: string): Promise<Set<string>> {
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  const strip = (path: string) => `/${decodedPath(path).slice(normalizeBase(base).length)}`;
  const index = await readFile(join(distDir, 'sitemap-index.xml'), 'utf8').catch(() => undefined);
  if (index === undefined) return new Set();
  const urls = new Set<string>();
  for (const chunk of locs(index)) {
    const xml = await readFile(join(distDir, strip(chunk)), 'utf8').catch(() => '');
    for (const url of locs(xml)) urls.add(strip(url));
  }
  return urls;
}

/**
 * URLs of every search record, across all Pagefind bundles in dist/; undefined
 * when there is none. A fragment unchanged since the last verification is not
 * read again: its URL is in the record. Pagefind names pages by their path
 * inside dist/, without the base (the search page adds it): a base such as
 * `/2024/` is never cut from them, or an archive hosted there would lose its
 * 2024 articles' records.
 */
function readSearchRecords(
  distDir: string,
  files: readonly string[],
  known: KnownFiles,
  corrupt: string[],
): Set<string> | undefined {
  const bundles = findBundles(distDir);
  if (bundles.length === 0) return undefined;
  const urls = new Set<string>();
  for (const { dir } of bundles) {
    const folder = `${dir}/fragment/`;
    for (const file of files.filter((name) => name.startsWith(folder) && name.endsWith('.pf_fragment'))) {
      let url = known.remembered(file)?.fragmentUrl;
      if (url === undefined) {
        try {
          url = readFragment(join(distDir, file)).url;
          if (typeof url !== 'string') throw new Error('it names no page');
        } catch (error) {
          // A fragment that cannot be read is one problem, never a crash.
          corrupt.push(
            `${file} cannot be read as a search record (${error instanceof Error ? error.message : String(error)})`,
          );
          continue;
        }
        known.learn(file, { fragmentUrl: url });
      }
      urls.add(decodedPath(url.split(/[?#]/)[0] ?? url));
    }
  }
  return urls;
}

/** What one page says that the checks need: read from its HTML. */
function readPageFacts(html: string, pageUrl: string, home: string, pool: StringPool): PageFacts {
  const { links: all, ids } = scanPage(html);
  const internal = all.filter(isInternalLink).map((link) => link.trim());
  const { urls, unreadable } = siteUrlsOfPage(html);
  // Every string kept is the pool's own copy: a substring would keep the page's whole HTML alive.
  return {
    links: [...new Set(internal)].map((link) => pool.own(link)),
    linkCount: internal.length,
    repeatedIds: repeatedIds(ids).map((id) => pool.own(id)),
    // Only candidates are kept: whether the rest stay on the site depends on nothing but the address and the page's.
    offSite: urls
      .filter(({ url }) => whyOffSite(url, pageUrl, home) !== undefined)
      .map(({ place, url, article }) => ({
        place: pool.own(place),
        url: pool.own(url),
        article: article === undefined ? undefined : pool.own(article),
      })),
    siteUrlCount: urls.length,
    unreadable: unreadable.map((reason) => pool.own(reason)),
  };
}

/**
 * What this run knows of each file of dist/: the last verification's record
 * for files unchanged since (size, times, inode), and what it learns now.
 * It becomes the next record.
 */
class KnownFiles {
  readonly next: VerifyRecord;
  private readonly previous: VerifyRecord;
  private readonly distDir: string;
  private readonly states = new Map<string, string | undefined>();
  /** Pages read in full, pages whose facts were reused. */
  pagesRead = 0;
  pagesReused = 0;

  /** @param seen what a look at the folder found of each file (listFileStates): their states are not asked again */
  constructor(distDir: string, previous: VerifyRecord, seen?: ReadonlyMap<string, FileStat>) {
    this.distDir = distDir;
    this.previous = previous;
    this.next = { version: previous.version, key: previous.key, files: {} };
    for (const [file, { state }] of seen ?? []) this.states.set(file, state);
  }

  /** The file's state now (stat once per run). */
  private state(file: string): string | undefined {
    if (!this.states.has(file)) this.states.set(file, fileState(join(this.distDir, file)));
    return this.states.get(file);
  }

  /** What the last verification recorded of `file`, when it is unchanged since; carried into the next record. */
  remembered(file: string): FileRecord | undefined {
    const state = this.state(file);
    const entry = this.previous.files[file];
    if (state === undefined || entry?.state !== state) return undefined;
    this.next.files[file] = { ...entry, ...this.next.files[file] };
    return entry;
  }

  /** Records a fact learnt about `file` as it is now. */
  learn(file: string, fact: Partial<Omit<FileRecord, 'state'>>): void {
    const state = this.state(file);
    if (state === undefined) return;
    const entry = this.next.files[file];
    this.next.files[file] = { ...(entry?.state === state ? entry : {}), ...fact, state };
  }

  /** Keeps the last record's entries for the files `keep` picks, unchecked: a later run checks their state. */
  carryOver(keep: (file: string) => boolean): void {
    for (const [file, entry] of Object.entries(this.previous.files)) if (keep(file)) this.next.files[file] ??= entry;
  }

  /** A page's facts: remembered while it is unchanged, else read from its HTML. */
  pageFacts(file: string, read: () => PageFacts): PageFacts {
    const known = this.remembered(file)?.page;
    if (known) {
      this.pagesReused++;
      return known;
    }
    const page = read();
    this.pagesRead++;
    this.learn(file, { page });
    return page;
  }
}

/** What identifies a verification record: output folder, site home and the checks' code. */
async function recordKey(root: string, distDir: string, home: string): Promise<string> {
  return `${resolve(distDir)}\n${home}\n${await verifyFingerprint(root)}`;
}

/** Where every address the site writes must point: its origin and base. */
function homeOf(base: string, site: string): string {
  return new URL(normalizeBase(base), site).href;
}

/**
 * The pages a read-ahead looks at: those the last verification knew, without
 * walking the output folder (verification walks it after, once every step has
 * written; a walk here too was a third of the read-ahead, 0.35 s at 10,000
 * articles). A page new since then is read by verification itself. With no
 * record to go by (a first build), the folder is walked.
 */
async function pagesToReadAhead(distDir: string, previous: VerifyRecord): Promise<string[]> {
  const recorded = Object.keys(previous.files);
  const files = recorded.length > 0 ? recorded : await listFiles(distDir);
  return files.filter((name) => name.endsWith('.html'));
}

/**
 * Reads the facts of every page changed since the last verification into its
 * record, and checks nothing: the build runs it in a worker thread while the
 * search index is written (src/integrations/verify-build.ts), so that
 * verification afterwards, in the same thread, finds the pages already read.
 * A page that cannot be read now (pruned meanwhile) is left for verification.
 * Returns how many pages it read, and the record (not saved: verification
 * saves it, with what it learns on top).
 */
export async function recordPageFacts({
  root,
  contentDir,
  distDir,
  base,
  site,
  cacheDir,
}: Pick<VerifyOptions, 'root' | 'contentDir' | 'distDir' | 'base' | 'site' | 'cacheDir'>): Promise<{
  read: number;
  record: VerifyRecord | undefined;
  articlesRead: ArticlesRead | undefined;
}> {
  if (!cacheDir) return { read: 0, record: undefined, articlesRead: undefined };
  const home = homeOf(base, site);
  const previous = loadRecord(cacheDir, await recordKey(root, distDir, home));
  const known = new KnownFiles(distDir, previous);
  // What it does not read (search fragments) stays as recorded.
  known.carryOver((file) => !file.endsWith('.html'));
  const pool = new StringPool();
  for (const file of await pagesToReadAhead(distDir, previous)) {
    const pageUrl = pageUrlOf(file, home);
    try {
      known.pageFacts(file, () => readPageFacts(readFileSync(join(distDir, file), 'utf8'), pageUrl, home, pool));
    } catch {
      // Gone or unreadable now: verification itself reads it, and reports it.
    }
  }
  // The article files too: the build read them before rendering, and nothing writes there since.
  const articlesRead = await readArticles(root, contentDir, cacheDir, false);
  return { read: known.pagesRead, record: known.next, articlesRead };
}

/** Runs every check. */
export async function verifyBuild({
  root,
  contentDir,
  distDir,
  base,
  site,
  cacheDir,
  building,
  full,
  readAhead = 0,
  articlesRead,
  record,
  saveLater,
  seen: lookedAt,
}: VerifyOptions): Promise<VerifyReport> {
  const save = async (write: () => Promise<void>) => (saveLater ? saveLater(write) : await write());
  // One look at every file: which are there, their sizes, and whether each changed since last time.
  const seen = lookedAt ?? (await listFileStates(distDir));
  const { articles, declared, problems, memo } =
    (!full && articlesRead) || (await readArticles(root, contentDir, cacheDir, full ?? false));
  if (cacheDir) await save(() => saveReadMemo(cacheDir, memo));
  const files = [...seen.keys()];
  const fileSet = new Set(files);
  const htmlPages = files.filter((file) => file.endsWith('index.html'));
  const pages = new Set(htmlPages.map(pagePathOf));
  const home = homeOf(base, site);
  // What the last verification of this folder learnt, unless everything is to be read again.
  const key = await recordKey(root, distDir, home);
  const previous = record?.key === key && !full ? record : loadRecord(full ? undefined : cacheDir, key);
  const known = new KnownFiles(distDir, previous, seen);
  // The manifest's hashes of files unchanged since they were last hashed are not computed again.
  // A build checks no hash (its manifest is written after): the memo is not even loaded.
  const hashes = builtFileHashes(full || building ? undefined : cacheDir, distDir);
  const offSite = new SiteUrlCheck(home, declared);
  const sitemap = await readSitemap(distDir, base);
  const corrupt: string[] = [];
  const searchRecords = readSearchRecords(distDir, files, known, corrupt);
  // First: whether this is a whole, finished build at all.
  problems.unshift(
    ...checkOutput(distDir, fileSet, {
      building: building ?? false,
      hashOf: (file) => hashes.value(file, hashFile, seen.get(file)?.state),
      seen,
    }),
    ...corrupt.map((message) => ({ check: 'corrupt' as const, message })),
  );

  problems.push(
    ...checkArticleCoverage({
      articles,
      articlePages: new Set([...pages].filter(isArticlePath)),
      sitemap,
      searchRecords,
    }),
    ...checkSitemapTargets(sitemap, pages),
    ...duplicateUrls(files),
  );

  let links = 0;
  const broken = new Map<string, string[]>();
  // Where a link leads depends on the page only for relative links: root-relative ones are resolved
  // and looked up once (most are the navigation every page shares).
  const served = new Map<string, boolean>();
  const pool = new StringPool();
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const pagePath = pagePathOf(file);
    const pageUrl = pageUrlOf(file, home);
    const facts = known.pageFacts(file, () =>
      readPageFacts(readFileSync(join(distDir, file), 'utf8'), pageUrl, home, pool),
    );
    offSite.check(file, facts.offSite, facts.siteUrlCount, articles.has(pagePath) ? pagePath : undefined);
    for (const reason of facts.unreadable) problems.push({ check: 'corrupt', message: `${file}: ${reason}` });
    links += facts.linkCount;
    for (const link of facts.links) {
      const cacheKey = link.startsWith('/') ? link : `${pagePath}\n${link}`;
      let ok = served.get(cacheKey);
      if (ok === undefined) {
        const target = resolveLink(link, pagePath, base);
        ok = target !== undefined && isServed(target, fileSet);
        served.set(cacheKey, ok);
      }
      if (!ok) broken.set(file, [...(broken.get(file) ?? []), link]);
    }
    for (const id of facts.repeatedIds)
      problems.push({ check: 'duplicate-id', message: `id "${id}" appears more than once in ${file}` });
  }
  offSite.checkFeedsAndSitemaps(distDir, files, problems);
  // One at a time: spread into push, hundreds of thousands overflow the call stack.
  for (const problem of offSite.problems) problems.push(problem);
  // Facts are kept whatever the verdict: a page with a broken link is reported again from them next time.
  if (cacheDir) await save(() => saveRecord(cacheDir, known.next));
  if (!building) await hashes.save();
  for (const [file, targets] of [...broken].sort(([a], [b]) => a.localeCompare(b))) {
    // On an article page, a link the article wrote is named in its own file and line, with what to do.
    const article = articles.get(pagePathOf(file));
    const source = article ? readFileSync(resolve(root, article), 'utf8') : undefined;
    const unexplained: string[] = [];
    for (const link of new Set(targets)) {
      const written = withoutBase(link, normalizeBase(base));
      const line = source === undefined ? undefined : sourceLine(source, written);
      if (article && line !== undefined)
        problems.push({
          check: 'link',
          message: `${article}:${line} links to ${written}, which is not in the build: ${fixHint(written)}`,
        });
      else unexplained.push(link);
    }
    // Not found as written in the article (the page's parser read its HTML otherwise): the article is named still.
    if (unexplained.length > 0)
      problems.push({
        check: 'link',
        message: `${file}${article ? ` (the page of ${article})` : ''} links to ${unexplained.join(', ')}, which ${unexplained.length === 1 ? 'is' : 'are'} not in the build`,
      });
  }

  return {
    counts: {
      articles: articles.size,
      pages: pages.size,
      sitemapUrls: sitemap.size,
      searchRecords: searchRecords?.size,
      links,
      siteUrls: offSite.count,
      pagesRead: known.pagesRead + Math.min(readAhead, known.pagesReused),
      pagesReused: known.pagesReused - Math.min(readAhead, known.pagesReused),
      hashed: hashes.computed,
    },
    problems,
    seen,
  };
}

/** Collects the addresses that leave the site, file by file, with how many were checked. */
class SiteUrlCheck {
  count = 0;
  readonly problems: VerifyProblem[] = [];
  private readonly home: string;
  private readonly declared: ReadonlyMap<string, DeclaredExternal>;
  constructor(home: string, declared: ReadonlyMap<string, DeclaredExternal>) {
    this.home = home;
    this.declared = declared;
  }

  /**
   * Checks the addresses found in `file` (all of them, or only those that may
   * leave the site, with `count` giving how many there were); `page` is the
   * article the file is the page of.
   */
  check(file: string, urls: readonly FoundUrl[], count = urls.length, page?: string): void {
    this.count += count;
    const found = offSiteUrls(urls, {
      pageUrl: pageUrlOf(file, this.home),
      home: this.home,
      page,
      declaredFor: (article) => this.declared.get(article),
    });
    for (const { place, url, reason } of found)
      this.problems.push({ check: 'off-site-url', message: `${file}: ${place} ${shownUrl(url)} ${reason}` });
  }

  /** The article (site path) an absolute address of this site is the page of. */
  articleOf(url: string): string | undefined {
    const path = sitePathOf(url, this.home);
    return path !== undefined && this.declared.has(path) ? path : undefined;
  }

  /** Every feed (rss.xml, atom.xml, feed.json at any depth), every sitemap and robots.txt. */
  checkFeedsAndSitemaps(distDir: string, files: readonly string[], problems: VerifyProblem[]): void {
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const read = () => readFileSync(join(distDir, file), 'utf8');
      if (name === 'rss.xml' || name === 'atom.xml') this.check(file, siteUrlsOfXmlFeed(read()));
      else if (/^sitemap[^/]*\.xml$/.test(file)) this.check(file, siteUrlsOfSitemap(read()));
      else if (file === 'robots.txt')
        this.check(
          file,
          [...read().matchAll(/^sitemap:\s*(\S+)/gim)].map((m) => ({ place: 'Sitemap:', url: m[1] as string })),
        );
      else if (name === 'feed.json') {
        let feed: unknown;
        try {
          feed = JSON.parse(read());
        } catch (error) {
          problems.push({
            check: 'corrupt',
            message: `${file} cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`,
          });
          continue;
        }
        this.check(
          file,
          siteUrlsOfJsonFeed(feed, (url) => this.articleOf(url)),
        );
      }
    }
  }
}

/** The report as printed by the build and `npm run verify`. */
export function formatVerifyReport(
  { counts, problems }: Pick<VerifyReport, 'counts' | 'problems'>,
  limit = 50,
): string {
  const checked = `checked ${counts.articles} articles, ${counts.pages} pages, ${counts.sitemapUrls} sitemap URLs, ${
    counts.searchRecords === undefined ? 'no search index' : `${counts.searchRecords} search records`
  }, ${counts.links} internal links, ${counts.siteUrls} addresses the site wrote`;
  const read = `Read ${counts.pagesRead} of ${counts.pagesRead + counts.pagesReused} HTML files in full (${
    counts.pagesReused
  } unchanged since the last verification) and hashed ${counts.hashed} files.`;
  if (problems.length === 0)
    return `Verified: ${checked}. Every article has its page, sitemap entry and search record. ${read}`;
  const shown = problems.slice(0, limit).map(({ check, message }) => `  - [${check}] ${message}`);
  const more = problems.length > limit ? [`  … and ${problems.length - limit} more`] : [];
  return [
    `Verification failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${checked}):`,
    ...shown,
    ...more,
    read,
  ].join('\n');
}
