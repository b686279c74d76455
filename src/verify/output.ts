/**
 * Checks that dist/ is the whole of a finished build, not only that its pages
 * agree with content/: a build killed after its pages were written had every
 * page and passed, with no search entry file, service worker, offline list or
 * headers. So: the manifest the build writes last must be there, and every
 * file it lists must be present with its size and hash; the files every build
 * makes must exist; and everything an entry file names (Pagefind's entry →
 * its metadata; offline.json → every index chunk and fragment) must exist.
 * A file that cannot be read or parsed is one problem, never a crash.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileStat } from '../lib/list-files.ts';
import { BUILDING_FILE, checkAgainstManifest, MANIFEST_FILE, readOutputState } from '../output/manifest.ts';

/** One problem with the output as a whole. */
export interface OutputProblem {
  check: 'unfinished' | 'manifest' | 'missing' | 'corrupt';
  message: string;
}

/** Files every build writes, whatever the archive holds. */
export const ALWAYS_BUILT = [
  'index.html',
  '404.html',
  'rss.xml',
  'atom.xml',
  'feed.json',
  'sitemap-index.xml',
  'robots.txt',
  '_headers',
  'sw.js',
  'offline.json',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.js',
];

/** Options for checkOutput. */
export interface OutputCheckOptions {
  /** True inside the build itself, which writes the manifest only after these checks. */
  building?: boolean;
  /** A file's SHA-256, for the manifest check (src/verify/record.ts knows those of unchanged files); by default, hashed. */
  hashOf?: ((file: string) => string) | undefined;
  /** What a look at the whole folder just now found of each file (listFileStates), so none is asked again. */
  seen?: ReadonlyMap<string, FileStat> | undefined;
}

/** Parses a JSON file of the build; a problem instead of a throw. */
function readJson(dir: string, file: string): { value: unknown } | { problem: OutputProblem } {
  try {
    return { value: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown };
  } catch (error) {
    return {
      problem: {
        check: 'corrupt',
        message: `${file} cannot be read as JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      },
    };
  }
}

/** Every whole-output problem of the build in `dir`. */
export function checkOutput(
  dir: string,
  files: ReadonlySet<string>,
  options: OutputCheckOptions = {},
): OutputProblem[] {
  const problems: OutputProblem[] = [];
  if (!options.building) {
    const others = [...files].some((file) => file !== MANIFEST_FILE && file !== BUILDING_FILE);
    const state = readOutputState(dir, others);
    if (state.kind === 'unfinished') {
      problems.push({
        check: 'unfinished',
        message: `the build did not finish (${BUILDING_FILE} is there and ${MANIFEST_FILE} is not: it was stopped or failed): run npm run build again`,
      });
    } else if (state.kind === 'corrupt') {
      problems.push({ check: 'corrupt', message: `${state.file}: ${state.reason}: run npm run build again` });
    } else if (state.kind === 'finished') {
      for (const message of checkAgainstManifest(dir, state.manifest, options.hashOf, options.seen))
        problems.push({ check: 'manifest', message });
    } else {
      problems.push({
        check: 'unfinished',
        message: `${MANIFEST_FILE} is missing: this folder was not made by a finished build; run npm run build`,
      });
    }
  }
  for (const file of ALWAYS_BUILT) {
    if (!files.has(file)) problems.push({ check: 'missing', message: `${file} is missing (every build makes it)` });
    else if ((options.seen?.get(file)?.size ?? statSync(join(dir, file)).size) === 0)
      problems.push({ check: 'corrupt', message: `${file} is empty` });
  }
  problems.push(...checkEntryFiles(dir, files));
  return problems;
}

/** Whatever Pagefind's entry files and offline.json name must be in the build. */
function checkEntryFiles(dir: string, files: ReadonlySet<string>): OutputProblem[] {
  const problems: OutputProblem[] = [];
  for (const entryFile of [...files].filter((file) => /^pagefind[^/]*\/pagefind-entry\.json$/.test(file))) {
    const read = readJson(dir, entryFile);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const folder = entryFile.slice(0, entryFile.lastIndexOf('/') + 1);
    const languages = (read.value as { languages?: Record<string, { hash?: unknown }> }).languages;
    if (typeof languages !== 'object' || languages === null) {
      problems.push({ check: 'corrupt', message: `${entryFile} lists no languages` });
      continue;
    }
    for (const { hash } of Object.values(languages)) {
      // The hash already starts with the language: `pagefind.en_697b758e53.pf_meta`.
      const meta = `${folder}pagefind.${String(hash)}.pf_meta`;
      if (!files.has(meta)) problems.push({ check: 'missing', message: `${meta} is missing (named by ${entryFile})` });
    }
  }
  if (files.has('offline.json')) {
    const read = readJson(dir, 'offline.json');
    if ('problem' in read) problems.push(read.problem);
    else {
      const listed = (read.value as { files?: { path?: unknown; bytes?: unknown }[] }).files;
      if (!Array.isArray(listed)) problems.push({ check: 'corrupt', message: 'offline.json lists no files' });
      else {
        // Most are files the listing holds; a folder (`search/`) is looked for on disk.
        const missing = listed.filter(({ path }) => {
          if (typeof path !== 'string') return true;
          const file = path.split(/[?#]/)[0] ?? path;
          return !files.has(file) && !existsSync(join(dir, file));
        });
        for (const { path } of missing.slice(0, 20))
          problems.push({
            check: 'missing',
            message: `${String(path)} is missing (listed in offline.json for offline search)`,
          });
        if (missing.length > 20)
          problems.push({
            check: 'missing',
            message: `… and ${missing.length - 20} more files listed in offline.json`,
          });
      }
    }
  }
  return problems;
}
