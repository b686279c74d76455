/**
 * Where the last build went and under which base (`last-build.json` in the
 * cache folder, written by src/integrations/build-record.ts): what later
 * commands need to read dist/ as it was built. `npm run preview` serves a
 * `CLIPPINGS_BASE=/my-archive/` build at /my-archive/, and `npm run zim`
 * stages it with that base, without being told again.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeBase } from '../lib/base.ts';

/** What `last-build.json` holds. */
export interface BuildRecord {
  base: string;
  /** Absolute path of the output folder. */
  outDir: string;
  /** The site's address it was built for (CLIPPINGS_SITE), when one was set. */
  site?: string | undefined;
}

export const BUILD_RECORD_FILE = 'last-build.json';

/** The last build's record in `cacheDir`, or undefined when there is none (or it cannot be read). */
export function readBuildRecord(cacheDir: string): BuildRecord | undefined {
  let record: Partial<Record<keyof BuildRecord, unknown>>;
  try {
    record = JSON.parse(readFileSync(join(cacheDir, BUILD_RECORD_FILE), 'utf8')) as typeof record;
  } catch {
    return undefined;
  }
  const { base, outDir, site } = record ?? {};
  if (typeof base !== 'string' || typeof outDir !== 'string' || outDir === '') return undefined;
  return { base: normalizeBase(base), outDir, ...(typeof site === 'string' ? { site } : {}) };
}

/**
 * The last build's record when it is of `dist` (what that folder was built for: its base, its site's
 * address), else undefined: another folder was built since, or none.
 * @example recordOf('/p/dist', { base: '/rio/', outDir: '/p/dist' })?.base // '/rio/'
 */
export function recordOf(dist: string, record: BuildRecord | undefined): BuildRecord | undefined {
  return record && resolve(record.outDir) === resolve(dist) ? record : undefined;
}

/**
 * The base a built page was written for, read from the address of its stylesheet (Astro's `_astro/` folder):
 * for an output folder no build record names. Undefined when the page links no stylesheet there.
 * @example baseWrittenIn('<link rel="stylesheet" href="/clip/_astro/site.css">') // '/clip/'
 */
export function baseWrittenIn(html: string): string | undefined {
  const href = /<link\b[^>]*\bhref="([^"]*?)_astro\/[^"]*\.css"/i.exec(html)?.[1];
  if (href === undefined) return undefined;
  return normalizeBase(new URL(href, 'http://localhost/').pathname);
}
