/**
 * Every `CLIPPINGS_*` environment setting and its default, read in one place:
 * the Astro config, the content config, the loader, the indexer and
 * `npm run verify` all take their settings from here, so a default (the
 * articles folder, the output folder) cannot differ between them.
 */
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { normalizeBase } from './lib/base.ts';
import { bodyLimitsFrom, type BodyLimits } from './lib/limits.ts';

/** Articles per shard when `CLIPPINGS_SEARCH_SHARD_SIZE` is not set: how the search index is split, src/search/shards.ts (see docs/benchmarks for the measurement). */
// 4,000: Pagefind's memory grows with a shard (about 1.8 GB at 5,000 articles), and a
// 100,000-article build holds about 4.4 GB beside it; at 5,000 the whole build peaked at
// 6.19 GB, at 4,000 at 5.83 GB, within a 6 GB budget (docs/benchmarks.md, session 11). Smaller
// than 8,000 also lets a 10,000-article archive's frozen shards index side by side.
export const DEFAULT_SHARD_SIZE = 4000;

/** Articles per shard of the newest, still growing period when `CLIPPINGS_SEARCH_RECENT_SHARD_SIZE` is not set: what a day's rebuild re-indexes (docs/benchmarks.md). */
export const DEFAULT_RECENT_SHARD_SIZE = 1000;

/**
 * The shard size to use: `CLIPPINGS_SEARCH_SHARD_SIZE` when set (tests force
 * several shards on a small archive with it), else the default.
 * @example shardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '5' }) // → 5
 */
export function shardSizeFrom(env: Readonly<Record<string, string | undefined>>): number {
  return positiveSize(env, 'CLIPPINGS_SEARCH_SHARD_SIZE', DEFAULT_SHARD_SIZE);
}

/**
 * The shard size of the newest period: `CLIPPINGS_SEARCH_RECENT_SHARD_SIZE`
 * when set, else the default, and never more than the frozen shard size (a
 * test that sets only `CLIPPINGS_SEARCH_SHARD_SIZE=3` gets shards of 3 throughout).
 * @example recentShardSizeFrom({ CLIPPINGS_SEARCH_SHARD_SIZE: '5' }) // → 5
 */
export function recentShardSizeFrom(env: Readonly<Record<string, string | undefined>>): number {
  return Math.min(
    positiveSize(env, 'CLIPPINGS_SEARCH_RECENT_SHARD_SIZE', DEFAULT_RECENT_SHARD_SIZE),
    shardSizeFrom(env),
  );
}

/**
 * The threads that check and render article files: `CLIPPINGS_RENDER_WORKERS`
 * when set (0 keeps the work in the build's thread), else undefined for one a core.
 * @example renderWorkersFrom({ CLIPPINGS_RENDER_WORKERS: '0' }) // → 0
 */
export function renderWorkersFrom(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env['CLIPPINGS_RENDER_WORKERS']?.trim();
  if (raw === undefined || raw === '') return undefined;
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 0)
    throw new RangeError(`CLIPPINGS_RENDER_WORKERS must be a whole number of threads (0 for none), not "${raw}"`);
  return workers;
}

function positiveSize(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`${name} must be a positive whole number of articles, not "${raw}"`);
  return size;
}

/** Bytes in a gigabyte, as the benchmark and the issues count them (10⁹, not 2³⁰). */
export const GB = 1e9;

/** The build's memory when `CLIPPINGS_BUILD_MEMORY_GB` is not set: 6 GB, or 60 % of a smaller machine's. */
export function defaultBuildMemoryBytes(machineBytes: number): number {
  return Math.min(6 * GB, Math.floor(machineBytes * 0.6));
}

/**
 * The memory the whole build may hold (its process tree), in bytes:
 * `CLIPPINGS_BUILD_MEMORY_GB` when set, else the default for this machine.
 * The search indexer runs shards side by side only within it.
 * @example buildMemoryFrom({ CLIPPINGS_BUILD_MEMORY_GB: '2.5' }, 8e9) // → 2,500,000,000
 */
export function buildMemoryFrom(env: Readonly<Record<string, string | undefined>>, machineBytes: number): number {
  const raw = env['CLIPPINGS_BUILD_MEMORY_GB']?.trim();
  if (raw === undefined || raw === '') return defaultBuildMemoryBytes(machineBytes);
  const gb = Number(raw);
  if (!Number.isFinite(gb) || gb <= 0)
    throw new RangeError(
      `CLIPPINGS_BUILD_MEMORY_GB must be a positive number of gigabytes, such as 4 or 2.5, not "${raw}"`,
    );
  return Math.floor(gb * GB);
}

/** Set to 1 to build into an output folder that is not empty and was not made by this tool (nothing in it is removed). */
export const ADOPT_SETTING = 'CLIPPINGS_ADOPT_OUT_DIR';

/** The defaults, as paths relative to the project root where they are folders. */
export const DEFAULTS = {
  site: 'http://localhost:4321',
  base: '/',
  contentDir: 'content/articles',
  outDir: 'dist',
  cacheDir: '.astro',
  siteFile: 'content/site.json',
  searchShardSize: DEFAULT_SHARD_SIZE,
  searchRecentShardSize: DEFAULT_RECENT_SHARD_SIZE,
} as const;

/**
 * The archive's settings file: CLIPPINGS_SITE_FILE; else, for an articles
 * folder named by CLIPPINGS_CONTENT_DIR, a `site.json` in it or beside it (an
 * archive folder laid out as `content/` is: `articles/` and `site.json`); else
 * the sample's `content/site.json`.
 * @example siteFileFrom({ CLIPPINGS_CONTENT_DIR: '/a/articles' }, (f) => f === '/a/site.json') // '/a/site.json'
 */
export function siteFileFrom(
  env: Readonly<Record<string, string | undefined>>,
  exists: (file: string) => boolean = existsSync,
): string {
  const named = env['CLIPPINGS_SITE_FILE'];
  if (named) return named;
  const contentDir = env['CLIPPINGS_CONTENT_DIR'];
  const found = contentDir
    ? [join(contentDir, 'site.json'), join(dirname(contentDir), 'site.json')].find((file) => exists(file))
    : undefined;
  return found ?? DEFAULTS.siteFile;
}

/** The settings of one process. */
export interface Settings {
  /** CLIPPINGS_SITE: the absolute origin of the deployed site; undefined when not set (a warning is logged). */
  siteUrl: string | undefined;
  /** CLIPPINGS_SITE, or the local preview's origin. */
  site: string;
  /** CLIPPINGS_BASE, normalised (`/` or `/sub-path/`); when not set, the path of CLIPPINGS_SITE (`/clips/` for `https://you.github.io/clips/`). */
  base: string;
  /** CLIPPINGS_CONTENT_DIR: the articles folder. */
  contentDir: string;
  /** CLIPPINGS_OUT_DIR: the built site. */
  outDir: string;
  /** CLIPPINGS_CACHE_DIR: the build cache. */
  cacheDir: string;
  /** CLIPPINGS_SITE_FILE: the archive's settings file (name, language, publisher); see siteFileFrom. */
  siteFile: string;
  /** CLIPPINGS_SEARCH_SHARD_SIZE: most articles per search shard. */
  searchShardSize: number;
  /** CLIPPINGS_SEARCH_RECENT_SHARD_SIZE: most articles per search shard of the newest period (at most searchShardSize). */
  searchRecentShardSize: number;
  /** CLIPPINGS_BUILD_MEMORY_GB: the memory the build may hold, in bytes (search shards index side by side within it). */
  buildMemoryBytes: number;
  /** CLIPPINGS_RENDER_WORKERS: threads checking and rendering article files (0: none); undefined to let the pool decide. */
  renderWorkers: number | undefined;
  /** CLIPPINGS_TIMINGS=1: print one machine-readable line per loader phase (the benchmark reads them). */
  timings: boolean;
  /** CLIPPINGS_MAX_BODY_BYTES: the largest article body (default 2 MiB), with the nesting limit. */
  bodyLimits: BodyLimits;
  /** CLIPPINGS_ADOPT_OUT_DIR=1: build into an output folder that is not empty and not ours, removing nothing of it. */
  adoptOutDir: boolean;
  /** CLIPPINGS_VERIFY_FULL=1: verification reads and hashes every file, as `npm run verify -- --full` does, instead of only those changed since it last ran. */
  verifyFull: boolean;
}

/**
 * The settings in `env` (the process environment by default), defaults filled in.
 * @example settingsFrom({}).contentDir // 'content/articles'
 */
export function settingsFrom(env: Readonly<Record<string, string | undefined>> = process.env): Settings {
  return {
    siteUrl: env['CLIPPINGS_SITE'],
    site: env['CLIPPINGS_SITE'] ?? DEFAULTS.site,
    // An address with a path (https://you.github.io/clips/) names the base too, when CLIPPINGS_BASE does not.
    base: normalizeBase(env['CLIPPINGS_BASE'] ?? pathOfSite(env['CLIPPINGS_SITE'])),
    contentDir: env['CLIPPINGS_CONTENT_DIR'] ?? DEFAULTS.contentDir,
    outDir: env['CLIPPINGS_OUT_DIR'] ?? DEFAULTS.outDir,
    cacheDir: env['CLIPPINGS_CACHE_DIR'] ?? DEFAULTS.cacheDir,
    get siteFile() {
      return siteFileFrom(env);
    },
    // Read when asked: a bad value fails the step that uses it, not every process that reads settings.
    get searchShardSize() {
      return shardSizeFrom(env);
    },
    get searchRecentShardSize() {
      return recentShardSizeFrom(env);
    },
    get buildMemoryBytes() {
      return buildMemoryFrom(env, totalmem());
    },
    get renderWorkers() {
      return renderWorkersFrom(env);
    },
    timings: env['CLIPPINGS_TIMINGS'] === '1',
    get bodyLimits() {
      return bodyLimitsFrom(env);
    },
    adoptOutDir: env[ADOPT_SETTING] === '1' || env[ADOPT_SETTING] === 'true',
    verifyFull: env['CLIPPINGS_VERIFY_FULL'] === '1' || env['CLIPPINGS_VERIFY_FULL'] === 'true',
  };
}

/**
 * The path of the site's address, when it has one: where a site deployed under a sub-path lives.
 * @example pathOfSite('https://you.github.io/clips/') // '/clips/'
 * @example pathOfSite('https://news.example') // undefined
 */
function pathOfSite(site: string | undefined): string | undefined {
  if (!site) return undefined;
  try {
    const { pathname } = new URL(site);
    return pathname === '/' ? undefined : pathname;
  } catch {
    return undefined;
  }
}
